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
import { estimatePageNumbersWith } from 'docx/layout';
import { throwIfCancelled } from '../../errors';
import {
  type BlockNode,
  type Briefing,
  type BriefingMarkingCheck,
  citationNumbers,
  type DossierDocument,
  MARKING_SCHEMES,
  markingLabel,
  type RichTextNode,
  type Template,
} from '../../model';
import { appendBlocks, renderBlock, renderBlocks } from '../blocks';
import { renderSourcesAnnex } from '../citation';
import { formatLongDate } from '../dates';
import { EXPORT_CANCELLED_MESSAGE, type ExportWarning } from '../export-error';
import { headingNumbering } from '../heading';
import { bulletNumbering } from '../list';
import { applyOfficeReference, type OfficeReference, type ReferencePage } from '../reference';
import type { AttachmentReader, DocxBlock, Placement, RenderContext } from '../render-context';
import { mmToTwips, PAPER_SIZES, wordColor } from '../units';
import { ContentsCollector, renderContents } from './contents';
import { type CoverDetails, renderCover, resolveCoverDetails } from './cover';
import { docxFileName, findBriefing } from './find';
import { checkExportMarking } from './marking-check';
import { packDocx } from './pack';
import { pageFooter, pageHeader } from './page-banner';
import type { PlaceholderValues } from './placeholders';
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
  readonly warnings: readonly ExportWarning[];
  /** Whether the briefing is marked at least as high as what it cites; see describeMarkingCheck. */
  readonly markingCheck: BriefingMarkingCheck;
}

/**
 * Laying out the pages for the contents' page numbers costs about 50 ms a page; up to this many rich-text
 * nodes (some 30 pages) it stays near a second. Longer briefings get their numbers when Word updates the
 * contents.
 */
export const CONTENTS_LAYOUT_NODE_LIMIT = 2_000;

/** Blocks rendered between progress reports and chances to notice a cancel. */
const BLOCKS_PER_STEP = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether the briefing has more than `limit` rich-text nodes; counting stops there. */
function hasMoreNodesThan(briefing: Briefing, limit: number): boolean {
  let count = 0;
  const stack: RichTextNode[] = [briefing.content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    count += 1;
    if (count > limit) return true;
    const content = 'content' in node ? (node.content as readonly RichTextNode[] | undefined) : undefined;
    if (content) for (const child of content) stack.push(child);
  }
  return false;
}

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
  const { document, template, signal, onProgress } = request;
  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  const briefing = findBriefing(document, request.briefing);
  const area = textArea(template, request.reference?.page);
  const warnings: ExportWarning[] = [];
  let listInstance = 0;
  const wantsLayout = request.contentsPageNumbers ?? 'auto';
  const layOut =
    template.tableOfContents &&
    (wantsLayout === 'always' ||
      (wantsLayout === 'auto' && !hasMoreNodesThan(briefing, CONTENTS_LAYOUT_NODE_LIMIT)));
  if (template.tableOfContents && !layOut) {
    warnings.push({
      code: 'CONTENTS_WITHOUT_PAGE_NUMBERS',
      message:
        'The contents list every heading but no page numbers, as the briefing is long; in Word, right-click the contents and choose Update Field to add them.',
    });
  }
  const contents = template.tableOfContents && !layOut ? new ContentsCollector() : undefined;

  const ctx: RenderContext = {
    template,
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
    renderBlocks: (blocks, placement) => renderBlocks(blocks, ctx, placement),
  };

  // ---- The briefing's blocks, with progress and a chance to cancel every so often.
  const body: Placement = { indent: 0, width: area.width, listDepth: 0, quote: false };
  const blocks = briefing.content.content;
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
  appendBlocks(content, renderSourcesAnnex(ctx, area.width));
  // A document must not be empty, and Word wants a paragraph after a closing table.
  if (!(content[content.length - 1] instanceof Paragraph)) content.push(new Paragraph({}));
  onProgress?.({ phase: 'packing', fraction: 0.3 });

  // ---- Page furniture and sections: cover, contents, body.
  const details = resolveCoverDetails(document, briefing, template, request.cover);
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
    headers: { default: pageHeader(template, briefing.marking, values) },
    footers: { default: pageFooter(template, briefing.marking, values) },
    children,
  });
  const sections: ISectionOptions[] = [];
  if (template.cover) sections.push(section(renderCover(template, briefing, details)));
  if (template.tableOfContents) sections.push(section(renderContents(contents)));
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
      { name: 'BriefingDate', value: formatLongDate(briefing.updatedAt) },
    ],
    styles: documentStyles(template),
    numbering: { config: [bulletNumbering(), ...headingNumbering(template)] },
    pageNumbers: layOut ? estimatePageNumbersWith({ guess: true }) : undefined,
    sections,
  });

  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  const reference = request.reference;
  const bytes = await packDocx(docx, reference && ((parts) => applyOfficeReference(parts, reference)));
  throwIfCancelled(signal, EXPORT_CANCELLED_MESSAGE);
  onProgress?.({ phase: 'done', fraction: 1 });
  return {
    bytes,
    fileName: docxFileName(briefing),
    briefing,
    warnings,
    markingCheck: checkExportMarking(document, briefing),
  };
}
