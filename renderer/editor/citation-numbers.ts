// What a citation says on hover. Its number comes from `numberCitations` in shared/model, the one rule
// the editor, the briefing's cited-source list and the Word export all use.

import { translate } from '../i18n';

/** What the citation says on hover: "[2] Source title — Outlet, B2, TLP:AMBER". */
export function citationTooltip(
  number: number,
  source: { title: string; detail: string } | undefined,
): string {
  if (!source) return translate('editor:citationGone', { number });
  return source.detail ? `[${number}] ${source.title} — ${source.detail}` : `[${number}] ${source.title}`;
}
