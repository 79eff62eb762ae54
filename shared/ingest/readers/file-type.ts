// Which reader a file goes to (by its extension) and what its first bytes say it really is, so a file with
// the wrong name gets a message that names what it is.

export type MaterialFileType = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'pdf';

const TYPES_BY_EXTENSION: Readonly<Record<string, MaterialFileType>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The extensions ingest reads, for a file picker's `accept`. */
export const MATERIAL_FILE_EXTENSIONS: readonly string[] = Object.keys(TYPES_BY_EXTENSION);

/** For messages: the types ingest reads, as a person would list them. */
export const MATERIAL_FILE_TYPES_TEXT =
  'text (.txt), Markdown (.md), web pages (.html, .htm, with their _files folder, or .mhtml), Word (.docx) and PDF (.pdf)';

export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function materialFileType(name: string): MaterialFileType | undefined {
  return TYPES_BY_EXTENSION[fileExtension(name)];
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
/** An OLE compound file: old Word (.doc) or Office's wrapper around an encrypted .docx. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;

export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_SIGNATURE);
export const isCompoundFile = (bytes: Uint8Array) => startsWith(bytes, CFB_SIGNATURE);

/** Where "%PDF-" starts: readers accept up to 1 KB of junk before it, as Acrobat does. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF_SIGNATURE.length, 1024);
  for (let offset = 0; offset <= end; offset += 1) {
    if (startsWith(bytes, PDF_SIGNATURE, offset)) return offset;
  }
  return -1;
}

const KNOWN_SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: PDF_SIGNATURE, what: 'a PDF (.pdf)' },
  { bytes: ZIP_SIGNATURE, what: 'a ZIP archive (a .docx or another Office file, or a .zip)' },
  { bytes: CFB_SIGNATURE, what: 'an Office file in the old format (.doc, .xls) or a password-protected one' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a rich-text file (.rtf)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
];

/** What a file's first bytes say it is, in words ("a PNG picture"), or undefined when they say nothing known. */
export function describeFileBytes(bytes: Uint8Array): string | undefined {
  return KNOWN_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.what;
}

/** Whether the bytes hold `text` encoded as UTF-16LE, as the names of a compound file's streams are. */
export function containsUtf16Text(bytes: Uint8Array, text: string): boolean {
  const pattern: number[] = [];
  for (let index = 0; index < text.length; index += 1) pattern.push(text.charCodeAt(index) & 0xff, 0);
  const first = pattern[0] ?? 0;
  for (
    let at = bytes.indexOf(first);
    at !== -1 && at <= bytes.length - pattern.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    if (startsWith(bytes, pattern, at)) return true;
  }
  return false;
}
