// The name "Export changes since…" suggests for its file: the briefing's, and the version it compares with.

import type { BriefingVersion } from '../../shared/model';
import { translate } from '../i18n';

/** A file name saying what it holds: "<briefing> - changes since <version>.docx". */
export function changesFileName(briefingFileName: string, version: Pick<BriefingVersion, 'name'>): string {
  const stem = briefingFileName.replace(/\.docx$/i, '');
  // Version names are plain text already (the model refuses control characters); these are the ones file
  // systems refuse.
  const since = version.name.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return `${`${stem} - ${translate('review:changesSinceFile', { name: since })}`.slice(0, 180)}.docx`;
}
