/**
 * Noto Sans for a PDF whose text Helvetica cannot draw (Welsh ŵ and ŷ): the two TrueType files
 * are assets of the build, fetched only when such a PDF is made (and precached, so offline too).
 */
import type { PdfFonts } from '../report/pdf/pdfWriter';

function base64Of(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In chunks: one call with every byte as an argument overflows the stack.
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the PDF font could not be loaded (${response.status})`);
  return base64Of(await response.arrayBuffer());
}

export async function loadPdfFonts(): Promise<PdfFonts> {
  const [{ default: regularUrl }, { default: boldUrl }] = await Promise.all([
    import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'),
    import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url'),
  ]);
  const [regular, bold] = await Promise.all([fetchBase64(regularUrl), fetchBase64(boldUrl)]);
  return { regular, bold };
}
