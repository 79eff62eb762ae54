// Saved web pages in one file (.mhtml, .mht: MIME multipart/related, RFC 2557): the parts cut apart and
// decoded (base64, quoted-printable), the page's HTML found, and its pictures resolved inside the archive
// by `cid:` or Content-Location. Nothing is fetched: a reference the archive does not hold stays unresolved.

import { IngestError } from '../ingest-error';

/** One part of the archive, decoded. */
export interface MhtmlPart {
  readonly contentType: string;
  /** The charset parameter, lower-cased, when the part names one. */
  readonly charset?: string;
  /** Without its angle brackets. */
  readonly contentId?: string;
  readonly contentLocation?: string;
  readonly bytes: Uint8Array;
}

export interface MhtmlArchive {
  /** The part the archive says is the page (its `start`), else its first HTML part. */
  readonly page: MhtmlPart;
  readonly parts: readonly MhtmlPart[];
}

/** A page's own text beyond this is not an article: refused rather than laid out for minutes. */
export const MAX_MHTML_PAGE_BYTES = 10 * 1024 * 1024;
/** More parts than this is no saved article (a page with a few hundred pictures stays well under). */
export const MAX_MHTML_PARTS = 2000;

const latin1 = new TextDecoder('latin1');

function headerFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  // Folded lines (RFC 5322 §2.2.3) continue the field above them.
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

function broken(name: string, why: string): IngestError {
  return new IngestError(
    'BROKEN_FILE',
    `${name} is not a readable saved web page: ${why}. Save the page again from the browser (as “Web page, single file” or “Web page, complete”), or copy its text and paste it.`,
  );
}

function badEncoding(name: string, why: string): IngestError {
  return new IngestError(
    'BAD_ENCODING',
    `${name} holds a part that cannot be decoded: ${why}. Save the page again from the browser, or copy its text and paste it.`,
  );
}

function pageTooLarge(name: string, bytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `${name}: the page inside it is ${(bytes / 1048576).toFixed(1)} MB of HTML, more than the ${MAX_MHTML_PAGE_BYTES / 1048576} MB a saved article is read with. Copy the article's text and paste it.`,
  );
}

const BASE64_LINE = /^[A-Za-z0-9+/=\s]*$/;

function decodeBase64(text: string, name: string): Uint8Array {
  if (!BASE64_LINE.test(text)) throw badEncoding(name, 'its base64 holds characters base64 never uses');
  const clean = text.replace(/\s+/g, '');
  if (clean.replace(/=+$/, '').includes('=') || clean.length % 4 === 1) {
    throw badEncoding(name, 'its base64 is cut short or padded in the middle');
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const data = clean.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((data.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of data) {
    value = (value << 6) | alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

function decodeQuotedPrintable(text: string, name: string): Uint8Array {
  // Soft line breaks ("=" at a line's end) join lines; "=XX" is a byte; everything else is itself.
  const joined = text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(joined.length);
  let at = 0;
  for (let index = 0; index < joined.length; index += 1) {
    const code = joined.charCodeAt(index);
    if (code === 0x3d) {
      const hex = joined.slice(index + 1, index + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw badEncoding(name, `“=${hex}” is not quoted-printable`);
      out[at++] = Number.parseInt(hex, 16);
      index += 2;
    } else {
      out[at++] = code & 0xff;
    }
  }
  return out.subarray(0, at);
}

function decodeBody(body: string, encoding: string, name: string): Uint8Array {
  switch (encoding) {
    case 'base64':
      return decodeBase64(body, name);
    case 'quoted-printable':
      return decodeQuotedPrintable(body, name);
    case '':
    case '7bit':
    case '8bit':
    case 'binary': {
      const out = new Uint8Array(body.length);
      for (let index = 0; index < body.length; index += 1) out[index] = body.charCodeAt(index) & 0xff;
      return out;
    }
    default:
      throw badEncoding(name, `its transfer encoding “${encoding}” is not one MIME defines`);
  }
}

/** Cuts an .mhtml file into its decoded parts; throws an IngestError naming what is wrong. */
export function readMhtml(name: string, bytes: Uint8Array): MhtmlArchive {
  // Latin-1 maps each byte to one character, so offsets in the text are offsets in the bytes.
  const text = latin1.decode(bytes);
  const headerEnd = text.search(/\r?\n\r?\n/);
  if (headerEnd < 0) throw broken(name, 'it has no MIME header');
  const top = headerFields(text.slice(0, headerEnd));
  const contentType = top.get('content-type') ?? '';
  if (!/^multipart\/related\b/i.test(contentType)) {
    throw broken(name, 'it is not a MIME multipart/related archive');
  }
  const boundary = parameter(contentType, 'boundary');
  if (!boundary) throw broken(name, 'its header names no boundary between the parts');
  const start = parameter(contentType, 'start')?.replace(/^<|>$/g, '');
  const delimiter = `--${boundary}`;
  const sections = text.slice(headerEnd).split(delimiter);
  // Before the first delimiter is the preamble; after the closing one ("--boundary--"), the epilogue.
  const bodies: string[] = [];
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    bodies.push(section.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, ''));
  }
  if (bodies.length === 0) throw broken(name, 'it holds no parts');
  if (bodies.length > MAX_MHTML_PARTS) {
    throw new IngestError(
      'TOO_LARGE',
      `${name} holds ${bodies.length} parts; a saved page is read with at most ${MAX_MHTML_PARTS}. Save the article alone, or copy its text and paste it.`,
    );
  }
  const parts = bodies.map((section): MhtmlPart => {
    const end = section.search(/\r?\n\r?\n/);
    const fields = headerFields(end < 0 ? section : section.slice(0, end));
    const body = end < 0 ? '' : section.slice(end).replace(/^\r?\n\r?\n/, '');
    const type = fields.get('content-type') ?? 'text/plain';
    const encoding = (fields.get('content-transfer-encoding') ?? '').toLowerCase();
    const charset = parameter(type, 'charset')?.toLowerCase();
    const contentId = fields.get('content-id')?.replace(/^<|>$/g, '');
    const contentLocation = fields.get('content-location');
    const contentType = (type.split(';')[0] ?? '').trim().toLowerCase();
    // Judged before decoding, so a huge page costs no time: decoding never makes a part larger.
    const decodedAtMost = encoding === 'base64' ? Math.ceil((body.length * 3) / 4) : body.length;
    if (contentType === 'text/html' && decodedAtMost > MAX_MHTML_PAGE_BYTES)
      throw pageTooLarge(name, decodedAtMost);
    return {
      contentType,
      ...(charset ? { charset } : {}),
      ...(contentId ? { contentId } : {}),
      ...(contentLocation ? { contentLocation } : {}),
      bytes: decodeBody(body, encoding, name),
    };
  });
  const page =
    (start ? parts.find((part) => part.contentId === start) : undefined) ??
    parts.find((part) => part.contentType === 'text/html');
  if (!page) throw broken(name, 'none of its parts is a web page (text/html)');
  return { page, parts };
}

/** The page part's text in the charset it names (UTF-8 when it names none). */
export function mhtmlPageText(name: string, archive: MhtmlArchive): string {
  const charset = archive.page.charset ?? 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true }).decode(archive.page.bytes);
  } catch {
    throw badEncoding(name, `its page is not valid ${charset} text`);
  }
}
