// The readers of ingest: pasted text and HTML, and .txt, .md, .html, .docx and .pdf files, each turned
// into Material for the clean-up. The libraries they use come in through IngestLibraries.

export { cancelledError, throwIfCancelled } from './cancel';
export { DOCX_STYLE_MAP, docxCoreHints, MAX_DOCX_UNPACKED_BYTES, materialFromDocx } from './docx-reader';
export {
  ELEMENT_NODE,
  type HtmlDocumentLike,
  type HtmlElementLike,
  type HtmlNodeLike,
  TEXT_NODE,
} from './dom-like';
export {
  describeFileBytes,
  fileExtension,
  MATERIAL_FILE_EXTENSIONS,
  MATERIAL_FILE_TYPES_TEXT,
  type MaterialFileType,
  materialFileType,
} from './file-type';
export { blocksTextLength, collapseText, htmlToBlocks, removePageChrome, safeHref } from './html-blocks';
export { type HtmlMaterialOptions, materialFromHtml, parseHtml } from './html-material';
export { type HtmlHintSources, htmlMetadataHints, savedFromUrl, withArticleHints } from './html-metadata';
export type {
  ArticleLike,
  IngestLibraries,
  MammothLike,
  MammothOptions,
  PdfDocumentLike,
  PdfDocumentParams,
  PdfjsLike,
  PdfLoadingTaskLike,
  PdfPageLike,
  PdfTextContentItem,
} from './libraries';
export { type MhtmlArchive, type MhtmlPart, readMhtml } from './mhtml';
export { looksLikeMarkdown, materialFromPastedText } from './pasted-text';
export { blocksFromPdfLines, linesOfPage, type PdfLine } from './pdf-layout';
export { materialFromPdf, pdfDateToIso } from './pdf-reader';
export {
  type MaterialFile,
  type MaterialFileOptions,
  type MaterialFileRead,
  readMaterialFile,
  readMaterialFileAndPictures,
} from './read-material-file';
export {
  folderOfFiles,
  type PageFolder,
  type PagePicture,
  type PagePictures,
  pictureMimeType,
  relativeSegments,
} from './saved-page';
export { decodeTextFile } from './text-file';
