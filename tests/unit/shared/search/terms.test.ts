import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexTermsOf,
  MAX_TERM_REPEATS,
  normalizeTerm,
  WORD_PATTERN,
  wordsOf,
} from '../../../../shared/search/terms';

describe('search terms', () => {
  it('folds case, accents, marks, ß and final sigma into one form', () => {
    expect(['Münch', 'MÜNCH', 'Munch', 'Mu\u0308nch'].map(normalizeTerm)).toEqual([
      'munch',
      'munch',
      'munch',
      'munch',
    ]);
    expect(normalizeTerm('Straße')).toBe('strasse');
    expect(normalizeTerm('Élysée')).toBe('elysee');
    expect(normalizeTerm('ΟΔΟΣ')).toBe(normalizeTerm('οδοσ'));
    expect(normalizeTerm('الْمِينَاء')).toBe(normalizeTerm('الميناء'));
  });

  it('gives an Arabic word one form with or without its article, "and", hamza, taa marbuta or tatweel', () => {
    const airport = normalizeTerm('مطار');
    expect(
      ['المطار', 'والمطار', 'بالمطار', 'للمطار', 'فالمطار', 'المَطَار', 'المطـار'].map(normalizeTerm),
    ).toEqual(Array(7).fill(airport));
    expect(normalizeTerm('أمن')).toBe(normalizeTerm('امن'));
    expect(normalizeTerm('إنقاذ')).toBe(normalizeTerm('انقاذ'));
    expect(normalizeTerm('الشرطة')).toBe(normalizeTerm('شرطه'));
    expect(normalizeTerm('على')).toBe(normalizeTerm('علي'));
  });

  it('leaves short Arabic words whole rather than strip them to a letter', () => {
    expect(normalizeTerm('ال')).toBe('ال');
    expect(normalizeTerm('الى')).toBe('الي');
    expect(normalizeTerm('ولد')).toBe('ولد');
    // A word that begins with the letter of "and" keeps it, so it still meets itself with the article.
    expect(normalizeTerm('وزارة')).toBe(normalizeTerm('الوزارة'));
  });

  it('splits words on anything but letters, digits and combining marks', () => {
    expect(wordsOf("Morocco–Germany: l'équipe, 2019 (Mu\u0308nchen)…")).toEqual([
      'Morocco',
      'Germany',
      'l',
      'équipe',
      '2019',
      'Mu\u0308nchen',
    ]);
  });

  it('indexes the same terms as normalising each word, with repeats capped', () => {
    const alphabet = fc.constantFrom(
      ...'aZ É é ß İ ı Σσς ü\u0308 ل\u064e 7 -.,\n\t'.split(''),
      '\u{1d400}',
      'x',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (characters) => {
        const text = characters.join('');
        const expected = new Map<string, number>();
        for (const term of wordsOf(text).map(normalizeTerm)) {
          if (term) expected.set(term, Math.min(MAX_TERM_REPEATS, (expected.get(term) ?? 0) + 1));
        }
        const actual = new Map<string, number>();
        for (const term of indexTermsOf(text)) actual.set(term, (actual.get(term) ?? 0) + 1);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds exactly the words the Unicode word pattern finds, astral characters and lone surrogates too', () => {
    const pieces = fc.constantFrom(
      ...'a Z 9 é ß \u0308 ل \u064e 一 - . \n \u00a0 \u2013'.split(' '),
      '\u{1d400}', // MATHEMATICAL BOLD CAPITAL A: a letter outside the BMP
      '\u{1f600}', // an emoji: not a letter
      '\ud800', // a lone high surrogate
      '\udc00', // a lone low surrogate
      ' ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(wordsOf(text)).toEqual(text.match(WORD_PATTERN) ?? []);
      }),
      { numRuns: 1000 },
    );
  });
});
