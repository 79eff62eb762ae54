// The question Export to Word asks when a briefing is marked lower than what it cites, or in a scheme
// that cannot be compared with it. The rule and its words are shared/export's, as the CLI's warning is.

import { checkExportMarking, describeMarkingCheck } from '../../shared/export';
import type { Briefing, DossierDocument } from '../../shared/model';
import type { ConfirmRequest } from '../../shared/platform';

/** The confirmation to ask for before exporting `briefing`, or null when its marking is fine. */
export function exportMarkingQuestion(document: DossierDocument, briefing: Briefing): ConfirmRequest | null {
  const problem = describeMarkingCheck(checkExportMarking(document, briefing), briefing);
  if (!problem) return null;
  return {
    title: 'Export to Word',
    message: problem,
    detail: 'Export it with its present marking anyway? You can raise the marking in the editor first.',
    confirmLabel: 'Export anyway',
    destructive: true,
  };
}
