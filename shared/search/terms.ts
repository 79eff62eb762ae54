// How text becomes search terms: one tokenizer and one normalisation, shared by the index, the query
// and the highlighter, so that whatever was indexed is also what gets highlighted.

/**
 * A word is a run of Unicode letters and digits. Combining marks belong to the word too: text typed or
 * pasted in decomposed form ("Mu\u0308nch") or Arabic with its vowel marks must not be split in two.
 */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;

const ASCII = /^[\u0000-\u007f]*$/;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * The form a word is indexed and searched under: lower case, accents and other combining marks removed
 * (Münch, Munch and MÜNCH are one term; Arabic vowel marks are ignored), German ß written ss and Greek
 * final ς written σ. Most words are ASCII, so those skip Unicode normalisation, which is the costly part.
 */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replaceAll('ß', 'ss')
    .replaceAll('ς', 'σ')
    .normalize('NFC');
}

/** The words of a text, as written (not yet normalised). */
export function wordsOf(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
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

function normalizeLowerCaseWord(word: string): string {
  if (ASCII.test(word)) return word;
  let term = normalizedWords.get(word);
  if (term === undefined) {
    term = normalizeTerm(word);
    if (normalizedWords.size >= MAX_NORMALIZED_WORDS) normalizedWords.clear();
    normalizedWords.set(word, term);
  }
  return term;
}

/**
 * The terms a text is indexed under: each distinct normalised word, repeated as often as it occurs but
 * at most MAX_TERM_REPEATS times. The same terms as `normalizeTerm` of each of `wordsOf`, in less time.
 */
export function indexTermsOf(text: string): string[] {
  const counts = new Map<string, number>();
  // Lower-casing the whole text at once is cheaper than word by word, and moves no word boundary.
  for (const word of text.toLowerCase().match(WORD_PATTERN) ?? []) {
    const term = normalizeLowerCaseWord(word);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const terms: string[] = [];
  for (const [term, count] of counts) {
    for (let repeat = Math.min(count, MAX_TERM_REPEATS); repeat > 0; repeat -= 1) terms.push(term);
  }
  return terms;
}
