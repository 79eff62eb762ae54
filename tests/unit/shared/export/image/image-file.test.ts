import { describe, expect, it } from 'vitest';
import { imageSize, readImageFile } from '../../../../../shared/export/image';
import { encodePng } from '../support/png';

describe('image files', () => {
  it('reads the format and size of PNG, JPEG, GIF and BMP headers', () => {
    expect(readImageFile(encodePng(640, 360, () => [0, 0, 0]))).toEqual({
      format: 'png',
      width: 640,
      height: 360,
    });
    // A JPEG with an APP0 segment before its start-of-frame (SOF0: height 480, width 800).
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0xe0, 0x03, 0x20,
      0x01, 0x01, 0x11, 0x00,
    ]);
    expect(readImageFile(jpeg)).toEqual({ format: 'jpg', width: 800, height: 480 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0xc8, 0x00]);
    expect(readImageFile(gif)).toEqual({ format: 'gif', width: 288, height: 200 });
    const bmp = new Uint8Array(26);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 100, true);
    new DataView(bmp.buffer).setInt32(22, -50, true); // top-down bitmaps store a negative height
    expect(readImageFile(bmp)).toEqual({ format: 'bmp', width: 100, height: 50 });
  });

  it('refuses what Word cannot embed as a picture, such as SVG or PDF', () => {
    expect(
      readImageFile(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(readImageFile(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
  });
});

describe('image size', () => {
  const natural = { width: 800, height: 400 };

  it('uses the size the author gave it', () => {
    expect(imageSize({ width: 300, height: 150 }, natural, 600)).toEqual({ width: 300, height: 150 });
  });

  it('keeps the aspect ratio when only one side was given, and uses the file’s size when none was', () => {
    expect(imageSize({ width: 200, height: null }, natural, 600)).toEqual({ width: 200, height: 100 });
    expect(imageSize({ width: null, height: 100 }, natural, 600)).toEqual({ width: 200, height: 100 });
    expect(imageSize({ width: null, height: null }, { width: 320, height: 240 }, 600)).toEqual({
      width: 320,
      height: 240,
    });
  });

  it('shrinks an image wider than the text or taller than the page, keeping its shape', () => {
    expect(imageSize({ width: null, height: null }, natural, 600)).toEqual({ width: 600, height: 300 });
    expect(imageSize({ width: 100, height: 2000 }, natural, 600, 800)).toEqual({ width: 40, height: 800 });
  });
});
