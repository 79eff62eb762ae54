// The question Export to Word asks when a briefing is marked lower than what it cites, or in a scheme
// that cannot be compared with it. The rule is shared/export's, as the CLI's warning is; the words are the
// interface's.

import { checkExportMarking } from '../../shared/export';
import { type Briefing, type DossierDocument, markingLabel } from '../../shared/model';
import type { ConfirmRequest } from '../../shared/platform';
import { currentLanguage, translate } from '../i18n';

/** The confirmation to ask for before exporting `briefing`, or null when its marking is fine. */
export function exportMarkingQuestion(document: DossierDocument, briefing: Briefing): ConfirmRequest | null {
  const check = checkExportMarking(document, briefing);
  if (check.status !== 'under-marked' && check.status !== 'mixed-schemes') return null;
  const labels = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(
    (check.status === 'under-marked' ? check.higher : check.incomparable).map(markingLabel),
  );
  const values = { marking: markingLabel(briefing.marking), labels };
  return {
    title: translate('export:title'),
    message:
      check.status === 'under-marked'
        ? translate('export:underMarked', values)
        : translate('export:mixedSchemes', values),
    detail: translate('export:exportAnywayDetail'),
    confirmLabel: translate('export:exportAnyway'),
    cancelLabel: translate('common:cancel'),
    destructive: true,
  };
}
