// Sharing as a round trip: lineage, the three-way merge of two copies of a dossier, and their diff.
// Import from here, not from the files behind it (docs/sharing.md describes how a merge decides).

export {
  type ChangedRecord,
  type DossierDiff,
  diffDossiers,
  RECORD_KINDS,
  type RecordKind,
  type RecordKindDiff,
  type RecordRef,
} from './dossier-diff';
export {
  type BriefingState,
  type BriefingStates,
  type BriefingText,
  type ConflictChoice,
  type ConflictKind,
  choicesForAll,
  type MergeConflict,
  type MergeCounts,
  type MergeFlag,
  type MergeInput,
  type MergeReport,
  type MergeResult,
  mergeDossiers,
  resolveConflicts,
} from './dossier-merge';
export {
  advanceLineage,
  ancestryOf,
  assertSameLineage,
  findCommonBase,
  lineageIdOf,
  mergedLineage,
} from './lineage';
export { SharingError, type SharingErrorCode } from './sharing-error';
