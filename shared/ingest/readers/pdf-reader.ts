// PDFs as material: pdf.js reads the text layer page by page (no scripts, no fonts loaded), the layout
// step rebuilds blocks, and the document info gives title, author and date.

import { isCancelled } from '../../errors';
import { IngestError } from '../ingest-error';
import type { Material, MetadataHints } from '../material';
import { cancelledError, throwIfCancelled } from './cancel';
import { describeFileBytes, pdfHeaderOffset } from './file-type';
import { collapseText } from './html-blocks';
import type { IngestLibraries, PdfDocumentLike, PdfLoadingTaskLike } from './libraries';
import { blocksFromPdfLines, linesOfPage, type PdfLine } from './pdf-layout';

/** pdf.js's VerbosityLevel.ERRORS: no warnings about fonts or workers in the console. */
const PDFJS_ERRORS_ONLY = 0;

/** "D:20240215093000+01'00'" → "2024-02-15": the date as far as the string gives it. */
export function pdfDateToIso(value: string): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return year;
  if (day && (Number(day) < 1 || Number(day) > 31)) return `${year}-${month}`;
  return [year, month, day].filter(Boolean).join('-');
}

/** Titles that are a file name or a tool's placeholder say nothing about the document. */
function meaningfulTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  if (
    /^(untitled|microsoft (word|powerpoint) - )/i.test(title) ||
    /\.(docx?|pdf|rtf|odt|txt)$/i.test(title)
  ) {
    return undefined;
  }
  return title;
}

function infoString(info: unknown, key: string): string | undefined {
  if (typeof info !== 'object' || info === null) return undefined;
  const value = (info as Record<string, unknown>)[key];
  return typeof value === 'string' ? collapseText(value) || undefined : undefined;
}

async function pdfHints(doc: PdfDocumentLike): Promise<MetadataHints> {
  let info: unknown;
  try {
    ({ info } = await doc.getMetadata());
  } catch {
    return {};
  }
  const title = meaningfulTitle(infoString(info, 'Title'));
  const author = infoString(info, 'Author');
  const created = infoString(info, 'CreationDate');
  const published = created ? pdfDateToIso(created) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
  };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function openingError(name: string, error: unknown): IngestError {
  if (errorName(error) === 'PasswordException') {
    return new IngestError(
      'PASSWORD_PROTECTED',
      `${name} is protected with a password; open it, save a copy without the password (or print it to a new PDF), and add that copy.`,
    );
  }
  return new IngestError(
    'BROKEN_FILE',
    `${name} cannot be read as a PDF: the file is damaged or cut short. Open it in a PDF reader, save or print it to a new PDF, and add that.`,
  );
}

async function readLines(doc: PdfDocumentLike, signal: AbortSignal | undefined): Promise<PdfLine[]> {
  const lines: PdfLine[] = [];
  for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber += 1) {
    throwIfCancelled(signal);
    const page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    lines.push(...linesOfPage(content.items, pageNumber));
    page.cleanup();
  }
  throwIfCancelled(signal);
  return lines;
}

export async function materialFromPdf(
  file: { readonly name: string; readonly bytes: Uint8Array },
  libs: IngestLibraries,
  signal?: AbortSignal,
): Promise<Material> {
  const { name, bytes } = file;
  if (pdfHeaderOffset(bytes) < 0) {
    const looksLike = describeFileBytes(bytes);
    const what = looksLike ? `it is ${looksLike}, not a PDF` : 'it does not start like a PDF';
    throw new IngestError('BROKEN_FILE', `${name} cannot be read: ${what}. Check the file and add it again.`);
  }
  const pdfjs = await libs.loadPdfjs();
  throwIfCancelled(signal);
  const task: PdfLoadingTaskLike = pdfjs.getDocument({
    // pdf.js hands the buffer to its worker, which detaches it: give it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    verbosity: PDFJS_ERRORS_ONLY,
  });
  const stop = () => void task.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    let doc: PdfDocumentLike;
    try {
      doc = await task.promise;
    } catch (error) {
      throwIfCancelled(signal);
      throw openingError(name, error);
    }
    let lines: PdfLine[];
    try {
      lines = await readLines(doc, signal);
    } catch (error) {
      if (error instanceof IngestError || isCancelled(error)) throw error;
      if (signal?.aborted) throw cancelledError();
      throw openingError(name, error);
    }
    const blocks = blocksFromPdfLines(lines);
    if (blocks.length === 0) {
      throw new IngestError(
        'NO_TEXT',
        `${name} has no text layer (a scan?): Dossier Desk reads the text in a PDF, not pictures of text. Run it through text recognition (OCR) and add it again, or paste its text.`,
      );
    }
    const hints = await pdfHints(doc);
    return { kind: 'blocks', blocks, ...(Object.keys(hints).length > 0 ? { hints } : {}), name };
  } finally {
    signal?.removeEventListener('abort', stop);
    await task.destroy();
  }
}
