// How text becomes search terms: one tokenizer and one normalisation, shared by the index, the query
// and the highlighter, so that whatever was indexed is also what gets highlighted.

/**
 * A word is a run of Unicode letters and digits. Combining marks belong to the word too: text typed or
 * pasted in decomposed form ("Mu\u0308nch") or Arabic with its vowel marks must not be split in two.
 */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

/** Any UTF-16 unit beyond ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * The form a word is indexed and searched under: lower case, accents and other combining marks removed
 * (Münch, Munch and MÜNCH are one term; Arabic vowel marks are ignored), German ß written ss and Greek
 * final ς written σ. Most words are ASCII, so those skip Unicode normalisation, which is the costly part.
 */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const folded = lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replaceAll('ß', 'ss')
    .replaceAll('ς', 'σ')
    .normalize('NFC');
  return ARABIC_LETTER.test(folded) ? arabicSearchForm(folded) : folded;
}

const ARABIC_LETTER = /[\u0620-\u064a]/;
/** Tatweel (the stretching stroke) and the hamza-carrying alefs, written as a plain alef. */
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
/**
 * The article with the clitics that go before it (wa-, bi-, ka-, fa-, li-). A lone "wa" is not taken off:
 * too many words begin with that letter (وزارة would lose it and no longer meet الوزارة).
 */
const ARABIC_ARTICLES = [
  '\u0648\u0627\u0644',
  '\u0628\u0627\u0644',
  '\u0643\u0627\u0644',
  '\u0641\u0627\u0644',
  '\u0644\u0644',
  '\u0627\u0644',
];

/**
 * The form an Arabic word is indexed and searched under, so that it is found as a reader searches it:
 * with or without the article (المطار, مطار), after "and" (والمطار), with or without hamza on its alef
 * (أمن, امن), with taa marbuta or haa (شرطة, شرطه), alef maqsura or yaa (على, علي). A light stemmer, as
 * Arabic search engines use: the prefixes go only when at least two letters remain, so short words stay.
 */
function arabicSearchForm(word: string): string {
  const form = word
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replaceAll('\u0629', '\u0647')
    .replaceAll('\u0649', '\u064a');
  for (const article of ARABIC_ARTICLES) {
    if (form.startsWith(article) && form.length - article.length >= 2) return form.slice(article.length);
  }
  return form;
}

// Whether each UTF-16 unit is part of a word (0 while not yet known), learnt from WORD_CHARACTER the first
// time it is met. Scanning with this table is three to four times faster than matching WORD_PATTERN, and
// finds the same words.
const IN_WORD = 1;
const NOT_IN_WORD = 2;
const unitKinds = new Uint8Array(0x10000);
const astralInWord = new Map<number, boolean>();

function learnUnit(code: number): number {
  const kind = WORD_CHARACTER.test(String.fromCharCode(code)) ? IN_WORD : NOT_IN_WORD;
  unitKinds[code] = kind;
  return kind;
}

function isAstralInWord(codePoint: number): boolean {
  let inWord = astralInWord.get(codePoint);
  if (inWord === undefined) {
    inWord = WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    astralInWord.set(codePoint, inWord);
  }
  return inWord;
}

/**
 * Where the words of `text` are, as WORD_PATTERN would find them, flattened: [start, end, start, end, …]
 * with each end exclusive. When `nonAscii` is given, it receives for each word whether any of its
 * characters is beyond ASCII, which is what normalising a word costs.
 */
export function wordBoundsOf(text: string, nonAscii?: boolean[]): number[] {
  const bounds: number[] = [];
  const length = text.length;
  let start = -1;
  let beyondAscii = false;
  for (let position = 0; position < length; position += 1) {
    const code = text.charCodeAt(position);
    let inWord: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && position + 1 < length) {
      const low = text.charCodeAt(position + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        inWord = isAstralInWord(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      } else {
        inWord = false;
      }
    } else {
      const kind = unitKinds[code] || learnUnit(code);
      inWord = kind === IN_WORD;
    }
    if (inWord) {
      if (start < 0) {
        start = position;
        beyondAscii = false;
      }
      if (code >= 0x80) beyondAscii = true;
    } else if (start >= 0) {
      bounds.push(start, position);
      nonAscii?.push(beyondAscii);
      start = -1;
    }
    position += width - 1;
  }
  if (start >= 0) {
    bounds.push(start, length);
    nonAscii?.push(beyondAscii);
  }
  return bounds;
}

/** The words of a text, as written (not yet normalised). */
export function wordsOf(text: string): string[] {
  const bounds = wordBoundsOf(text);
  const words: string[] = [];
  for (let index = 0; index < bounds.length; index += 2)
    words.push(text.slice(bounds[index], bounds[index + 1]));
  return words;
}

/**
 * How many times one term is counted in one text. Relevance grows ever more slowly with repeats (BM25
 * saturates), so little is lost, while the index adds each repeat separately: capping saves about a
 * third of the terms of a long text.
 */
export const MAX_TERM_REPEATS = 3;

/** Non-ASCII words met before, normalised: NFD costs ten times a lookup, and words recur. */
const normalizedWords = new Map<string, string>();
const MAX_NORMALIZED_WORDS = 50_000;

function normalizeNonAsciiWord(word: string): string {
  let term = normalizedWords.get(word);
  if (term === undefined) {
    term = normalizeTerm(word);
    if (normalizedWords.size >= MAX_NORMALIZED_WORDS) normalizedWords.clear();
    normalizedWords.set(ownCopy(word), term);
  }
  return term;
}

/** `normalizeTerm` of a word, remembered for words beyond ASCII: the highlighter meets the same words often. */
export function termOfWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? normalizeNonAsciiWord(lower) : lower;
}

/** How often each normalised word occurs in `text`, capped at MAX_TERM_REPEATS. */
export function termCountsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Lower-casing the whole text at once is cheaper than word by word, and moves no word boundary.
  const lower = text.toLowerCase();
  const nonAscii: boolean[] = [];
  const bounds = wordBoundsOf(lower, nonAscii);
  for (let index = 0; index < bounds.length; index += 2) {
    const word = lower.slice(bounds[index], bounds[index + 1]);
    // A lower-case ASCII word is already a term.
    const term = nonAscii[index / 2] ? normalizeNonAsciiWord(word) : word;
    if (!term) continue;
    const count = counts.get(term) ?? 0;
    if (count < MAX_TERM_REPEATS) counts.set(term, count + 1);
  }
  return counts;
}

/**
 * The terms a text is indexed under: each distinct normalised word, repeated as often as it occurs but
 * at most MAX_TERM_REPEATS times. The same terms as `normalizeTerm` of each of `wordsOf`, in less time.
 */
export function indexTermsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [term, count] of termCountsOf(text)) {
    for (let repeat = count; repeat > 0; repeat -= 1) terms.push(term);
  }
  return terms;
}

/**
 * A string that holds its own characters. V8 cuts a slice of 13 characters or more as a view into the
 * string it came from, so a word sliced from a text and kept (a dictionary term, a cache key) would keep
 * that whole text alive: for 10,000 sources, most of their text.
 */
export function ownCopy(word: string): string {
  return word.length < 13 ? word : (JSON.parse(JSON.stringify(word)) as string);
}
