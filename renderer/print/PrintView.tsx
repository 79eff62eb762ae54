// The print view: a briefing laid out on the template's pages, with the marking at the top and bottom of
// every page, "Page X of N", a contents page with page numbers and the footnotes at the foot of the page of
// their first citation. "Export to PDF" and "Print" both show it; on paper only the pages appear. It lays
// the pages out itself (measure every block, then fill pages: print-pagination.ts), so the contents know the
// page of every heading, in Chromium's PDF (Electron's printToPDF) and in a browser's print dialog alike.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { describeSourceText, exportLabels, fillLabel, headingNumberer } from '../../shared/export';
import { isRightToLeft } from '../../shared/i18n/languages';
import {
  type BlockNode,
  type Briefing,
  briefingLanguage,
  citationNumbers,
  type DossierDocument,
  markingLabel,
  markingLevel,
  plainTextOf,
  type Template,
} from '../../shared/model';
import { flushOpenBriefings } from '../briefing/use-briefing-autosave';
import { db, store } from '../db';
import { readAttachment } from '../db/attachments';
import { currentLanguage, useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { templateById, templates } from '../templates';
import { PrintBlock, type PrintBlockContext } from './PrintBlocks';
import { paginatePrintBlocks } from './print-pagination';
import { type PrintRequest, usePrintRequest } from './print-request';
import './print-view.css';

const PX_PER_MM = 96 / 25.4;
const PAPER_MM = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
/** Contents entries that fit on a contents page, at one line each. */
const ENTRIES_PER_CONTENTS_PAGE = 32;

interface Loaded {
  readonly document: DossierDocument;
  readonly briefing: Briefing;
  readonly template: Template;
  readonly images: ReadonlyMap<string, string>;
}

interface ContentsEntry {
  readonly level: number;
  readonly title: string;
  readonly block: number;
}

/** Mounted once by the app: the print view of the briefing asked for, when one is. */
export function PrintView() {
  const request = usePrintRequest();
  if (!request) return null;
  return createPortal(
    <PrintJob key={`${request.briefingId}:${request.mode}`} request={request} />,
    document.body,
  );
}

async function loadBriefing(briefingId: string): Promise<Loaded> {
  await flushOpenBriefings();
  const stored = await db.briefings.get(briefingId);
  if (!stored) throw new Error('This briefing is no longer in the library.');
  const document = await store.dossierDocument(stored.dossierId);
  const briefing = document.briefings.find((candidate) => candidate.id === briefingId) ?? stored;
  const template = templateById(briefing.templateId) ?? (templates[0] as Template);
  const images = new Map<string, string>();
  for (const attachment of document.attachments) {
    if (!attachment.mimeType.startsWith('image/')) continue;
    try {
      images.set(attachment.id, URL.createObjectURL(await readAttachment(db, attachment.id)));
    } catch {
      // A missing image prints as its description, as the Word export writes it.
    }
  }
  return { document, briefing, template, images };
}

/** Heading numbers as the template numbers them: 1., 1.1, 1.1.1. */
function headingNumbers(blocks: readonly BlockNode[], template: Template): Map<BlockNode, string> {
  const numbers = new Map<BlockNode, string>();
  if (template.headings.numbering === 'none') return numbers;
  const nextNumber = headingNumberer();
  for (const block of blocks) {
    if (block.type === 'heading') numbers.set(block, nextNumber(block.attrs.level));
  }
  return numbers;
}

function PrintJob({ request }: { request: PrintRequest }) {
  const t = useT('pdf');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pages, setPages] = useState<number[][] | null>(null);
  const [busy, setBusy] = useState(false);
  const measure = useRef<HTMLDivElement>(null);
  // The button for what was asked (Save as PDF, or Print) takes the focus once the pages are ready.
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pages) primary.current?.focus();
  }, [pages]);

  useLayoutEffect(() => {
    let live = true;
    loadBriefing(request.briefingId)
      .then((value) => live && setLoaded(value))
      .catch((error: unknown) => {
        reportError(error);
        request.done();
      });
    return () => {
      live = false;
    };
  }, [request]);

  useLayoutEffect(
    () => () => {
      for (const url of loaded?.images.values() ?? []) URL.revokeObjectURL(url);
    },
    [loaded],
  );

  const layout = useMemo(() => {
    if (!loaded) return null;
    const { briefing, template, document } = loaded;
    const blocks = briefing.content.content;
    const numbers = headingNumbers(blocks, template);
    const cited = citationNumbers(briefing.content);
    const sources = new Map(document.sources.map((source) => [source.id, source]));
    // The printed words follow the briefing's language, as in its Word export.
    const language = briefingLanguage(briefing, template);
    const words = { language, labels: exportLabels(language, template) };
    // Each source's footnote goes with the first block citing it.
    const footnotesOf = blocks.map(() => [] as { number: number; text: string }[]);
    const seen = new Set<string>();
    blocks.forEach((block, index) => {
      const found: string[] = [];
      const visit = (node: unknown) => {
        if (!node || typeof node !== 'object') return;
        const value = node as { type?: string; attrs?: { sourceId?: string }; content?: unknown[] };
        if (value.type === 'citation' && value.attrs?.sourceId) found.push(value.attrs.sourceId);
        for (const child of value.content ?? []) visit(child);
      };
      visit(block);
      for (const sourceId of found) {
        const source = sources.get(sourceId);
        const number = cited.get(sourceId);
        if (seen.has(sourceId) || !source || number === undefined) continue;
        seen.add(sourceId);
        footnotesOf[index]?.push({ number, text: describeSourceText(source, words) });
      }
    });
    const contents: ContentsEntry[] = [];
    blocks.forEach((block, index) => {
      if (block.type !== 'heading') return;
      const text = plainTextOf({ type: 'doc', content: [block] })
        .replace(/\s+/g, ' ')
        .trim();
      const number = numbers.get(block);
      contents.push({ level: block.attrs.level, title: number ? `${number} ${text}` : text, block: index });
    });
    const ctx: PrintBlockContext = {
      citationNumbers: cited,
      imageUrl: (id) => loaded.images.get(id),
      headingNumber: (node) => numbers.get(node) ?? '',
    };
    const paper = PAPER_MM[template.page.size];
    const { margins } = template.page;
    return {
      words,
      blocks,
      ctx,
      footnotesOf,
      contents: template.tableOfContents ? contents : [],
      paper,
      margins,
      bodyWidth: (paper.width - margins.left - margins.right) * PX_PER_MM,
      bodyHeight: (paper.height - margins.top - margins.bottom) * PX_PER_MM,
    };
  }, [loaded]);

  // Measure every block (and its footnotes) at the page's text width, then fill the pages.
  useLayoutEffect(() => {
    if (!layout || !measure.current) return;
    const heights = [...measure.current.querySelectorAll<HTMLElement>(':scope > .print-block')].map(
      (element) => element.getBoundingClientRect().height,
    );
    const notes = [...measure.current.querySelectorAll<HTMLElement>(':scope > .print-footnotes')].map(
      (element) => [...element.children].map((child) => child.getBoundingClientRect().height),
    );
    const measured = layout.blocks.map((block, index) => ({
      height: heights[index] ?? 0,
      keepWithNext: block.type === 'heading',
      footnotes: notes[index] ?? [],
    }));
    setPages(paginatePrintBlocks(measured, layout.bodyHeight).map((page) => page.blocks));
  }, [layout]);

  if (!loaded || !layout) return null;
  const { briefing } = loaded;
  const level = markingLevel(briefing.marking);
  const label = markingLabel(briefing.marking);
  const contentsPages = layout.contents.length
    ? Math.ceil(layout.contents.length / ENTRIES_PER_CONTENTS_PAGE)
    : 0;
  const total = contentsPages + (pages?.length ?? 0);
  const pageOfBlock = new Map<number, number>();
  pages?.forEach((page, index) => {
    for (const block of page) pageOfBlock.set(block, contentsPages + index + 1);
  });
  const pageStyle = { width: `${layout.paper.width}mm`, height: `${layout.paper.height}mm` };
  const bodyStyle = {
    top: `${layout.margins.top}mm`,
    left: `${layout.margins.left}mm`,
    width: `${layout.bodyWidth}px`,
    height: `${layout.bodyHeight}px`,
  };
  const fonts = {
    fontFamily: `"${loaded.template.fonts.body}", "Liberation Sans", Arial, sans-serif`,
    fontSize: `${loaded.template.fonts.size}pt`,
  };
  const marking = (where: 'top' | 'bottom') => (
    <div className={`print-marking print-marking-${where}`}>
      <span style={{ color: level.textColor, background: level.backgroundColor }}>{label}</span>
    </div>
  );
  const frame = (number: number, children: React.ReactNode) => (
    <section
      key={number}
      className={`print-page print-paper-${loaded.template.page.size}`}
      style={{ ...pageStyle, ...fonts }}
      data-page={number}
    >
      {marking('top')}
      <div className="print-page-body" style={bodyStyle}>
        {children}
      </div>
      <div
        className="print-page-foot"
        style={{ left: `${layout.margins.left}mm`, width: `${layout.bodyWidth}px` }}
      >
        <div className="print-page-number">
          {fillLabel(layout.words.labels.pageFooter, { page: String(number), pages: String(total) })}
        </div>
        {marking('bottom')}
      </div>
    </section>
  );

  const finish = async (action: 'pdf' | 'print') => {
    setBusy(true);
    const title = window.document.title;
    // The PDF's title is the document's; the language is the page's (set by i18n on <html lang>).
    window.document.title = briefing.title;
    try {
      if (action === 'print') window.print();
      else {
        const saved = await platform.printToPdf({
          title: t('saveAsPdf'),
          suggestedName: `${briefing.title.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`,
        });
        if (!saved.canceled)
          dispatch({ type: 'notice/show', tone: 'info', text: t('exported', { name: saved.name }) });
      }
      request.done();
    } catch (error) {
      reportError(error);
      setBusy(false);
    } finally {
      window.document.title = title;
    }
  };

  return (
    <div className="print-view" lang={currentLanguage()} data-ready={pages ? 'true' : 'false'}>
      <div className="print-toolbar" role="toolbar" aria-label={t('toolbar')}>
        <button
          type="button"
          disabled={!pages || busy}
          onClick={() => void finish('pdf')}
          ref={request.mode === 'pdf' ? primary : undefined}
        >
          {t('saveAsPdf')}
        </button>
        <button
          type="button"
          disabled={!pages || busy}
          onClick={() => void finish('print')}
          ref={request.mode === 'print' ? primary : undefined}
        >
          {t('print')}
        </button>
        <button type="button" onClick={() => request.done()}>
          {t('close')}
        </button>
      </div>
      {!pages && (
        <div
          ref={measure}
          className="print-measure"
          style={{ width: `${layout.bodyWidth}px`, ...fonts }}
          aria-hidden="true"
        >
          {layout.blocks.map((block, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are measured by their order, which never changes here
            <div key={`${index}`} className="print-block">
              <PrintBlock node={block} ctx={layout.ctx} />
            </div>
          ))}
          {layout.footnotesOf.map((notes, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one footnote group per block, in the blocks' order
            <div key={`n${index}`} className="print-footnotes">
              {notes.map((note) => (
                <p key={note.number} className="print-footnote">
                  <sup>{note.number}</sup> {note.text}
                </p>
              ))}
            </div>
          ))}
        </div>
      )}
      {pages && (
        <div
          className="print-pages"
          lang={layout.words.language}
          dir={isRightToLeft(layout.words.language) ? 'rtl' : 'ltr'}
        >
          {contentsPages > 0 &&
            Array.from({ length: contentsPages }, (_, index) =>
              frame(
                index + 1,
                <>
                  {index === 0 && <h1 className="print-contents-title">{layout.words.labels.contents}</h1>}
                  <ol className="print-contents">
                    {layout.contents
                      .slice(index * ENTRIES_PER_CONTENTS_PAGE, (index + 1) * ENTRIES_PER_CONTENTS_PAGE)
                      .map((entry) => (
                        <li key={entry.block} className={`print-contents-level-${entry.level}`}>
                          <span>{entry.title}</span>
                          <span className="print-contents-page">{pageOfBlock.get(entry.block)}</span>
                        </li>
                      ))}
                  </ol>
                </>,
              ),
            )}
          {pages.map((page, index) => {
            const notes = page.flatMap((block) => layout.footnotesOf[block] ?? []);
            return frame(
              contentsPages + index + 1,
              <>
                {page.map((block) => (
                  <div key={block} className="print-block">
                    <PrintBlock node={layout.blocks[block] as BlockNode} ctx={layout.ctx} />
                  </div>
                ))}
                {notes.length > 0 && (
                  <div className="print-footnotes print-footnotes-placed">
                    {notes.map((note) => (
                      <p key={note.number} className="print-footnote">
                        <sup>{note.number}</sup> {note.text}
                      </p>
                    ))}
                  </div>
                )}
              </>,
            );
          })}
        </div>
      )}
    </div>
  );
}
