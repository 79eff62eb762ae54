// Assembles a briefing into a Word document laid out by its template: cover, contents, the briefing's
// blocks (the first section boxed when the template says so), the sources annex, the marking and page
// numbers on every page, and the document's properties. The one exporter: the app's worker and the
// `dossier export` command both call exportBriefingToDocx.

import {
  BorderStyle,
  Document,
  type ISectionOptions,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { throwIfCancelled } from '../../errors';
import { isRightToLeft, type Language } from '../../i18n/languages';
import {
  type BlockNode,
  type Briefing,
  type BriefingMarkingCheck,
  briefingLanguage,
  citationNumbers,
  type DossierDocument,
  localizeTemplate,
  MARKING_SCHEMES,
  markingLabel,
  type Template,
} from '../../model';
import { appendBlocks, renderBlock, renderBlocks } from '../blocks';
import { describeSourceText, renderSourcesAnnex } from '../citation';
import { formatLongDate } from '../dates';
import { EXPORT_CANCELLED_MESSAGE, type ExportWarning } from '../export-error';
import { headingNumbering } from '../heading';
import { exportLabels } from '../labels';
import { layOutContentsPages } from '../layout';
import { bulletNumbering } from '../list';
import { applyOfficeReference, type OfficeReference, type ReferencePage } from '../reference';
import type { AttachmentReader, DocxBlock, Placement, RenderContext } from '../render-context';
import { mmToTwips, PAPER_SIZES, wordColor } from '../units';
import { ContentsCollector, renderContents } from './contents';
import { type CoverDetails, renderCover, resolveCoverDetails } from './cover';
import { docxFileName, findBriefing, findBriefingVersion } from './find';
import { checkExportMarking } from './marking-check';
import { type DocxPartsEdit, packDocx } from './pack';
import { pageFooter, pageHeader } from './page-banner';
import type { PlaceholderValues } from './placeholders';
import { rightToLeftThroughout } from './right-to-left';
import { documentStyles } from './styles';

export interface ExportProgress {
  /** `rendering`: turning the briefing's blocks into Word's; `packing`: writing and zipping the file. */
  readonly phase: 'rendering' | 'packing' | 'done';
  /** 0 to 1. Packing gives no progress of its own, so it holds at the last rendering figure until done. */
  readonly fraction: number;
}

export interface ExportBriefingRequest {
  readonly document: DossierDocument;
  /** The briefing's id or title; the first briefing when left out. */
  readonly briefing?: string;
  readonly template: Template;
  /** The language to print the labels and dates in, over the briefing's own (`dossier export --language`). */
  readonly language?: Language;
  /** The bytes of the dossier's attachments, for its images. */
  readonly readAttachment: AttachmentReader;
  /** Cover details beyond what the dossier holds (author, reference, …). */
  readonly cover?: Partial<CoverDetails>;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops the export between blocks with CancelledError (code CANCELLED). */
  readonly signal?: AbortSignal;
  /**
   * Whether the contents list gets page numbers now, by laying the pages out as Word would (`auto`: when the
   * briefing is short enough for that to be quick). Without them the contents still list every heading, and
   * Word adds the numbers when the user updates the field.
   */
  readonly contentsPageNumbers?: 'auto' | 'always' | 'never';
  /**
   * Exports the briefing's differences from this saved version (its name or id) as Word revisions, for a
   * reviewer to accept or reject; they are credited to the cover's author, dated when the briefing was saved.
   */
  readonly changesSince?: string;
  /**
   * An office's reference document (readOfficeReference): its styles, theme, page setup and header and footer
   * content dress the document; the marking stays first and last on every page.
   */
  readonly reference?: OfficeReference;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** A file name made from the briefing's title, e.g. "Note for the director.docx". */
  readonly fileName: string;
  readonly briefing: Briefing;
  /** The language its labels and dates are printed in. */
  readonly language: Language;
  readonly warnings: readonly ExportWarning[];
  /** Whether the briefing is marked at least as high as what it cites; see describeMarkingCheck. */
  readonly markingCheck: BriefingMarkingCheck;
}

/** What the document's properties say of the contents' page numbers, so nobody takes them for Word's own. */
export const CONTENTS_PAGE_NUMBERS_NOTE =
  "Computed by Dossier Desk's page layout when exported; in Word, update the contents to recount them.";

/** Blocks rendered between progress reports and chances to notice a cancel. */
const BLOCKS_PER_STEP = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The page's text area in twips: the reference document's page when there is one, else the template's. */
function textArea(template: Template, page?: ReferencePage) {
  if (page) {
    return {
      paper: { width: page.width, height: page.height },
      margin: page.margin,
      width: page.width - page.margin.left - page.margin.right - page.margin.gutter,
    };
  }
  const paper = PAPER_SIZES[template.page.size];
  const margins = template.page.margins;
  return {
    paper,
    margin: {
      top: mmToTwips(margins.top),
      right: mmToTwips(margins.right),
      bottom: mmToTwips(margins.bottom),
      left: mmToTwips(margins.left),
      header: mmToTwips(Math.min(10, margins.top / 2)),
      footer: mmToTwips(Math.min(8, margins.bottom / 2)),
    },
    width: paper.width - mmToTwips(margins.left) - mmToTwips(margins.right),
  };
}

/** A shaded, ruled box holding the first section, as a situation report opens with its summary. */
function summaryBox(blocks: DocxBlock[], template: Template, width: number): Table {
  const edge = { style: BorderStyle.SINGLE, size: 12, color: wordColor(template.colors.accent) };
  if (!(blocks[blocks.length - 1] instanceof Paragraph)) blocks.push(new Paragraph({}));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: { top: edge, bottom: edge, left: edge, right: edge },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: blocks,
            width: { size: width, type: WidthType.DXA },
            shading: { fill: wordColor(template.colors.tableHeader) },
            margins: { top: 120, bottom: 60, left: 180, right: 180 },
          }),
        ],
      }),
    ],
  });
}

/** The blocks of the first section: up to the second level-1 heading. */
function firstSectionLength(blocks: readonly BlockNode[]): number {
  const next = blocks.findIndex(
    (block, index) => index > 0 && block.type === 'heading' && block.attrs.level === 1,
  );
  return next === -1 ? blocks.length : next;
}

export async function exportBriefingToDocx(request: ExportBriefingRequest): Promise<ExportResult> {
  const { document, signal, onProgress } = request;
  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  const briefing = findBriefing(document, request.briefing);
  const language = request.language ?? briefingLanguage(briefing, request.template);
  // The template's name (for its {template} placeholder) in the briefing's language; the layout is the same.
  const template = localizeTemplate(request.template, language);
  const rightToLeft = isRightToLeft(language);
  const area = textArea(template, request.reference?.page);
  const warnings: ExportWarning[] = [];
  let listInstance = 0;
  // The page layout is quick at any length (a few milliseconds a hundred pages), so `auto` always lays out.
  const layOut = template.tableOfContents && request.contentsPageNumbers !== 'never';
  if (template.tableOfContents && !layOut) {
    warnings.push({
      code: 'CONTENTS_WITHOUT_PAGE_NUMBERS',
      message:
        'The contents list every heading but no page numbers, as asked; in Word, right-click the contents and choose Update Field to add them.',
    });
  }
  const contents = template.tableOfContents ? new ContentsCollector() : undefined;
  const details = resolveCoverDetails(document, briefing, template, request.cover, language);
  const review =
    request.changesSince === undefined
      ? undefined
      : // Loaded only for a review export: the comparison brings the diff library with it.
        (await import('../revisions')).changesSince(
          findBriefingVersion(document, briefing, request.changesSince).content,
          briefing.content,
        );
  const reviewer = { author: details.author || 'Dossier Desk', date: briefing.updatedAt };
  let revisionId = 0;

  const ctx: RenderContext = {
    template,
    language,
    labels: exportLabels(language, request.template),
    rightToLeft,
    sources: new Map(document.sources.map((source) => [source.id, source])),
    attachments: new Map(document.attachments.map((attachment) => [attachment.id, attachment])),
    readAttachment: request.readAttachment,
    citationNumbers: citationNumbers(briefing.content),
    footnoted: new Set(),
    nextListInstance: () => {
      listInstance += 1;
      return listInstance;
    },
    warnings,
    contents,
    revisionOf: review
      ? (node) => {
          const kind = review.revisions.get(node);
          if (!kind) return undefined;
          revisionId += 1;
          return { kind, id: revisionId, ...reviewer };
        }
      : undefined,
    renderBlocks: (blocks, placement) => renderBlocks(blocks, ctx, placement),
  };

  // ---- The briefing's blocks, with progress and a chance to cancel every so often.
  const body: Placement = { indent: 0, width: area.width, listDepth: 0, quote: false };
  const blocks = review ? review.content : briefing.content.content;
  const boxed = template.summaryBox ? firstSectionLength(blocks) : 0;
  const content: DocxBlock[] = [];
  if (boxed > 0) {
    const inner: Placement = { ...body, width: area.width - 360 };
    content.push(summaryBox(renderBlocks(blocks.slice(0, boxed), ctx, inner), template, area.width));
    content.push(new Paragraph({ spacing: { after: 0 } }));
  }
  for (let index = boxed; index < blocks.length; index += 1) {
    appendBlocks(content, renderBlock(blocks[index] as BlockNode, ctx, body));
    if ((index + 1) % BLOCKS_PER_STEP === 0) {
      onProgress?.({ phase: 'rendering', fraction: (0.3 * (index + 1)) / blocks.length });
      // Only a caller that can cancel needs the event loop to deliver its abort; a worker is terminated instead.
      if (signal) {
        await yieldToEventLoop();
        throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
      }
    }
  }
  const annex = renderSourcesAnnex(ctx, area.width);
  appendBlocks(content, annex);
  if (contents && layOut) {
    contents.setPages(
      layOutContentsPages({
        template,
        marking: briefing.marking,
        blocks,
        sources: ctx.sources,
        readAttachment: request.readAttachment,
        footnoteText: (source) => describeSourceText(source, ctx),
        contents: contents.entries,
        sourcesAnnex: annex.length > 0,
      }),
    );
  }
  // A document must not be empty, and Word wants a paragraph after a closing table.
  if (!(content[content.length - 1] instanceof Paragraph)) content.push(new Paragraph({}));
  onProgress?.({ phase: 'packing', fraction: 0.3 });

  // ---- Page furniture and sections: cover, contents, body.
  const values: PlaceholderValues = {
    title: briefing.title,
    dossier: document.dossier.title,
    reference: details.reference,
    date: details.date,
    author: details.author,
    template: template.name,
  };
  const section = (children: DocxBlock[] | ISectionOptions['children']): ISectionOptions => ({
    properties: {
      page: {
        size: { width: area.paper.width, height: area.paper.height },
        margin: area.margin,
      },
    },
    headers: { default: pageHeader(template, briefing.marking, values, ctx) },
    footers: { default: pageFooter(template, briefing.marking, values, ctx) },
    children,
  });
  const sections: ISectionOptions[] = [];
  if (template.cover) sections.push(section(renderCover(template, briefing, details, ctx)));
  if (template.tableOfContents) sections.push(section(renderContents(contents, ctx)));
  sections.push(section(content));

  const label = markingLabel(briefing.marking);
  const docx = new Document({
    title: briefing.title,
    subject: document.dossier.title,
    creator: details.author || 'Dossier Desk',
    lastModifiedBy: details.author || 'Dossier Desk',
    keywords: [label, ...document.dossier.tags].join('; '),
    description: `${template.name} · ${label} · ${details.caveat}`,
    customProperties: [
      { name: 'Marking', value: label },
      { name: 'MarkingScheme', value: MARKING_SCHEMES[briefing.marking.scheme].name },
      { name: 'HandlingCaveat', value: details.caveat },
      { name: 'Reference', value: details.reference },
      { name: 'Template', value: template.id },
      { name: 'BriefingStatus', value: briefing.status },
      { name: 'BriefingDate', value: formatLongDate(briefing.updatedAt, language) },
      { name: 'Language', value: language },
      ...(layOut ? [{ name: 'ContentsPageNumbers', value: CONTENTS_PAGE_NUMBERS_NOTE }] : []),
      ...(request.changesSince === undefined ? [] : [{ name: 'ChangesSince', value: request.changesSince }]),
    ],
    // A reviewer's own edits are tracked too, beside the ones exported.
    features: review ? { trackRevisions: true } : undefined,
    styles: documentStyles(template),
    numbering: { config: [bulletNumbering(), ...headingNumbering(template)] },
    sections,
  });

  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  const reference = request.reference;
  // The office's parts first, then right to left over them (the reference's defaults would undo w:bidi).
  const edit: DocxPartsEdit | undefined =
    reference || rightToLeft
      ? (parts) => {
          if (reference) applyOfficeReference(parts, reference);
          if (rightToLeft) rightToLeftThroughout(parts);
        }
      : undefined;
  const bytes = await packDocx(docx, edit);
  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  onProgress?.({ phase: 'done', fraction: 1 });
  return {
    bytes,
    fileName: docxFileName(briefing),
    briefing,
    language,
    warnings,
    markingCheck: checkExportMarking(document, briefing),
  };
}
