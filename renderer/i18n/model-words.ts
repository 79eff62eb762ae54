// The interface's words for things the shared model names in English: grading meanings, marking
// explanations and scheme names. The markings themselves (TLP:AMBER, VS-NfD…) are never translated.

import { type Grading, MARKING_SCHEMES, type Marking, markingLevel } from '../../shared/model';
import { translate } from './index';

export function reliabilityMeaning(grade: Grading['reliability']): string {
  return translate(`common:reliability${grade}`);
}

export function credibilityMeaning(grade: Grading['credibility']): string {
  return translate(`common:credibility${grade}`);
}

/** What a grading means, for its badge's hover text. */
export function describeGrading(grading: Grading): string {
  return translate('common:grading', {
    reliability: grading.reliability,
    reliabilityMeaning: reliabilityMeaning(grading.reliability),
    credibility: grading.credibility,
    credibilityMeaning: credibilityMeaning(grading.credibility),
  });
}

export function markingMeaning(marking: Marking): string {
  return translate(`markings:meaning-${marking.scheme}-${markingLevel(marking).id}`, {
    defaultValue: markingLevel(marking).meaning,
  });
}

export function markingLevelMeaning(scheme: Marking['scheme'], levelId: string, fallback: string): string {
  return translate(`markings:meaning-${scheme}-${levelId}`, { defaultValue: fallback });
}

export function markingSchemeName(scheme: Marking['scheme']): string {
  return translate(`markings:scheme-${scheme}`, { defaultValue: MARKING_SCHEMES[scheme].name });
}
