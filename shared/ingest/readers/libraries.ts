// What the readers need from the libraries that do the heavy lifting (an HTML parser, Readability,
// mammoth, pdf.js), as structural types; the app (renderer/ingest) and the CLI each supply their own.

import type { HtmlDocumentLike } from './dom-like';

/** What Mozilla Readability finds in a page; every field may be missing. */
export interface ArticleLike {
  /** The article's HTML, cut from the page. */
  readonly content: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly byline?: string | null | undefined;
  readonly siteName?: string | null | undefined;
  readonly publishedTime?: string | null | undefined;
  readonly lang?: string | null | undefined;
}

export interface MammothOptions {
  readonly styleMap?: string | string[];
  readonly includeDefaultStyleMap?: boolean;
  readonly includeEmbeddedStyleMap?: boolean;
  readonly externalFileAccess?: boolean;
  readonly ignoreEmptyParagraphs?: boolean;
  /** An image converter made by `images.imgElement`. */
  readonly convertImage?: unknown;
}

/** mammoth, reading a .docx from its bytes (the CLI's adapter turns the ArrayBuffer into a Buffer). */
export interface MammothLike {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer },
    options?: MammothOptions,
  ): Promise<{ readonly value: string; readonly messages: readonly unknown[] }>;
  readonly images: {
    imgElement(convert: (image: unknown) => Promise<{ src: string }>): unknown;
  };
}

export interface PdfDocumentParams {
  /** pdf.js transfers this buffer to its worker: pass a copy. */
  readonly data: Uint8Array;
  readonly isEvalSupported: boolean;
  readonly disableFontFace: boolean;
  readonly useSystemFonts: boolean;
  readonly useWasm?: boolean;
  readonly enableXfa?: boolean;
  readonly isOffscreenCanvasSupported?: boolean;
  readonly stopAtErrors?: boolean;
  readonly verbosity?: number;
}

/** One item of a page's text content: a run of text where it sits, or a marked-content marker. */
export interface PdfTextContentItem {
  readonly str?: string;
  /** [a, b, c, d, e, f]: e, f the baseline origin, d the vertical scale (the font size, unrotated). */
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
  readonly hasEOL?: boolean;
  /** Set on marked-content markers, which carry no text. */
  readonly type?: string;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ readonly items: readonly PdfTextContentItem[] }>;
  cleanup(): boolean;
}

export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getMetadata(): Promise<{ readonly info: unknown }>;
}

export interface PdfLoadingTaskLike {
  readonly promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}

export interface PdfjsLike {
  getDocument(params: PdfDocumentParams): PdfLoadingTaskLike;
}

/** The libraries ingest reads files with. Loaders are async so the app can keep mammoth and pdf.js out of its main bundle. */
export interface IngestLibraries {
  /** An inert HTML document: nothing in it runs or loads (DOMParser in the app, linkedom in the CLI). */
  parseHtml(html: string): HtmlDocumentLike;
  /**
   * Readability's reading of the page, on a copy of the document; null when it finds no article. Run it with
   * `keepClasses: true`: the readers know captions and share bars by their class names.
   */
  readArticle(doc: HtmlDocumentLike): ArticleLike | null;
  loadMammoth(): Promise<MammothLike>;
  loadPdfjs(): Promise<PdfjsLike>;
  /** Cleans any HTML string before it is parsed (DOMPurify in the app); the readers work without it. */
  sanitizeHtml?(html: string): string;
}
