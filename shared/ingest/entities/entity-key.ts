// The form two names are compared in, so that spellings of one name meet: case, accents and punctuation
// ignored, German umlauts written out ("Muench") read as the plain vowel, and a leading "the" dropped.

import { normalizeTerm } from '../../search/terms';

export function entityKey(name: string): string {
  return normalizeTerm(name.replace(/[’']s\b/g, ''))
    .replace(/([aou])e/g, (pair, vowel: string, offset: number, whole: string) =>
      // "Muench" → "munch", but not "Michael" or "Israel": only after a consonant and before one.
      /[bcdfghjklmnpqrstvwxz]/.test(whole[offset - 1] ?? '') &&
      /[bcdfghjklmnpqrstvwxz]/.test(whole[offset + 2] ?? '')
        ? vowel
        : pair,
    )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
