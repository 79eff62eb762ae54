// Pasted plain text as material: Markdown when it is written in Markdown, plain text otherwise.

import { IngestError } from '../ingest-error';
import type { Material } from '../material';

const ATX_HEADING = /^#{1,6}[ \t]+\S/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const BULLET = /^\s{0,6}[-*+][ \t]+\S/;
const NUMBERED = /^\s{0,6}\d{1,3}[.)][ \t]+\S/;
const FENCE = /^\s{0,3}(```|~~~)/;
const QUOTE = /^\s{0,3}>\s?\S/;
const INLINE_MARKUP = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|\[[^\]\n]+\]\((https?:\/\/|mailto:)[^)\s]+\)/;
const LIST_OR_TABLE = /^\s*([-*+•▪◦–·]|\d{1,3}[.)])\s|^\s*\|/;
const TERMINAL = /[.,;:!?…"“”'’»)\]]$/;

/**
 * A short line standing alone that reads as a heading although no "#" marks it: text copied from a page
 * or a report. Markdown would make it a plain paragraph, so such text is read as plain text.
 */
function isBareHeading(line: string, next: string): boolean {
  if (!line || line.length > 120 || LIST_OR_TABLE.test(line) || TERMINAL.test(line)) return false;
  if (line.split(/\s+/).length > 15 || !/^[\p{Lu}\d"“‘'¿¡]/u.test(line)) return false;
  // A heading is followed by its text or a list; a short closing line is not a heading, and a line
  // underlined with === or --- is a Markdown heading.
  if (!next || /^[=-]+$/.test(next)) return false;
  return LIST_OR_TABLE.test(next) || next.length > line.length;
}

function hasBareHeading(lines: readonly string[]): boolean {
  let next = '';
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = (lines[index] ?? '').trim();
    if (!line) continue;
    if (isBareHeading(line, next)) return true;
    next = line;
  }
  return false;
}

/**
 * Markdown when it carries Markdown's own marks (# headings, |---| tables, bullets, numbered items, fences,
 * **bold**, [links](…)) and no plain-text headings; a "#" heading settles it either way.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.some((line) => ATX_HEADING.test(line))) return true;
  const marked =
    lines.some(
      (line) =>
        PIPE_SEPARATOR.test(line) ||
        BULLET.test(line) ||
        NUMBERED.test(line) ||
        FENCE.test(line) ||
        QUOTE.test(line),
    ) || INLINE_MARKUP.test(text);
  if (!marked) return false;
  return !hasBareHeading(lines);
}

export function materialFromPastedText(text: string): Material {
  if (!text.trim()) throw new IngestError('EMPTY', 'The pasted text is empty: there is nothing to add.');
  return looksLikeMarkdown(text) ? { kind: 'markdown', text } : { kind: 'text', text };
}
