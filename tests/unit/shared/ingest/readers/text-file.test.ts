import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../../../shared/ingest/readers';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decodeTextFile', () => {
  it('decodes UTF-8 and drops its byte-order mark', () => {
    expect(decodeTextFile('a.txt', utf8('\ufeffMünch in Rabat'))).toBe('Münch in Rabat');
  });

  it('decodes UTF-16 in either byte order by its byte-order mark', () => {
    const text = 'Hafen – Ñandú';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(decodeTextFile('le.txt', new Uint8Array(little))).toBe(text);
    expect(decodeTextFile('be.txt', new Uint8Array(big))).toBe(text);
  });

  it('reads an older file that is not UTF-8 as Windows-1252', () => {
    expect(decodeTextFile('old.txt', bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35))).toBe(
      'Café – €5',
    );
  });

  it('decodes an HTML file in the charset it declares', () => {
    const html = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-2"><p>'),
      Buffer.from([0xb3, 0xf3, 0x64, 0xbc]),
      Buffer.from('</p>'),
    ]);
    expect(decodeTextFile('page.html', new Uint8Array(html), { html: true })).toBe(
      '<meta charset="iso-8859-2"><p>łódź</p>',
    );
  });

  it('refuses NUL bytes and many control characters as BINARY, naming what the bytes are when known', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(() => decodeTextFile('photo.txt', png)).toThrow(
      expect.objectContaining({
        code: 'BINARY',
        message: expect.stringMatching(/^photo\.txt is not a text file: .*PNG picture/),
      }),
    );
    const controls = Uint8Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeTextFile('data.txt', controls)).toThrow(expect.objectContaining({ code: 'BINARY' }));
  });

  it('lets a few stray control characters pass in a long text', () => {
    const text = `${'A line of ordinary text. '.repeat(40)}\u0007`;
    expect(decodeTextFile('bell.txt', utf8(text))).toBe(text);
  });
});
