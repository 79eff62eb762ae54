// Which language a text is in, as the ISO 639-1 code a source stores: franc's trigram guess, limited to
// the languages desk officers' material is written in, so short English lines are not read as Scots.

import { franc, francAll } from 'franc-min';

/** franc's ISO 639-3 codes of the languages we tell apart, with their ISO 639-1 codes. */
const LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  ron: 'ro',
  ces: 'cs',
  swe: 'sv',
  hun: 'hu',
  rus: 'ru',
  ukr: 'uk',
  bul: 'bg',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  ind: 'id',
  vie: 'vi',
};
const ONLY = Object.keys(LANGUAGES);

/** Shorter texts give franc too few trigrams to be trusted. */
export const MIN_LANGUAGE_SAMPLE = 20;

/** The text's language as ISO 639-1, or '' when it is too short or unclear to tell. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  const code = franc(sample, { only: ONLY, minLength: MIN_LANGUAGE_SAMPLE });
  return LANGUAGES[code] ?? '';
}

/** "en-GB", "EN", "eng" → "en"; anything else → ''. */
export function languageFromTag(tag: string | undefined): string {
  if (!tag) return '';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  return LANGUAGES[primary] ?? '';
}

const ISO_639_3 = new Map(Object.entries(LANGUAGES).map(([three, two]) => [two, three]));

/**
 * Whether the text is clearly not in `language` (ISO 639-1): another language wins and `language` trails
 * it by a margin. A short English sentence can score a hair below French; only a clear gap counts.
 */
export function isClearlyOtherLanguage(text: string, language: string): boolean {
  const wanted = ISO_639_3.get(language);
  if (!wanted || text.length < MIN_LANGUAGE_SAMPLE * 2) return false;
  const scores = francAll(text.length > 4_000 ? text.slice(0, 4_000) : text, {
    only: ONLY,
    minLength: MIN_LANGUAGE_SAMPLE,
  });
  const top = scores[0];
  if (!top || top[0] === wanted || top[0] === 'und') return false;
  const score = scores.find(([code]) => code === wanted)?.[1] ?? 0;
  return score < CLEAR_MARGIN;
}

/** francAll scores the best language 1; the article's language must score below this to be ruled out. */
const CLEAR_MARGIN = 0.85;
