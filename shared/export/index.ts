// The Word export: one exporter for the app (in a Web Worker) and the `dossier export` command. It turns a
// The comparison is not exported from the index: it brings the diff library, which only a review export needs.
// briefing of a DossierDocument into a .docx laid out by a template; see docs/export.md.

export { renderBlock, renderBlocks } from './blocks';
export {
  describeSource,
  describeSourceText,
  renderCitation,
  renderSourcesAnnex,
  SOURCES_ANNEX_TITLE,
} from './citation';
export { formatLongDate } from './dates';
export {
  CONTENTS_PAGE_NUMBERS_NOTE,
  type CoverDetails,
  checkExportMarking,
  describeMarkingCheck,
  docxFileName,
  type ExportBriefingRequest,
  type ExportProgress,
  type ExportResult,
  exportBriefingToDocx,
  findBriefing,
  findBriefingVersion,
  findTemplate,
} from './document';
export { ExportError, type ExportErrorCode, type ExportWarning } from './export-error';
export { headingNumberer, renderHeading } from './heading';
export { imageSize, readImageFile, renderImage } from './image';
export { exportLabels, fillLabel } from './labels';
export { renderList } from './list';
export { renderParagraph } from './paragraph';
export { renderQuote } from './quote';
export {
  describeOfficeReference,
  type OfficeReference,
  type OfficeReferenceLook,
  packOfficeReference,
  REFERENCE_LIMITS,
  ReferenceDocumentError,
  type ReferenceErrorCode,
  type ReferenceNotice,
  readOfficeReference,
} from './reference';
export type { AttachmentReader, DocxBlock, Placement, RenderContext } from './render-context';
export { columnWidths, renderTable, tableGrid } from './table';
