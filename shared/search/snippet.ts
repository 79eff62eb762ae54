// Snippets for search hits: a short window of a record's text around its first matching word, with the
// character ranges of every matching word, so the UI can mark them without ever receiving HTML.

import { termOfWord, wordBoundsOf } from './terms';

/** A character range [start, end) inside a string: `text.slice(start, end)` is the matched word. */
export type HighlightRange = [start: number, end: number];

export interface Snippet {
  /** Plain text, never HTML; may start or end with "…" where it was cut from a longer text. */
  text: string;
  highlights: HighlightRange[];
}

/** About how long a snippet is, in characters. */
export const SNIPPET_LENGTH = 160;
/** How much text comes before the first match, so the reader sees what leads up to it. */
const LEAD = 50;
const ELLIPSIS = '…';

/** Ranges of the words of `text` whose normalised form is one of `terms` (normalised index terms). */
export function highlightRanges(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  if (terms.size === 0) return ranges;
  const bounds = wordBoundsOf(text);
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index] as number;
    const end = bounds[index + 1] as number;
    if (terms.has(termOfWord(text.slice(start, end)))) ranges.push([start, end]);
  }
  return ranges;
}

/** How much text is cut into words at a time while looking for the first match. */
const SCAN_CHUNK = 1024;

/**
 * Where the first word of `text` that is one of `terms` begins and ends, if any. The text is cut into
 * words a chunk at a time, each chunk ending at a space (never inside a word), so a match near the start of
 * a long text is found without cutting the rest into words.
 */
function firstMatch(text: string, terms: ReadonlySet<string>): HighlightRange | undefined {
  for (let from = 0; from < text.length; ) {
    const space = text.indexOf(' ', from + SCAN_CHUNK);
    const to = space < 0 ? text.length : space;
    const chunk = text.slice(from, to);
    // Lower-casing the chunk at once is cheaper than word by word, unless it moves characters (İ).
    const lower = chunk.toLowerCase();
    const scanned = lower.length === chunk.length ? lower : chunk;
    const nonAscii: boolean[] = [];
    const bounds = wordBoundsOf(scanned, nonAscii);
    for (let index = 0; index < bounds.length; index += 2) {
      const start = bounds[index] as number;
      const end = bounds[index + 1] as number;
      const word = scanned.slice(start, end);
      const term = nonAscii[index / 2] || scanned === chunk ? termOfWord(word) : word;
      if (terms.has(term)) return [from + start, from + end];
    }
    from = to;
  }
  return undefined;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * A window of about SNIPPET_LENGTH characters of `text` around the first word that is one of `terms`
 * (the start of the text when none is), cut at spaces so no word is broken, with each run of white space
 * (line breaks, tabs) shown as one space. Reads the text only up to the window's end.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>): Snippet {
  const first = firstMatch(text, terms) ?? [0, 0];
  let start = Math.max(0, first[0] - LEAD);
  // Move the start forward to the next word boundary, unless that would pass the match.
  if (start > 0 && !isSpace(text[start - 1])) {
    let next = start;
    while (next < first[0] && !isSpace(text[next])) next += 1;
    start = next < first[0] ? next + 1 : first[0];
  }
  let end = Math.min(text.length, Math.max(start + SNIPPET_LENGTH, first[1]));
  // Move the end back to the previous word boundary, unless that would cut into the match.
  if (end < text.length && !isSpace(text[end])) {
    let previous = end;
    while (previous > first[1] && !isSpace(text[previous - 1])) previous -= 1;
    end = previous > first[1] ? previous : end;
  }
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const snippetText = `${start > 0 ? ELLIPSIS : ''}${window}${end < text.length ? ELLIPSIS : ''}`;
  return { text: snippetText, highlights: highlightRanges(snippetText, terms) };
}
