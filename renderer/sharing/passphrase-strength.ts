// How strong a passphrase is, and why a weak one is weak: zxcvbn-ts with the common, English, French and
// German dictionaries, loaded on first use (they are megabytes) and kept. The reasons are our own keys (the
// `passphrase` catalogue), so every interface language can say them.

import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

/** What makes a passphrase guessable, in the order the Share dialog lists them. */
export const WEAKNESS_REASONS = [
  'short',
  'personal',
  'commonWord',
  'keyboard',
  'repeated',
  'sequence',
  'date',
] as const;
export type WeaknessReason = (typeof WEAKNESS_REASONS)[number];

export interface PassphraseRating {
  /** zxcvbn's score: 0 (guessed at once) to 4 (beyond any offline attack we plan for). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Below 3: the dialog says so and why. */
  weak: boolean;
  reasons: WeaknessReason[];
}

/** Shorter than this counts as short whatever else it is: four common words make about 20 characters. */
const SHORT_BELOW = 12;

let loading: Promise<ZxcvbnFactory> | undefined;

/** Suffixes a dictionary's names, so the German package's unsuffixed lists do not replace others. */
function suffixed(dictionary: Record<string, string[]>, suffix: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(dictionary).map(([name, words]) => [
      name.endsWith(suffix) ? name : `${name}${suffix}`,
      words,
    ]),
  );
}

function loadEstimator(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-de'),
  ]).then(
    ([core, common, en, fr, de]) =>
      new core.ZxcvbnFactory({
        dictionary: {
          ...common.dictionary,
          ...suffixed(en.dictionary, '-en'),
          ...suffixed(fr.dictionary, '-fr'),
          ...suffixed(de.dictionary, '-de'),
        },
        graphs: common.adjacencyGraphs,
      }),
  );
  return loading;
}

/** The words of the dossier's title and the officer's name worth guessing (four letters or more). */
function personalWords(personal: readonly string[]): string[] {
  return personal.flatMap((text) =>
    text
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
}

function reasonsOf(passphrase: string, result: ZxcvbnResult, words: readonly string[]): WeaknessReason[] {
  const found = new Set<WeaknessReason>();
  if ([...passphrase].length < SHORT_BELOW) found.add('short');
  // zxcvbn names only the cheapest dictionary for a word ("morocco" is in Wikipedia too); say it anyway.
  const lower = passphrase.toLocaleLowerCase();
  if (words.some((word) => lower.includes(word))) found.add('personal');
  for (const match of result.sequence) {
    switch (match.pattern) {
      case 'dictionary':
        found.add(match.dictionaryName === 'userInputs' ? 'personal' : 'commonWord');
        break;
      case 'spatial':
        found.add('keyboard');
        break;
      case 'repeat':
        found.add('repeated');
        break;
      case 'sequence':
        found.add('sequence');
        break;
      case 'date':
        found.add('date');
        break;
    }
  }
  return WEAKNESS_REASONS.filter((reason) => found.has(reason));
}

/**
 * Rates `passphrase`; `personal` lists what an attacker who has the file would try first (the dossier's
 * title, the officer's name), so a passphrase made of them counts as weak.
 */
export async function ratePassphrase(
  passphrase: string,
  personal: readonly string[] = [],
): Promise<PassphraseRating> {
  const estimator = await loadEstimator();
  const words = personalWords(personal);
  const result = estimator.check(passphrase, [...personal, ...words]);
  const weak = result.score < 3;
  return { score: result.score, weak, reasons: weak ? reasonsOf(passphrase, result, words) : [] };
}
