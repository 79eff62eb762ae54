// What kind of image some bytes are and how large, read from the file's header: Word needs the format,
// and an image the author never resized is exported at its own size.

export type ImageFormat = 'png' | 'jpg' | 'gif' | 'bmp';

export interface ImageFile {
  readonly format: ImageFormat;
  /** Pixels, or 0 when the header does not say. */
  readonly width: number;
  readonly height: number;
}

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}
function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32be(bytes: Uint8Array, at: number): number {
  return u16be(bytes, at) * 65536 + u16be(bytes, at + 2);
}
function i32le(bytes: Uint8Array, at: number): number {
  return (u16le(bytes, at) | (u16le(bytes, at + 2) << 16)) >> 0;
}
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** JPEG keeps its size in the first start-of-frame segment, after any number of other segments. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return { width: 0, height: 0 };
    const marker = bytes[at + 1] ?? 0;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    }
    at += 2 + u16be(bytes, at + 2);
  }
  return { width: 0, height: 0 };
}

/** The format and size of a PNG, JPEG, GIF or BMP; undefined for anything else (e.g. SVG, WebP, PDF). */
export function readImageFile(bytes: Uint8Array): ImageFile | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { format: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: 'jpg', ...jpegSize(bytes) };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return { format: 'gif', width: u16le(bytes, 6), height: u16le(bytes, 8) };
  }
  if (startsWith(bytes, [0x42, 0x4d])) {
    return { format: 'bmp', width: Math.abs(i32le(bytes, 18)), height: Math.abs(i32le(bytes, 22)) };
  }
  return undefined;
}
