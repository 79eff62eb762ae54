// The command line's ingest libraries: linkedom parses HTML, Readability finds the article, mammoth reads
// .docx from a Buffer, and pdf.js's legacy build reads PDFs in this process, without a worker thread.

import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { IngestLibraries, MammothLike, PdfjsLike } from '../shared/ingest/readers';

/**
 * linkedom builds a document only from markup that has its <html> and <body>: a fragment (a paste, mammoth's
 * output, Readability's article) would become a document without a body. Wrap what lacks them.
 */
export function wholeHtmlDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '<head></head>';
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html)?.[0] ?? '<html>';
  const body = html
    .replace(/<head[\s>][\s\S]*?<\/head>/i, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html(\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html>${htmlTag}${head}<body>${body}</body></html>`;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    return loading;
  };
}

async function loadMammoth(): Promise<MammothLike> {
  const mammoth = (await import('mammoth')).default;
  return {
    // mammoth's Node entry reads a Buffer; its browser entry an ArrayBuffer.
    convertToHtml: (input, options) =>
      mammoth.convertToHtml(
        { buffer: Buffer.from(input.arrayBuffer) },
        // convertImage is the converter mammoth.images made; the readers' type only cannot name its brand.
        options as Parameters<typeof mammoth.convertToHtml>[1],
      ),
    images: mammoth.images,
  };
}

async function loadPdfjs(): Promise<PdfjsLike> {
  // In Node, pdf.js runs its worker's code in this process; loaded first, pdf.js finds it on globalThis
  // instead of importing it by a path relative to itself.
  // @ts-expect-error pdfjs-dist ships no types for its worker module.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export const cliIngestLibraries: IngestLibraries = {
  parseHtml: (html) => new DOMParser().parseFromString(wholeHtmlDocument(html), 'text/html'),
  readArticle(doc) {
    // Readability rewrites the document it reads: give it a copy, so the page stays whole for the caller.
    const copy = (doc as unknown as Document).cloneNode(true) as Document;
    return new Readability(copy, { keepClasses: true }).parse();
  },
  loadMammoth: once(loadMammoth),
  loadPdfjs: once(loadPdfjs),
};
