// The under-marking check at export time: is the briefing marked at least as high as every source it
// cites? The app asks for confirmation and the CLI prints a warning when it is not.

import {
  type Briefing,
  type BriefingMarkingCheck,
  checkBriefingMarking,
  citedSourceIds,
  type DossierDocument,
  markingLabel,
  type Source,
} from '../../model';

export function checkExportMarking(document: DossierDocument, briefing: Briefing): BriefingMarkingCheck {
  const sources = new Map(document.sources.map((source) => [source.id, source]));
  const cited = citedSourceIds(briefing.content).flatMap((id): Source[] => {
    const source = sources.get(id);
    return source ? [source] : [];
  });
  return checkBriefingMarking(briefing.marking, cited);
}

/** One line for the user, or undefined when the marking is fine. */
export function describeMarkingCheck(check: BriefingMarkingCheck, briefing: Briefing): string | undefined {
  const marked = markingLabel(briefing.marking);
  const labels = (markings: BriefingMarkingCheck['higher']) => markings.map(markingLabel).join(', ');
  if (check.status === 'under-marked') {
    return `The briefing is marked ${marked} but cites sources marked ${labels(check.higher)}; raise its marking before sharing it.`;
  }
  if (check.status === 'mixed-schemes') {
    return `The briefing is marked ${marked} but cites sources marked ${labels(check.incomparable)}, which cannot be compared with it; check its marking before sharing it.`;
  }
  return undefined;
}
