// Snippets for search hits: a short window of a record's text around its first matching word, with the
// character ranges of every matching word, so the UI can mark them without ever receiving HTML.

import { normalizeTerm, wordBoundsOf } from './terms';

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
    if (terms.has(normalizeTerm(text.slice(start, end)))) ranges.push([start, end]);
  }
  return ranges;
}

/** Where the first word of `text` that is one of `terms` begins and ends, if any. */
function firstMatch(text: string, terms: ReadonlySet<string>): HighlightRange | undefined {
  const bounds = wordBoundsOf(text);
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index] as number;
    const end = bounds[index + 1] as number;
    if (terms.has(normalizeTerm(text.slice(start, end)))) return [start, end];
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
