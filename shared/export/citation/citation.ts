// Citations as real Word footnotes. The first citation of a source writes its footnote (outlet, author,
// title, date, link and grading); a later citation of the same source points back to that footnote with a
// NOTEREF field, so a source keeps one number throughout, as the editor numbers it.

import {
  Bookmark,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  type ParagraphChild,
  SimpleField,
  TextRun,
} from 'docx';
import { type CitationNode, formatGrading, type Source } from '../../model';
import { formatLongDate } from '../dates';
import { fillLabel } from '../labels';
import type { RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { textRun } from '../xml';

/** The hidden bookmark (a leading underscore hides it in Word) on a source's footnote reference. */
export function citationBookmark(citationNumber: number): string {
  return `_RefCite${citationNumber}`;
}

/** A repeat citation: Word's cross-reference to a footnote, showing its number formatted as a note mark. */
class FootnoteCrossReference extends SimpleField {
  constructor(citationNumber: number) {
    // \f: formatted as a footnote reference; \h: a link to the note.
    super(`NOTEREF ${citationBookmark(citationNumber)} \\f \\h`);
    this.root.push(new TextRun({ text: String(citationNumber), style: STYLE.footnoteReference }));
  }
}

/** The parts of a source's description, in the briefing's language: "Outlet, Author: “Title”, 5 February
 * 2024.", its link, its grading. */
function sourceDescription(source: Source, ctx: SourceWords) {
  const { language, labels } = ctx;
  const lead = [source.outlet, source.author].filter((part) => part.trim() !== '').join(', ');
  const date = source.publishedAt
    ? formatLongDate(source.publishedAt, language)
    : fillLabel(labels.retrieved, { date: formatLongDate(source.retrievedAt, language) });
  return {
    text: `${lead ? `${lead}: ` : ''}“${source.title}”, ${date}.`,
    url: source.url,
    grading: ` ${fillLabel(labels.grading, { grading: formatGrading(source.grading) })}.`,
  };
}

/** What a source's description needs to know: the language and its labels. */
export type SourceWords = Pick<RenderContext, 'language' | 'labels'>;

/** "Outlet, Author: “Title”, 5 February 2024. https://… Grading B2." as runs, in the briefing's language. */
export function describeSource(source: Source, ctx: SourceWords): ParagraphChild[] {
  const { text, url, grading } = sourceDescription(source, ctx);
  const runs: ParagraphChild[] = [textRun(text)];
  if (url) {
    runs.push(textRun(' '));
    runs.push(new ExternalHyperlink({ link: url, children: [textRun(url, { style: STYLE.hyperlink })] }));
  }
  runs.push(textRun(grading));
  return runs;
}

/** The same description as plain text, for measuring the footnote. */
export function describeSourceText(source: Source, ctx: SourceWords): string {
  const { text, url, grading } = sourceDescription(source, ctx);
  return `${text}${url ? ` ${url}` : ''}${grading}`;
}

export function renderCitation(node: CitationNode, ctx: RenderContext): ParagraphChild {
  const { sourceId } = node.attrs;
  const source = ctx.sources.get(sourceId);
  const citationNumber = ctx.citationNumbers.get(sourceId);
  if (!source || citationNumber === undefined) {
    ctx.warnings.push({
      code: 'SOURCE_MISSING',
      message: `A citation points at source "${sourceId}", which is not in the dossier; it is shown as [?].`,
    });
    return new TextRun({ text: '[?]', superScript: true });
  }
  if (ctx.footnoted.has(sourceId)) return new FootnoteCrossReference(citationNumber);
  ctx.footnoted.add(sourceId);
  return new Bookmark({
    id: citationBookmark(citationNumber),
    children: [
      new FootnoteReferenceRun({
        children: [
          new Paragraph({
            style: STYLE.footnoteText,
            bidirectional: ctx.rightToLeft || undefined,
            children: [textRun(' '), ...describeSource(source, ctx)],
          }),
        ],
      }),
    ],
  });
}
