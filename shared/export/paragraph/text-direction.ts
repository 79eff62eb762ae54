// Which way a paragraph runs. Word needs to be told: an Arabic paragraph is a right-to-left paragraph
// (`w:bidi`) whose Arabic runs are right-to-left runs (`w:rtl`), or it is laid out backwards.

import type { InlineNode } from '../../model';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and presentation forms.
const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// The first strong character decides a paragraph's direction, as in the Unicode bidi algorithm (P2).
const FIRST_STRONG = /[\p{L}]/u;

/** True when a run of text holds right-to-left script. */
export function hasRightToLeftText(text: string): boolean {
  return RTL_CHARS.test(text);
}

/**
 * Whether Word lays a paragraph out right to left: always in a right-to-left briefing (Latin names keep
 * their direction as runs), else when its first letter is right-to-left, as the editor's `dir="auto"` shows it.
 */
export function paragraphRunsRightToLeft(
  content: readonly InlineNode[] | undefined,
  ctx: { readonly rightToLeft: boolean },
): boolean {
  return ctx.rightToLeft || isRightToLeftParagraph(content);
}

/** True when the paragraph's first letter is from a right-to-left script. */
export function isRightToLeftParagraph(content: readonly InlineNode[] | undefined): boolean {
  for (const node of content ?? []) {
    if (node.type !== 'text') continue;
    const first = FIRST_STRONG.exec(node.text);
    if (first) return hasRightToLeftText(first[0]);
  }
  return false;
}
