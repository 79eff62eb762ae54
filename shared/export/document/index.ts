export {
  CONTENTS_PAGE_NUMBERS_NOTE,
  type ExportBriefingRequest,
  type ExportProgress,
  type ExportResult,
  exportBriefingToDocx,
} from './briefing-document';
export { type CoverDetails, renderCover, resolveCoverDetails } from './cover';
export { docxFileName, findBriefing, findBriefingVersion, findTemplate } from './find';
export { checkExportMarking, describeMarkingCheck } from './marking-check';
export { DEFLATE_LEVEL, LEADING_PARTS, packDocx, zipDocxParts } from './pack';
export { markingBanner, pageFooter, pageHeader } from './page-banner';
export { fillLine, fillPlaceholders, type PlaceholderValues } from './placeholders';
export { documentStyles } from './styles';
