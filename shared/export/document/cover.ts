// The cover page: the fields the template lists, in its order — marking, title, subtitle, date, author,
// reference, handling caveat, distribution. Values the export is not given come from the dossier.

import { BorderStyle, Paragraph, TabStopType, TextRun } from 'docx';
import type { Language } from '../../i18n/languages';
import type { Briefing, DossierDocument, Template } from '../../model';
import { formatLongDate } from '../dates';
import { markingCaveat } from '../labels';
import { hasRightToLeftText } from '../paragraph/text-direction';
import type { DocxBlock, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { wordColor } from '../units';
import { markingBanner } from './page-banner';

/** What the cover says beyond the briefing's own title and marking. */
export interface CoverDetails {
  readonly subtitle: string;
  /** As printed, e.g. "12 March 2025". */
  readonly date: string;
  readonly author: string;
  readonly reference: string;
  /** Handling instructions printed in a box, e.g. who may receive the document. */
  readonly caveat: string;
  readonly distribution: readonly string[];
}

/**
 * The cover details: those given, else the dossier's title as subtitle, the briefing's last change as date,
 * a reference made from the briefing's id, the marking's meaning as caveat, the template's distribution.
 */
export function resolveCoverDetails(
  document: DossierDocument,
  briefing: Briefing,
  template: Template,
  given: Partial<CoverDetails> = {},
  language?: Language,
): CoverDetails {
  const caveat = markingCaveat(briefing.marking, language ?? template.language);
  return {
    subtitle: given.subtitle ?? document.dossier.title,
    date: given.date ?? formatLongDate(briefing.updatedAt, language),
    author: given.author ?? '',
    reference: given.reference ?? defaultReference(briefing),
    caveat: given.caveat ?? caveat,
    distribution: given.distribution ?? template.cover?.distribution ?? [],
  };
}

/** "DD-20240212-BRABAT": the day the briefing was started and the start of its id. */
function defaultReference(briefing: Briefing): string {
  const day = briefing.createdAt.slice(0, 10).replaceAll('-', '');
  const id = briefing.id
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 6)
    .toUpperCase();
  return `DD-${day}-${id}`;
}

const LABEL_STOP = 1985; // 3.5 cm: where cover values start after their label

/** A run that Word lays out right to left when it holds Arabic (or Hebrew) script. */
function run(text: string, format: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ ...format, text, rightToLeft: hasRightToLeftText(text) || undefined });
}

export function renderCover(
  template: Template,
  briefing: Briefing,
  details: CoverDetails,
  ctx: Pick<RenderContext, 'labels' | 'rightToLeft'>,
): DocxBlock[] {
  const { labels } = ctx;
  const bidirectional = ctx.rightToLeft || undefined;
  const muted = wordColor(template.colors.muted);
  const accent = wordColor(template.colors.accent);
  const detail = (label: string, value: string) =>
    new Paragraph({
      style: STYLE.coverDetail,
      bidirectional,
      tabStops: [{ type: TabStopType.LEFT, position: LABEL_STOP }],
      children: [run(label, { bold: true, color: muted }), run(`\t${value}`)],
    });

  const blocks: DocxBlock[] = [];
  for (const field of template.cover?.fields ?? []) {
    switch (field) {
      case 'marking':
        blocks.push(new Paragraph({ spacing: { before: 240 } }), ...markingBanner(briefing.marking, 16));
        break;
      case 'title':
        blocks.push(
          new Paragraph({ style: STYLE.coverTitle, bidirectional, children: [run(briefing.title)] }),
        );
        break;
      case 'subtitle':
        if (details.subtitle)
          blocks.push(
            new Paragraph({ style: STYLE.coverSubtitle, bidirectional, children: [run(details.subtitle)] }),
          );
        break;
      case 'date':
        if (details.date) blocks.push(detail(labels.date, details.date));
        if (briefing.status === 'draft') blocks.push(detail(labels.status, labels.draft));
        break;
      case 'author':
        if (details.author) blocks.push(detail(labels.author, details.author));
        break;
      case 'reference':
        if (details.reference) blocks.push(detail(labels.reference, details.reference));
        break;
      case 'caveat':
        if (details.caveat) {
          const edge = { style: BorderStyle.SINGLE, size: 8, color: accent, space: 6 };
          blocks.push(
            new Paragraph({
              spacing: { before: 360, after: 240 },
              bidirectional,
              border: { top: edge, bottom: edge, left: edge, right: edge },
              children: [run(`${labels.handling}: `, { bold: true }), run(details.caveat)],
            }),
          );
        }
        break;
      case 'distribution':
        if (details.distribution.length > 0) {
          blocks.push(
            new Paragraph({
              style: STYLE.coverDetail,
              spacing: { before: 240 },
              bidirectional,
              children: [run(labels.distribution, { bold: true, color: muted })],
            }),
            ...details.distribution.map(
              (name) =>
                new Paragraph({
                  style: STYLE.coverDetail,
                  bidirectional,
                  // Word takes `left` as the start edge: the right in a right-to-left paragraph.
                  indent: { left: LABEL_STOP },
                  children: [run(name)],
                }),
            ),
          );
        }
        break;
    }
  }
  return blocks;
}
