// Format 2's sharing entries, checked against dossier.json: base.json must be this dossier at an earlier
// revision, and each briefing's text state must hold exactly the text dossier.json gives that briefing.

import { type Briefing, type DossierDocument, parseDossierDocument } from '../model';
import { ancestryOf, type BriefingText } from '../sharing';
import { BASE_PATH } from './manifest';
import { packageErrorFromModel } from './model-errors';
import { ADVICE_DAMAGED, ADVICE_HOSTILE, PackageError, packageError, quoteName } from './package-error';

/** BASE_MISMATCH unless `base` is of the document's lineage, at a revision the document descends from. */
export function assertBaseOfLineage(base: DossierDocument, document: DossierDocument): void {
  const lineage = document.dossier.lineage;
  const baseLineage = base.dossier.lineage;
  if (
    !lineage ||
    !baseLineage ||
    baseLineage.id !== lineage.id ||
    !ancestryOf(lineage).includes(baseLineage.revision)
  ) {
    throw packageError(
      'BASE_MISMATCH',
      `its ${BASE_PATH} is not an earlier state of this dossier (another lineage, or a revision it never was at)`,
      ADVICE_HOSTILE,
    );
  }
}

/** base.json through the model's checks; a refusal names the entry. */
export function parseBaseDocument(json: unknown): DossierDocument {
  try {
    return parseDossierDocument(json);
  } catch (error) {
    const refused = packageErrorFromModel(error, json);
    throw refused instanceof PackageError
      ? new PackageError(refused.code, `${BASE_PATH}: ${refused.message}`, { cause: error })
      : refused;
  }
}

/** STATE_INVALID for bytes that are no text state, STATE_MISMATCH for a state holding other text. */
export function checkBriefingState(
  text: Pick<BriefingText, 'briefingStateMatches'>,
  state: Uint8Array,
  briefing: Briefing,
): void {
  let matches: boolean;
  try {
    matches = text.briefingStateMatches(state, briefing.content);
  } catch (error) {
    throw packageError(
      'STATE_INVALID',
      `the text state of the briefing ${quoteName(briefing.title)} cannot be read`,
      ADVICE_DAMAGED,
      error,
    );
  }
  if (!matches) {
    throw packageError(
      'STATE_MISMATCH',
      `the text state of the briefing ${quoteName(briefing.title)} holds other text than dossier.json gives it`,
    );
  }
}
