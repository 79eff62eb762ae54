// An office's own Word look: a .dotx/.docx read as a reference document (checked as hostile input), kept as a
// clean small template, described for the Templates view, and applied to an export. See docs/export.md.

export { applyOfficeReference, mergeReferenceStyles, REFERENCE_STYLE_IDS } from './apply-reference';
export { describeOfficeReference, type OfficeReferenceLook } from './describe-reference';
export { packOfficeReference } from './pack-reference';
export {
  type OfficeReference,
  REFERENCE_LIMITS,
  type ReferenceFurniture,
  type ReferenceImage,
  type ReferencePage,
  readOfficeReference,
} from './read-reference';
export {
  ReferenceDocumentError,
  type ReferenceErrorCode,
  type ReferenceNotice,
} from './reference-error';
