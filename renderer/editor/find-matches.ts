// Finding text in a briefing for find & replace: plain-text matching over the text of each paragraph,
// heading and cell, mapped back to editor positions. Pure, so it is tested without an editor.
import { translate } from '../i18n';

/**
 * Stands in for an inline node that is not text (a citation, a line break), so that a match never spans
 * one and each character still sits at its own editor position.
 */
export const INLINE_LEAF = '\uFFFC';

/** The text of one text block, and the editor position of its first character. */
export interface TextBlockText {
  text: string;
  start: number;
}

/** A stretch of the document, in editor positions: `from` is the first character, `to` is after the last. */
export interface TextRange {
  from: number;
  to: number;
}

export interface FindOptions {
  matchCase: boolean;
}

/**
 * Lower case, one UTF-16 unit for one: characters whose lower case is longer (such as "İ") stay as they
 * are, so an index into the folded text is still an index into the original.
 */
export function foldCase(text: string): string {
  let folded = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    folded += lower.length === char.length ? lower : char;
  }
  return folded;
}

/** Every non-overlapping occurrence of `query` in the blocks, in document order. */
export function findMatches(
  blocks: readonly TextBlockText[],
  query: string,
  { matchCase }: FindOptions,
): TextRange[] {
  const needle = matchCase ? query : foldCase(query);
  if (needle === '' || needle.includes(INLINE_LEAF)) return [];
  const matches: TextRange[] = [];
  for (const block of blocks) {
    const haystack = matchCase ? block.text : foldCase(block.text);
    for (
      let index = haystack.indexOf(needle);
      index !== -1;
      index = haystack.indexOf(needle, index + needle.length)
    ) {
      matches.push({ from: block.start + index, to: block.start + index + needle.length });
    }
  }
  return matches;
}

/** The match to show after the document changed: the first one at or after where the old one was. */
export function nearestMatchIndex(matches: readonly TextRange[], position: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
}

/** "3 of 12", "No matches", or nothing before the user typed. */
export function describeMatchCount(query: string, count: number, current: number): string {
  if (query === '') return '';
  if (count === 0) return translate('editor:noMatches');
  return translate('editor:matchOf', { current: current + 1, count });
}
