// The briefing editor in real Chromium with real IndexedDB: autosave that survives a reload or a crash
// mid-typing and a full disk, citations that renumber as text moves, tables, find, and accessible names.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { putRecords } from './support/database';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const AT = '2024-05-01T10:00:00.000Z';
const BRIEFING_ID = 'brf1';

interface SeedOptions {
  /** Paragraphs of the briefing; `{cite: id}` parts become citations. */
  paragraphs?: (string | { cite: string })[][];
}

/** A dossier with three graded sources and one briefing, written straight into the app's IndexedDB. */
function seedData({ paragraphs = [['Opening paragraph.']] }: SeedOptions = {}) {
  const source = (
    id: string,
    title: string,
    outlet: string,
    reliability: string,
    credibility: number,
    level: string,
  ) => ({
    id,
    dossierId: 'dos1',
    title,
    outlet,
    author: '',
    retrievedAt: '2024-04-30',
    language: 'en',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    notes: '',
    marking: { scheme: 'tlp', level },
    grading: { reliability, credibility },
    attachmentIds: [],
    createdAt: AT,
    updatedAt: AT,
  });
  return {
    dossier: {
      id: 'dos1',
      title: 'Morocco–Germany security cooperation',
      summary: '',
      tags: [],
      marking: { scheme: 'tlp', level: 'green' },
      createdAt: AT,
      updatedAt: AT,
      status: 'active',
      markingRank: 'tlp:01',
    },
    sources: [
      source('srcA', 'Joint declaration on security cooperation', 'Federal Foreign Office', 'A', 1, 'clear'),
      source('srcB', 'Interior ministers meet in Rabat', 'Reuters', 'B', 2, 'green'),
      source('srcC', 'Liaison officer report, March', 'Embassy Rabat', 'C', 3, 'amber'),
    ],
    briefing: {
      id: BRIEFING_ID,
      dossierId: 'dos1',
      title: 'Security cooperation: state of play',
      templateId: 'briefing-note',
      marking: { scheme: 'tlp', level: 'green' },
      status: 'draft',
      content: {
        type: 'doc',
        content: paragraphs.map((parts) => ({
          type: 'paragraph',
          content: parts.map((part) =>
            typeof part === 'string'
              ? { type: 'text', text: part }
              : { type: 'citation', attrs: { sourceId: part.cite } },
          ),
        })),
      },
      createdAt: AT,
      updatedAt: AT,
    },
  };
}

async function seed(options?: SeedOptions): Promise<void> {
  await page.goto(inject('baseUrl'));
  // The app has opened (and so created) its database by the time the library shows.
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
  const data = seedData(options);
  await putRecords(page, { dossiers: [data.dossier], sources: data.sources, briefings: [data.briefing] });
}

async function openBriefing(target: Page = page): Promise<void> {
  await target.goto(`${inject('baseUrl')}#/briefing/${BRIEFING_ID}`);
  await target.locator('.briefing-prose').waitFor();
}

/** The briefing as IndexedDB holds it, read without the app. */
async function storedBriefing(
  target: Page = page,
): Promise<{ title: string; content: unknown; updatedAt: string }> {
  return target.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise<{ title: string; content: unknown; updatedAt: string }>(
      (resolve, reject) => {
        const request = db.transaction('briefings').objectStore('briefings').get(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return record;
  }, BRIEFING_ID);
}

async function storedText(target: Page = page): Promise<string> {
  return JSON.stringify((await storedBriefing(target)).content);
}

async function editorText(target: Page = page): Promise<string> {
  return (await target.locator('.briefing-prose').textContent()) ?? '';
}

async function waitForSaved(target: Page = page): Promise<void> {
  await target.locator('.save-status', { hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
}

/** Puts the cursor at the end of the briefing's last paragraph. */
async function cursorAtEnd(target: Page = page): Promise<void> {
  await target.locator('.briefing-prose p').last().click();
  await target.keyboard.press('Control+End');
}

const WORDS = Array.from({ length: 40 }, (_, index) => `word${index}`);

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await context?.close();
});

describe('autosave', () => {
  it('stores what is typed within about a second, without any action', async () => {
    await seed();
    await openBriefing();
    await cursorAtEnd();
    await page.keyboard.type(' Autosaved sentence.');
    const typedAt = Date.now();
    await expect.poll(storedText, { interval: 100, timeout: 5_000 }).toContain('Autosaved sentence.');
    expect(Date.now() - typedAt).toBeLessThan(2_000);
    await waitForSaved();
    expect(pageErrors).toEqual([]);
  });

  it('loses no word when the page is reloaded mid-typing', async () => {
    await seed();
    await openBriefing();
    await cursorAtEnd();
    // Long enough that saves are in flight while typing goes on, then reload at once.
    await page.keyboard.type(` ${WORDS.join(' ')}`, { delay: 12 });
    await page.reload();
    await page.locator('.briefing-prose').waitFor();
    const text = await editorText();
    for (const word of WORDS) expect(text).toContain(word);
    await waitForSaved();
    const stored = await storedText();
    for (const word of WORDS) expect(stored).toContain(word);
    expect(
      await page.evaluate((key) => localStorage.getItem(key), `dossier-desk.journal.${BRIEFING_ID}`),
    ).toBeNull();
  });

  it('loses no word when the page crashes mid-typing, with no chance to save', async () => {
    await seed();
    await openBriefing();
    await cursorAtEnd();
    await page.keyboard.type(' Before the crash: alpha bravo charlie delta', { delay: 5 });
    const session = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    // The command never answers: the page is gone.
    void session.send('Page.crash').catch(() => undefined);
    await crashed;
    const next = await context.newPage();
    await openBriefing(next);
    await expect.poll(() => editorText(next)).toContain('alpha bravo charlie delta');
    await waitForSaved(next);
    expect(await storedText(next)).toContain('alpha bravo charlie delta');
  });

  it('keeps the text and says so when the disk is full, and saves it once space is free', async () => {
    await seed();
    await openBriefing();
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      (window as unknown as Record<string, unknown>).__restorePut = () => {
        IDBObjectStore.prototype.put = original;
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await cursorAtEnd();
    await page.keyboard.type(' Written while the disk was full.');
    await page
      .locator('.save-status', { hasText: 'Not saved — disk full, retrying' })
      .waitFor({ timeout: 5_000 });
    await page.getByText('The disk is full', { exact: false }).first().waitFor();
    expect(await editorText()).toContain('Written while the disk was full.');
    expect(await storedText()).not.toContain('Written while the disk was full.');
    expect(
      await page.evaluate((key) => localStorage.getItem(key), `dossier-desk.journal.${BRIEFING_ID}`),
    ).toContain('Written while the disk was full.');

    await page.evaluate(() => (window as unknown as { __restorePut(): void }).__restorePut());
    await waitForSaved();
    expect(await storedText()).toContain('Written while the disk was full.');
    expect(await editorText()).toContain('Written while the disk was full.');
  });
});

describe('a long briefing', () => {
  it('opens with its top on screen, takes typing at once, and keeps every paragraph', async () => {
    const paragraphs = Array.from({ length: 600 }, (_, index) => [`Paragraph number ${index + 1}.`]);
    await seed({ paragraphs });
    // How many paragraphs the text first shows with.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const shown = document.querySelector('.briefing-prose')?.childElementCount ?? 0;
        if (shown === 0) return;
        (window as unknown as { firstShown: number }).firstShown = shown;
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.goto(`${inject('baseUrl')}#/briefing/${BRIEFING_ID}`);
    // A click right of the short first paragraph puts the caret at its end.
    await page.locator('.briefing-prose p').first().click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
    await page.keyboard.type(' Typed at once.');
    // The rest comes in behind the first screen, after what was typed.
    await page.locator('.briefing-prose p', { hasText: 'Paragraph number 600.' }).waitFor();
    expect(await page.locator('.briefing-prose p').count()).toBe(600);
    expect(await page.evaluate(() => (window as unknown as { firstShown: number }).firstShown)).toBeLessThan(
      100,
    );
    // Counted once it is all in.
    await page.locator('.word-count', { hasText: '1,803 words' }).waitFor();
    await waitForSaved();
    const stored = (await storedBriefing()).content as { content: { content?: { text: string }[] }[] };
    expect(stored.content).toHaveLength(600);
    expect(stored.content[0]?.content?.[0]?.text).toBe('Paragraph number 1. Typed at once.');
    expect(stored.content[599]?.content?.[0]?.text).toBe('Paragraph number 600.');
    expect(pageErrors).toEqual([]);
  });
});

describe('the caret while typing', () => {
  it('stays in sight: the text scrolls when a new line goes below the edge, and not before', async () => {
    const paragraphs = Array.from({ length: 80 }, (_, index) => [`Paragraph number ${index + 1}.`]);
    await seed({ paragraphs });
    await page.goto(`${inject('baseUrl')}#/briefing/${BRIEFING_ID}`);
    // The area that scrolls the text, whichever of the page's boxes it is.
    const scroller = page.locator('.app-main');
    const scrollTop = () => scroller.evaluate((element) => element.scrollTop);
    const caretInside = () =>
      scroller.evaluate((element) => {
        const range = document.getSelection()?.getRangeAt(0);
        if (!range) return false;
        // A caret in an empty paragraph has no rectangle of its own: its paragraph's stands for it.
        const own = range.getBoundingClientRect();
        const caret = own.height > 0 ? own : (range.startContainer as Element).getBoundingClientRect();
        const area = element.getBoundingClientRect();
        return caret.top >= area.top && caret.bottom <= area.bottom;
      });
    // The last paragraph wholly on screen, its end clicked: typing on that line moves nothing.
    const last = await scroller.evaluate((element) => {
      const bottom = element.getBoundingClientRect().bottom;
      const shown = [...element.querySelectorAll('.briefing-prose > p')].filter(
        (paragraph) => paragraph.getBoundingClientRect().bottom < bottom - 10,
      );
      return shown.length - 1;
    });
    await page.locator('.briefing-prose > p').nth(last).click();
    await page.keyboard.press('End');
    const before = await scrollTop();
    await page.keyboard.type(' more');
    expect(await scrollTop()).toBe(before);
    // New lines below the edge (Enter is the editor's own, which the browser does not scroll for): the text
    // follows the caret.
    for (let line = 0; line < 8; line++) await page.keyboard.press('Enter');
    expect(await scrollTop()).toBeGreaterThan(before);
    expect(await caretInside()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('citations', () => {
  async function shownNumbers(): Promise<string[]> {
    return page
      .locator('.briefing-prose .citation')
      .evaluateAll((nodes) =>
        nodes.map((node) => `${node.getAttribute('data-source-id')}${node.textContent}`),
      );
  }

  it('renumber when the text around them moves', async () => {
    await seed({
      paragraphs: [
        ['First claim ', { cite: 'srcA' }, '.'],
        ['Second claim ', { cite: 'srcB' }, '.'],
      ],
    });
    await openBriefing();
    expect(await shownNumbers()).toEqual(['srcA[1]', 'srcB[2]']);
    // Move the second paragraph above the first: cut it, paste it at the start.
    await page.locator('.briefing-prose p').nth(1).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+x');
    await expect.poll(shownNumbers).toEqual(['srcA[1]']);
    await page.keyboard.press('Backspace');
    await page
      .locator('.briefing-prose p')
      .first()
      .click({ position: { x: 2, y: 8 } });
    await page.keyboard.press('Home');
    // ProseMirror takes a cursor moved by the browser from its next selectionchange: wait until the editor's
    // own selection (Tiptap hangs the editor on its element) is at the start, as no person pastes faster.
    await page.waitForFunction(() => {
      const prose = document.querySelector('.ProseMirror') as
        | (Element & {
            editor?: {
              state: { selection: { $from: { parentOffset: number; parent: { textContent: string } } } };
            };
          })
        | null;
      const from = prose?.editor?.state.selection.$from;
      return from?.parentOffset === 0 && from.parent.textContent.startsWith('First claim');
    });
    await page.keyboard.press('Control+v');
    await expect.poll(shownNumbers).toEqual(['srcB[1]', 'srcA[2]']);
    await page.keyboard.press('Enter');
    await expect.poll(shownNumbers).toEqual(['srcB[1]', 'srcA[2]']);
    await waitForSaved();
    const stored = await storedText();
    expect(stored.indexOf('srcB')).toBeLessThan(stored.indexOf('srcA'));
  });

  it('are inserted with "Cite source", showing gradings and markings, and warn when under-marked', async () => {
    await seed({ paragraphs: [['Claim ', { cite: 'srcA' }, '.']] });
    await openBriefing();
    await cursorAtEnd();
    await page.getByRole('button', { name: 'Cite source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite source' });
    await dialog.getByText('C3').waitFor();
    await dialog.getByRole('searchbox', { name: 'Search sources' }).fill('liaison');
    await dialog.getByRole('button', { name: 'Cite Liaison officer report, March' }).click();
    await expect.poll(shownNumbers).toEqual(['srcA[1]', 'srcC[2]']);
    const warning = page.getByRole('alert').filter({ hasText: 'Marked lower than its sources' });
    await warning.getByText('TLP:AMBER').first().waitFor();
    await warning.getByRole('button', { name: 'Raise to TLP:AMBER' }).click();
    await warning.waitFor({ state: 'detached' });
    await waitForSaved();
    expect((await storedBriefing()) as unknown as { marking: unknown }).toMatchObject({
      marking: { scheme: 'tlp', level: 'amber' },
    });
  });
});

describe('tables', () => {
  it('can be inserted, and a row added', async () => {
    await seed();
    await openBriefing();
    await cursorAtEnd();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.locator('.briefing-prose table').waitFor();
    expect(await page.locator('.briefing-prose tr').count()).toBe(3);
    await page.keyboard.type('Date');
    await page.getByRole('button', { name: 'Add row below' }).click();
    expect(await page.locator('.briefing-prose tr').count()).toBe(4);
    await waitForSaved();
    const stored = (await storedBriefing()).content as { content: { type: string; content?: unknown[] }[] };
    const table = stored.content.find((block) => block.type === 'table');
    expect(table?.content).toHaveLength(4);
    expect(JSON.stringify(table)).toContain('Date');
  });
});

describe('the page', () => {
  it('opens find and replace with Ctrl+F in the text, not the app’s search', async () => {
    await seed({ paragraphs: [['Rabat and rabat and RABAT.']] });
    await openBriefing();
    await cursorAtEnd();
    await page.keyboard.press('Control+f');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Find in briefing',
    );
    await page.keyboard.type('rabat');
    await page.getByText('1 of 3').waitFor();
    await page.keyboard.press('Control+h');
    await page.keyboard.type('Tangier');
    await page.getByRole('button', { name: 'Replace all' }).click();
    expect(await editorText()).toBe('Tangier and Tangier and Tangier.');
  });

  it('enables each toolbar command where it applies: undo after an edit, table commands in a table', async () => {
    await seed();
    await openBriefing();
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    await expect.poll(() => button('Undo').isDisabled()).toBe(true);
    await expect.poll(() => button('Redo').isDisabled()).toBe(true);
    await cursorAtEnd();
    await page.keyboard.type(' More.');
    await expect.poll(() => button('Undo').isEnabled()).toBe(true);
    await button('Undo').click();
    await expect.poll(() => button('Redo').isEnabled()).toBe(true);
    expect(await editorText()).not.toContain('More.');
    await cursorAtEnd();
    await page.keyboard.press('Enter');
    await button('Insert table').click();
    await page.locator('.briefing-prose table').waitFor();
    await expect.poll(() => button('Insert table').isDisabled()).toBe(true);
    await button('Delete table').click();
    await page.locator('.briefing-prose table').waitFor({ state: 'detached' });
    await expect.poll(() => button('Insert table').isEnabled()).toBe(true);
    await cursorAtEnd();
    await page.getByLabel('Text style').selectOption({ label: 'Heading 2' });
    await page.locator('.briefing-prose h2').waitFor();
    expect(await page.getByLabel('Text style').inputValue()).toBe('editor.heading-2');
    expect(pageErrors).toEqual([]);
  });

  it('opens Export to Word with Ctrl+E in a briefing', async () => {
    await seed();
    await openBriefing();
    await cursorAtEnd();
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: 'Export to Word' }).waitFor({ state: 'visible' });
  });

  it('has "Cite source" and "Export to Word", spell checking, and a name on every control', async () => {
    await seed();
    await openBriefing();
    await expect(page.getByRole('button', { name: 'Cite source' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Export to Word' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('.briefing-prose').getAttribute('spellcheck')).toBe('true');
    await page.locator('.briefing-prose p').first().click();
    await page.getByRole('button', { name: 'Versions' }).click();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, a[href]')]
        .filter((element) => {
          const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
          const labelledBy = element.getAttribute('aria-labelledby');
          const id = element.getAttribute('id');
          const labelled = id ? document.querySelector(`label[for="${id}"]`) : element.closest('label');
          return label.trim() === '' && !labelledBy && !labelled;
        })
        .map((element) => element.outerHTML),
    );
    expect(unnamed).toEqual([]);
  });
});
