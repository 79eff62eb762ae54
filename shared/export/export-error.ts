// The errors an export can end in, typed so the app and the CLI can say what happened and what to do.

import { DeskError } from '../errors';

export type ExportErrorCode =
  /** The dossier has no briefing with that id or title. */
  | 'BRIEFING_NOT_FOUND'
  /** More than one briefing has that title. */
  | 'BRIEFING_AMBIGUOUS'
  /** No installed template has that id. */
  | 'TEMPLATE_NOT_FOUND'
  /** The briefing has no saved version with that name or id, to export the changes since. */
  | 'VERSION_NOT_FOUND';
// An export the user cancels ends in the app's one CancelledError (code CANCELLED).

export class ExportError extends DeskError<ExportErrorCode> {
  override readonly name = 'ExportError';
}

export const EXPORT_CANCELLED_MESSAGE = 'The export was cancelled.';

/** Something the export worked around; the document is still written, and the user is told. */
export interface ExportWarning {
  readonly code: 'IMAGE_MISSING' | 'IMAGE_UNSUPPORTED' | 'SOURCE_MISSING' | 'CONTENTS_WITHOUT_PAGE_NUMBERS';
  readonly message: string;
}
