/**
 * What a logo file is, read from its own bytes rather than its name or the browser's guess: a
 * PNG (its signature, then the IHDR chunk's width and height) or a JPEG (its start-of-image
 * marker, then the first start-of-frame segment's height and width). Reading the header needs
 * no image decoder, so it works the same wherever the editor runs.
 */
export type ImageHeader = {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly width: number;
  readonly height: number;
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The format the first bytes announce, or null when neither PNG nor JPEG. */
export function imageTypeOf(bytes: Uint8Array): ImageHeader['mediaType'] | null {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The image's type and size in pixels, or null when the header is not a PNG's or a JPEG's. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const type = imageTypeOf(bytes);
  const size =
    type === 'image/png' ? pngSize(bytes) : type === 'image/jpeg' ? jpegSize(bytes) : null;
  return type && size ? { mediaType: type, ...size } : null;
}

type Size = { width: number; height: number };

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + u16(b, at + 2);

function pngSize(bytes: Uint8Array): Size | null {
  // The first chunk must be IHDR: length 13 at 8, "IHDR" at 12, width and height at 16 and 20.
  if (bytes.length < 24) return null;
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdr !== 'IHDR') return null;
  return positive({ width: u32(bytes, 16), height: u32(bytes, 20) });
}

/** Start-of-frame markers (C0–CF) that carry the frame's size: not DHT, JPG or DAC. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): Size | null {
  let at = 2;
  while (at + 3 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker, and markers standing alone without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // Start of scan or end of image: no frame header came first.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = u16(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return positive({ height: u16(bytes, at + 5), width: u16(bytes, at + 7) });
    }
    at += 2 + length;
  }
  return null;
}

const positive = (size: Size): Size | null => (size.width > 0 && size.height > 0 ? size : null);

/** Bytes as base64, in slices so a large image does not overflow the call stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}
