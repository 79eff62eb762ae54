// The app's ingest libraries: DOMPurify cleans every HTML string, the browser's DOMParser turns it into an
// inert document (no script runs, nothing loads), Readability finds the article, and mammoth and pdf.js
// are loaded on first use so they stay out of the main bundle.

import { Readability } from '@mozilla/readability';
import DOMPurify, { type Config } from 'dompurify';
// Only the worker's address: its code loads when pdf.js starts the worker.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { IngestLibraries, MammothLike, PdfjsLike } from '../../shared/ingest/readers';

/**
 * The whole document is kept, with the head's title, meta tags and canonical link the readers take metadata
 * from; scripts, frames, objects and event handlers go, as DOMPurify always removes them. Forms, buttons and
 * navigation stay so the readers can recognise them and leave out their text.
 */
const PURIFY_CONFIG: Config = {
  WHOLE_DOCUMENT: true,
  ADD_TAGS: ['meta', 'link', 'title'],
  ADD_ATTR: ['content', 'property', 'itemprop'],
  // Meta values such as property="og:title" look like addresses with an unknown scheme, which DOMPurify
  // would strip; these attributes are only ever read as text.
  ADD_URI_SAFE_ATTR: ['content', 'property', 'itemprop'],
  ALLOW_DATA_ATTR: false,
};

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      // A failed chunk load (the app was updated under a running window) may succeed next time.
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

async function loadMammoth(): Promise<MammothLike> {
  // Vite resolves mammoth's browser entry (its package.json "browser" field), which reads an ArrayBuffer.
  const mammoth = (await import('mammoth')).default;
  return {
    convertToHtml: (input, options) =>
      // convertImage is the converter mammoth.images made; the readers' type only cannot name its brand.
      mammoth.convertToHtml(input, options as Parameters<typeof mammoth.convertToHtml>[1]),
    images: mammoth.images,
  };
}

async function loadPdfjs(): Promise<PdfjsLike> {
  const pdfjs = await import('pdfjs-dist');
  // pdf.js parses in a Web Worker served from the app's own origin (CSP worker-src 'self').
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return pdfjs;
}

export const appIngestLibraries: IngestLibraries = {
  sanitizeHtml: (html) => DOMPurify.sanitize(html, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false }),
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  readArticle(doc) {
    // Readability rewrites the document it reads: give it a copy, so the page stays whole for the caller.
    const copy = (doc as Document).cloneNode(true) as Document;
    return new Readability(copy, { keepClasses: true }).parse();
  },
  loadMammoth: once(loadMammoth),
  loadPdfjs: once(loadPdfjs),
};
