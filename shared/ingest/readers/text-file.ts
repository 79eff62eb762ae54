// Turns the bytes of a file named as text (.txt, .md, .html) into text, and refuses bytes that are not
// text: NUL bytes or many control characters mean a binary file was given a text name.

import { IngestError } from '../ingest-error';
import { describeFileBytes } from './file-type';

/** More control characters than this share of the text (and than a handful) is not a text file. */
const MAX_CONTROL_SHARE = 0.01;
const MAX_CONTROL_COUNT = 8;

/** Control characters other than tab, line feed, form feed and carriage return: text files hardly have any. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) {
      count += 1;
    }
  }
  return count;
}

/** Windows-1252's characters for bytes 0x80–0x9F; every other byte is the Latin-1 code point. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** By hand: Node's TextDecoder reads "windows-1252" as Latin-1, which gets 0x80–0x9F wrong. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset an HTML file declares in its first bytes (`<meta charset=…>` or http-equiv). */
function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function notText(name: string, bytes: Uint8Array): IngestError {
  const looksLike = describeFileBytes(bytes);
  const hint = looksLike
    ? `its bytes are those of ${looksLike}. Give it the right extension, or open it and paste the text you need.`
    : 'its bytes are those of a binary file (a picture, an archive or a program). Open it in the program it belongs to and paste the text you need.';
  return new IngestError('BINARY', `${name} is not a text file: ${hint}`);
}

/**
 * The text of a text file: UTF-8 (a byte-order mark dropped), UTF-16 with its byte-order mark, the charset an
 * HTML file declares, or, for older files that are not UTF-8, Windows-1252 when the text is otherwise clean.
 */
export function decodeTextFile(name: string, bytes: Uint8Array, options: { html?: boolean } = {}): string {
  let text: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode(bytes, 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode(bytes, 'utf-16be');
  else {
    if (bytes.includes(0)) throw notText(name, bytes);
    text = decode(bytes, 'utf-8');
    if (text === undefined && options.html) {
      const charset = declaredHtmlCharset(bytes);
      if (charset && charset !== 'utf-8' && charset !== 'utf8') text = decode(bytes, charset);
    }
    text ??= decodeWindows1252(bytes);
  }
  if (text === undefined) throw notText(name, bytes);
  const controls = countControlCharacters(text);
  if (
    text.includes('\u0000') ||
    (controls > MAX_CONTROL_COUNT && controls > text.length * MAX_CONTROL_SHARE)
  ) {
    throw notText(name, bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
