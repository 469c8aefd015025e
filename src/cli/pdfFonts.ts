/** Noto Sans for the command line's PDFs, read from the package that ships it (see src/workers/pdfFonts.ts). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../report/pdf/pdfWriter';

const require = createRequire(import.meta.url);

async function base64Of(file: string): Promise<string> {
  return (await readFile(require.resolve(`@expo-google-fonts/noto-sans/${file}`))).toString(
    'base64',
  );
}

export async function nodePdfFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([
    base64Of('400Regular/NotoSans_400Regular.ttf'),
    base64Of('700Bold/NotoSans_700Bold.ttf'),
  ]);
  return { regular, bold };
}
