// The app's layout in real Chromium: `dir="rtl"` on <html> mirrors it with the same style sheets (logical
// properties), and a printed briefing is the document only, black on white, over as many pages as it takes.

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { putRecords } from './support/database';

let browser: Browser;
let page: Page;
let pageErrors: string[];

const AT = '2024-05-01T10:00:00.000Z';
const PARAGRAPHS = 40;
const LINK = 'https://example.org/ministry-report';

function paragraph(...parts: (string | Record<string, unknown>)[]) {
  return {
    type: 'paragraph',
    content: parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part)),
  };
}

function cell(type: 'tableHeader' | 'tableCell', text: string) {
  return { type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(text)] };
}

const STAMPS = { createdAt: AT, updatedAt: AT };
const RECORD = { dossierId: 'dos1', ...STAMPS };
const SOURCE = {
  ...RECORD,
  outlet: 'Reuters',
  author: '',
  retrievedAt: '2024-04-30',
  language: 'en',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  notes: '',
  attachmentIds: [],
};
const EVENT = { ...RECORD, description: '', sourceIds: [], entityIds: [] };

/** A dossier with graded sources, two timeline events and a long briefing using every block kind. */
const RECORDS = {
  dossiers: [
    {
      ...STAMPS,
      id: 'dos1',
      title: 'Security cooperation',
      status: 'active',
      marking: { scheme: 'tlp', level: 'green' },
      markingRank: 'tlp:01',
      summary: '',
      tags: [],
    },
  ],
  sources: [
    {
      ...SOURCE,
      id: 'srcA',
      title: 'Joint declaration',
      marking: { scheme: 'tlp', level: 'clear' },
      grading: { reliability: 'A', credibility: 1 },
    },
    {
      ...SOURCE,
      id: 'srcB',
      title: 'Ministers meet in Rabat',
      marking: { scheme: 'tlp', level: 'green' },
      grading: { reliability: 'B', credibility: 2 },
    },
  ],
  timeline: [
    {
      ...EVENT,
      id: 'evt1',
      title: 'First meeting',
      date: { value: '2023-03-14', precision: 'day', approximate: false },
    },
    {
      ...EVENT,
      id: 'evt2',
      title: 'Declaration',
      date: { value: '2024-02-01', precision: 'day', approximate: false },
    },
  ],
  briefings: [
    {
      ...RECORD,
      id: 'brf1',
      title: 'Cooperation: where things stand',
      status: 'draft',
      marking: { scheme: 'tlp', level: 'green' },
      templateId: 'briefing-note',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Summary' }] },
          paragraph(
            'The declaration',
            { type: 'citation', attrs: { sourceId: 'srcA' } },
            ' follows the ',
            { type: 'text', text: 'ministry report', marks: [{ type: 'link', attrs: { href: LINK } }] },
            '.',
          ),
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [paragraph('First point of the summary')] }],
          },
          { type: 'blockquote', content: [paragraph('A line quoted from the declaration.')] },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [cell('tableHeader', 'Service'), cell('tableHeader', 'Role')] },
              { type: 'tableRow', content: [cell('tableCell', 'BKA'), cell('tableCell', 'Liaison')] },
            ],
          },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Assessment' }] },
          ...Array.from({ length: PARAGRAPHS }, (_, index) =>
            paragraph(
              `Assessment paragraph ${index + 1}: the liaison arrangements hold, and both services expect to widen them.`,
            ),
          ),
        ],
      },
    },
  ],
};

async function seed(): Promise<void> {
  await page.goto(inject('baseUrl'));
  // The app has opened (and so created) its database by the time the library shows.
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
  await putRecords(page, RECORDS);
}

async function openBriefing(): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/briefing/brf1`);
  await page.locator('.briefing-prose').getByText('Assessment paragraph 1:').waitFor();
}

interface Placement {
  /** From the container's left and right edges to the element's, in CSS pixels. */
  left: number;
  right: number;
  width: number;
}

/** Where an element sits across its container, as the user sees it. */
async function placement(element: Locator, container: Locator): Promise<Placement> {
  const [box, outer] = await Promise.all([element.boundingBox(), container.boundingBox()]);
  if (!box || !outer) throw new Error('an element to measure is not shown');
  return {
    left: box.x - outer.x,
    right: outer.x + outer.width - (box.x + box.width),
    width: box.width,
  };
}

/** A computed colour as 0–255 red, green and blue, whether written `rgb(…)` or `color(srgb …)`. */
function rgbOf(colour: string): number[] {
  const numbers = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return colour.startsWith('color(')
    ? numbers.slice(0, 3).map((channel) => Math.round(channel * 255))
    : numbers.slice(0, 3);
}

function setDirection(dir: 'ltr' | 'rtl'): Promise<void> {
  return page.evaluate((value) => {
    document.documentElement.dir = value;
  }, dir);
}

/** Measures each landmark left to right, then right to left; each pair should be mirror images. */
async function mirrorPairs(landmarks: Record<string, [Locator, Locator]>) {
  const measure = async () => {
    const out: Record<string, Placement> = {};
    for (const [name, [element, container]] of Object.entries(landmarks)) {
      out[name] = await placement(element, container);
    }
    return out;
  };
  await setDirection('ltr');
  const ltr = await measure();
  await setDirection('rtl');
  const rtl = await measure();
  await setDirection('ltr');
  return Object.keys(landmarks).map((name) => {
    const [before, after] = [ltr[name], rtl[name]] as [Placement, Placement];
    return { name, ltr: before, rtl: after };
  });
}

/** Whether a right-to-left placement is the left-to-right one seen in a mirror (to a pixel). */
function expectMirrored(pairs: Awaited<ReturnType<typeof mirrorPairs>>) {
  for (const { name, ltr, rtl } of pairs) {
    const context = `${name}: ltr ${JSON.stringify(ltr)}, rtl ${JSON.stringify(rtl)}`;
    // The landmarks sit off-centre, so a layout that did not mirror could not pass by symmetry.
    expect(Math.abs(ltr.left - ltr.right), context).toBeGreaterThan(4);
    expect(Math.abs(rtl.left - ltr.right), context).toBeLessThanOrEqual(1);
    expect(Math.abs(rtl.right - ltr.left), context).toBeLessThanOrEqual(1);
    expect(Math.abs(rtl.width - ltr.width), context).toBeLessThanOrEqual(1);
  }
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await seed();
});

describe('a right-to-left page', () => {
  it('mirrors the header actions and a dialog’s buttons', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Open Security cooperation' }).waitFor();
    await page.getByRole('button', { name: 'New dossier' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New dossier' });
    await dialog.waitFor();
    await dialog.getByLabel('Title').fill('Sahel routes');

    expectMirrored(
      await mirrorPairs({
        'header actions': [
          page.getByRole('navigation', { name: 'Library actions' }),
          page.locator('.app-header'),
        ],
        'search box': [page.getByRole('searchbox', { name: 'Search' }), page.locator('.app-header')],
        'dialog primary button': [dialog.getByRole('button', { name: 'Create dossier' }), dialog],
        'dialog close button': [dialog.getByRole('button', { name: 'Close' }), dialog],
      }),
    );
    expect(pageErrors).toEqual([]);
  });

  it('mirrors the dossier tabs, a list’s leading badge and column, and the timeline', async () => {
    await page.goto(`${inject('baseUrl')}#/dossier/dos1/sources`);
    const table = page.getByRole('table', { name: 'Sources' });
    await table.waitFor();
    const tablist = page.getByRole('tablist', { name: 'Dossier contents' });
    const badgeCell = table.getByRole('row').nth(1).getByRole('cell').nth(3);

    expectMirrored(
      await mirrorPairs({
        'first tab': [page.getByRole('tab', { name: /Sources/ }), tablist],
        'last tab': [page.getByRole('tab', { name: /Briefings/ }), tablist],
        'first column heading': [table.getByRole('columnheader').first(), table],
        'grading badge in its cell': [badgeCell.locator('.grading-badge'), badgeCell],
      }),
    );

    await page.getByRole('tab', { name: /Timeline/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Declaration').waitFor();
    expectMirrored(
      await mirrorPairs({
        'year on the timeline': [timeline.locator('.timeline-year').first(), timeline],
        'dot on the timeline': [timeline.locator('.timeline-dot').first(), timeline],
        'event card': [timeline.locator('.timeline-card').first(), timeline],
      }),
    );

    // The time axis is a drawing, earliest year at the left either way: its labels stay beside their ticks.
    const axis = page.getByRole('img', { name: 'Events on a time axis' });
    const firstYear = axis.getByText('2023', { exact: true });
    await setDirection('ltr');
    const ltr = await placement(firstYear, axis);
    await setDirection('rtl');
    const rtl = await placement(firstYear, axis);
    expect(ltr.left).toBeGreaterThan(0);
    expect(rtl).toEqual(ltr);
    expect(pageErrors).toEqual([]);
  });

  it('mirrors the briefing around its text: toolbar, versions panel, counts; English text keeps its direction', async () => {
    await openBriefing();
    await page.getByRole('button', { name: 'Versions' }).click();
    const body = page.locator('.briefing-body');
    const prose = page.locator('.briefing-prose');
    await page.getByRole('complementary', { name: 'Versions' }).waitFor();

    expectMirrored(
      await mirrorPairs({
        'versions panel': [page.getByRole('complementary', { name: 'Versions' }), body],
        'export button': [
          page.getByRole('button', { name: 'Export to Word' }),
          page.locator('.briefing-header'),
        ],
        'word count': [page.locator('.briefing-counts'), page.locator('.briefing-meta')],
      }),
    );

    // Each block takes its direction from its own text (as its Word paragraph does), not from the interface:
    // an English list and table read left to right in an Arabic interface too.
    const textBlocks = {
      'list item': [prose.locator('li').first(), prose],
      'first table column': [prose.getByRole('cell', { name: 'BKA' }), prose.locator('table')],
    } as const;
    await setDirection('ltr');
    const ltrText = await Promise.all(
      Object.values(textBlocks).map(([item, frame]) => placement(item, frame)),
    );
    await setDirection('rtl');
    const rtlText = await Promise.all(
      Object.values(textBlocks).map(([item, frame]) => placement(item, frame)),
    );
    expect(rtlText).toEqual(ltrText);

    // The quotation's bar is on the side the text starts from.
    const bar = () =>
      prose
        .locator('blockquote')
        .evaluate((quote) => [
          getComputedStyle(quote).borderLeftWidth,
          getComputedStyle(quote).borderRightWidth,
        ]);
    await setDirection('ltr');
    await expect(bar()).resolves.toEqual(['3px', '0px']);
    await setDirection('rtl');
    await expect(bar()).resolves.toEqual(['3px', '0px']);
    expect(pageErrors).toEqual([]);
  });
});

describe('a printed briefing', () => {
  it('shows the marking line, the title and the text, and hides header, toolbar, panels, notices and buttons', async () => {
    await openBriefing();
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByPlaceholder('Name, e.g. Sent to head of division').fill('Sent to head of division');
    await page.getByRole('button', { name: 'Save version' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Version “Sent to head of division” saved' });
    await notice.waitFor();

    const aroundTheDocument = {
      header: page.locator('.app-header'),
      'status bar': page.getByText('Offline — everything stays on this machine'),
      notice,
      toolbar: page.getByRole('toolbar').first(),
      'versions panel': page.getByRole('complementary', { name: 'Versions' }),
      'export button': page.getByRole('button', { name: 'Export to Word' }),
      'scheme select': page.getByLabel('Briefing marking scheme'),
      'status select': page.getByLabel('Status'),
      'word count': page.locator('.briefing-counts'),
    };
    const theDocument = {
      'marking line': page.getByLabel('Briefing marking', { exact: true }),
      title: page.getByLabel('Briefing title'),
      heading: page.locator('.briefing-prose h1'),
      'first paragraph': page.getByText('Assessment paragraph 1:'),
      table: page.locator('.briefing-prose table'),
    };
    const shown = async (locators: Record<string, Locator>) =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(locators).map(async ([name, locator]) => [name, await locator.isVisible()] as const),
        ),
      );

    // On screen, all of it shows.
    expect(Object.values(await shown(aroundTheDocument))).not.toContain(false);

    await page.emulateMedia({ media: 'print' });
    expect(await shown(aroundTheDocument)).toEqual(
      Object.fromEntries(Object.keys(aroundTheDocument).map((name) => [name, false])),
    );
    expect(await shown(theDocument)).toEqual(
      Object.fromEntries(Object.keys(theDocument).map((name) => [name, true])),
    );
    const buttons = await page
      .getByRole('button')
      .evaluateAll((all) =>
        all
          .filter((button) => (button as HTMLElement).offsetParent !== null)
          .map((button) => button.textContent),
      );
    expect(buttons).toEqual([]);
    // The marking line comes before the title, as at the top of the exported document.
    const marking = await theDocument['marking line'].boundingBox();
    const title = await theDocument.title.boundingBox();
    expect(marking && title && marking.y + marking.height <= title.y).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('is black on white in the dark theme too, and keeps headings with what follows', async () => {
    await openBriefing();
    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const style = () =>
      page.evaluate(() => {
        const prose = document.querySelector('.briefing-prose') as HTMLElement;
        const heading = prose.querySelector('h2') as HTMLElement;
        const quote = prose.querySelector('blockquote') as HTMLElement;
        const link = prose.querySelector('a') as HTMLElement;
        return {
          text: getComputedStyle(prose).color,
          heading: getComputedStyle(heading).color,
          quote: getComputedStyle(quote).color,
          link: getComputedStyle(link).color,
          page: getComputedStyle(document.body).backgroundColor,
          paper: getComputedStyle(prose.parentElement as HTMLElement).backgroundColor,
          headingBreak: getComputedStyle(heading).breakAfter,
          rowBreak: getComputedStyle(prose.querySelector('tr') as HTMLElement).breakInside,
        };
      });
    const screen = await style();
    expect(rgbOf(screen.text)).not.toEqual([0, 0, 0]);

    await page.emulateMedia({ media: 'print' });
    const printed = await style();
    expect({
      text: rgbOf(printed.text),
      heading: rgbOf(printed.heading),
      link: rgbOf(printed.link),
      page: rgbOf(printed.page),
      headingBreak: printed.headingBreak,
      rowBreak: printed.rowBreak,
    }).toEqual({
      text: [0, 0, 0],
      heading: [0, 0, 0],
      link: [0, 0, 0],
      page: [255, 255, 255],
      headingBreak: 'avoid',
      rowBreak: 'avoid',
    });
    // The paper's own box prints nothing: no border, shadow or tint around the text.
    expect(printed.paper).toBe('rgba(0, 0, 0, 0)');
    // Quotations stay a shade lighter than the text, but dark enough to read on paper.
    expect(rgbOf(printed.quote)).toEqual([51, 51, 51]);
  });

  it('prints every paragraph across pages, with the marking line and each link’s address, and no controls', async () => {
    await openBriefing();
    const pdf = await page.pdf({ format: 'A4' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
    try {
      const doc = await task.promise;
      const pages: string[] = [];
      for (let number = 1; number <= doc.numPages; number += 1) {
        const content = await (await doc.getPage(number)).getTextContent();
        pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
      }
      const text = pages.join('\n').replace(/\s+/g, ' ');
      expect(doc.numPages).toBeGreaterThan(1);
      expect(pages[0]).toContain('TLP:GREEN');
      expect(text).toContain('Cooperation: where things stand');
      expect(text).toContain('Assessment paragraph 1:');
      expect(text).toContain(`Assessment paragraph ${PARAGRAPHS}:`);
      expect(text).toContain(`ministry report (${LINK})`);
      for (const control of [
        'Export to Word',
        'Versions',
        'Cite source',
        'Dossier Desk',
        'Offline',
        'Traffic Light',
      ]) {
        expect(text).not.toContain(control);
      }
    } finally {
      await task.destroy();
    }
  });
});
