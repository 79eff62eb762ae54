// Ingest: raw material (pasted text or HTML, .txt, .md, .html, .docx, .pdf) to a clean source with
// proposed details, entities and dates. Readers cut files into blocks; ingestMaterial cleans them up.

export { type BlockTextSeparators, blockText } from './cleanup';
export { findDates, parsePublishedDate } from './dates';
export { entityKey, findEntities, findMatchingEntity } from './entities';
export {
  datesOfBlocks,
  eventFromDateSuggestion,
  type IngestJsonBlock,
  type IngestOptions,
  ingestMaterial,
  ingestResultToJson,
} from './ingest';
export {
  formatMegabytes,
  IngestError,
  type IngestErrorCode,
  MAX_MATERIAL_BYTES,
  materialTooLarge,
} from './ingest-error';
export { detectLanguage, languageFromTag } from './language';
export { blocksFromMarkdown } from './markdown-blocks';
export * from './material';
export { richTextFromReviewedBlocks } from './rich-text';
export { blocksFromPlainText } from './text-blocks';
