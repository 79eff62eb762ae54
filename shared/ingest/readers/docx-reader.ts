// Word documents (.docx) as material: mammoth turns the document into HTML by a style map, the HTML
// reader cuts it into blocks, and the package's core properties give title, author and date.

import { unzipSync } from 'fflate';
import { formatMegabytes, IngestError } from '../ingest-error';
import type { Material, MetadataHints } from '../material';
import { throwIfCancelled } from './cancel';
import { containsUtf16Text, describeFileBytes, isCompoundFile, isZip } from './file-type';
import { collapseText, htmlToBlocks } from './html-blocks';
import { parseHtml } from './html-material';
import type { IngestLibraries, MammothLike } from './libraries';

/**
 * Word's own styles beyond mammoth's defaults: the title is the top heading, captions are marked so the
 * clean-up can drop them, quotes stay quotes. "Cover Title" and "Block Quote" are the names our exporter uses.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Cover Title'] => h1:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Quote'] => blockquote > p:fresh",
];

/** docProps/core.xml is a few hundred bytes; a bigger one is not worth inflating. */
const MAX_CORE_PROPERTIES_BYTES = 256 * 1024;

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function xmlElementText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const text = match?.[1] ? collapseText(decodeXmlText(match[1])) : '';
  return text || undefined;
}

/**
 * A .docx unpacks to a few times its size; more than this is a ZIP bomb, refused before mammoth inflates it.
 * The sizes checked are those the ZIP declares, which is what a careless bomb gives away.
 */
export const MAX_DOCX_UNPACKED_BYTES = 512 * 1024 * 1024;

interface DocxPackageFacts {
  /** What the package's entries say they unpack to; undefined when the ZIP cannot be listed. */
  readonly unpackedBytes?: number;
  readonly coreXml?: string;
}

/** One pass over the ZIP's directory: the declared unpacked size, and docProps/core.xml inflated. */
function docxPackageFacts(bytes: Uint8Array): DocxPackageFacts {
  let unpackedBytes = 0;
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => {
        unpackedBytes += file.originalSize;
        return file.name === 'docProps/core.xml' && file.originalSize <= MAX_CORE_PROPERTIES_BYTES;
      },
    });
    const core = parts['docProps/core.xml'];
    return { unpackedBytes, ...(core ? { coreXml: new TextDecoder().decode(core) } : {}) };
  } catch {
    return {};
  }
}

/** Title, author, creation date and language from the package's core properties. */
function coreHints(xml: string | undefined): MetadataHints {
  if (!xml) return {};
  const title = xmlElementText(xml, 'dc:title');
  const author = xmlElementText(xml, 'dc:creator');
  const published = xmlElementText(xml, 'dcterms:created');
  const language = xmlElementText(xml, 'dc:language');
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
  };
}

/** The metadata hints a .docx carries in its core properties; none when unreadable. */
export function docxCoreHints(bytes: Uint8Array): MetadataHints {
  return coreHints(docxPackageFacts(bytes).coreXml);
}

function refuseNonZip(name: string, bytes: Uint8Array): IngestError {
  if (isCompoundFile(bytes)) {
    // Word wraps an encrypted .docx in a compound file with these two streams; an old .doc has WordDocument.
    if (!containsUtf16Text(bytes, 'EncryptedPackage') && containsUtf16Text(bytes, 'WordDocument')) {
      return new IngestError(
        'BROKEN_FILE',
        `${name} is a Word document in the old format (.doc) under a .docx name; open it in Word, save it as a Word Document (.docx), and add it again.`,
      );
    }
    return new IngestError(
      'PASSWORD_PROTECTED',
      `${name} is protected with a password; open it in Word, remove the password (File › Info › Protect Document), save, and add it again.`,
    );
  }
  const looksLike = describeFileBytes(bytes);
  const what = looksLike ? `it is ${looksLike}, not a Word document` : 'it is not a Word document';
  return new IngestError('BROKEN_FILE', `${name} cannot be read: ${what}. Check the file and add it again.`);
}

function brokenDocx(name: string): IngestError {
  return new IngestError(
    'BROKEN_FILE',
    `${name} cannot be read as a Word document: the file is damaged or cut short. Open it in Word, save it again as a Word Document (.docx), and add it again.`,
  );
}

async function convertToHtml(mammoth: MammothLike, bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.slice().buffer;
  const result = await mammoth.convertToHtml(
    { arrayBuffer },
    {
      styleMap: [...DOCX_STYLE_MAP],
      includeDefaultStyleMap: true,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      // Images carry no text: keep their bytes out of the HTML instead of inlining them as data URIs.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return result.value;
}

export async function materialFromDocx(
  file: { readonly name: string; readonly bytes: Uint8Array },
  libs: IngestLibraries,
  signal?: AbortSignal,
): Promise<Material> {
  const { name, bytes } = file;
  if (!isZip(bytes)) throw refuseNonZip(name, bytes);
  const facts = docxPackageFacts(bytes);
  if ((facts.unpackedBytes ?? 0) > MAX_DOCX_UNPACKED_BYTES) {
    throw new IngestError(
      'TOO_LARGE',
      `${name} unpacks to ${formatMegabytes(facts.unpackedBytes ?? 0)}, far more than a Word document holds; Dossier Desk reads documents that unpack to ${formatMegabytes(MAX_DOCX_UNPACKED_BYTES)} at most. Open it in Word, save it again, and add it again.`,
    );
  }
  const mammoth = await libs.loadMammoth();
  throwIfCancelled(signal);
  let html: string;
  try {
    html = await convertToHtml(mammoth, bytes);
  } catch {
    throw brokenDocx(name);
  }
  throwIfCancelled(signal);
  const doc = parseHtml(html, libs);
  const root = doc.body ?? doc.documentElement;
  const blocks = root ? htmlToBlocks(root) : [];
  if (blocks.length === 0) {
    throw new IngestError(
      'NO_TEXT',
      `${name} has no text to add: the document is empty or holds only pictures.`,
    );
  }
  const hints = coreHints(facts.coreXml);
  return { kind: 'blocks', blocks, ...(Object.keys(hints).length > 0 ? { hints } : {}), name };
}
