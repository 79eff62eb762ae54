// The search index in its worker, in real Chromium with real IndexedDB: a library of a few thousand long
// sources is indexed on the first search while the window keeps answering, the hit is found, and search
// still works in the window when no worker can run.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';

/** Long enough a library that building its index takes seconds of work. */
const LIBRARY_SOURCES = 3000;
const WORDS_PER_SOURCE = 1000;
/** The one word only one source holds, in its text: what the first search looks for. */
const NEEDLE = 'quetzalcoatlite';
const NEEDLE_TITLE = 'Field report 2718';

/** Set by search-service.ts when the index is built; see SEARCH_INDEX_BUILT_MARK. */
const BUILT_MARK = 'dossier-desk:search-index-built';

interface IndexBuilt {
  documentCount: number;
  millis: number;
  place: 'worker' | 'page';
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let consoleErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
});

async function openApp(prepare?: (context: BrowserContext) => Promise<unknown>): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await prepare?.(context);
  page = await context.newPage();
  pageErrors = [];
  consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.context().setDefaultTimeout(30_000);
  await page.goto(inject('baseUrl'));
  // The app has opened (and so created) its database by the time the library shows.
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
}

/**
 * One dossier with `sourceCount` sources of `wordsPerSource` words each (drawn from a vocabulary of
 * made-up words, the same every run), written straight into the app's IndexedDB as the store keeps them.
 * Source number 2718 (or the last, in a smaller library) also holds NEEDLE.
 */
async function seedLibrary(sourceCount: number, wordsPerSource: number): Promise<void> {
  // Written from a page of its own, then the app reloaded: the garbage of making a library this size is
  // not left for the app's page to collect while its responsiveness is measured.
  const seeder = await context.newPage();
  await seeder.goto(`${inject('baseUrl')}#/`);
  await seeder.getByRole('button', { name: 'New dossier' }).waitFor();
  await seeder.evaluate(
    async ({ sourceCount, wordsPerSource, needle, needleTitle }) => {
      const at = '2024-05-01T10:00:00.000Z';
      const marking = { scheme: 'tlp', level: 'green' };
      let seed = 2718;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'ven', 'dor', 'al', 'ex', 'pre', 'tion', 'gar'];
      const vocabulary = Array.from({ length: 20_000 }, () => {
        let word = '';
        for (let count = 2 + Math.floor(random() * 3); count > 0; count -= 1)
          word += syllables[Math.floor(random() * syllables.length)];
        return word;
      });
      const needleAt = Math.min(2718, sourceCount - 1);
      const source = (index: number) => {
        const paragraphs: string[] = [];
        for (let start = 0; start < wordsPerSource; start += 100) {
          const words: string[] = [];
          for (let word = start; word < Math.min(start + 100, wordsPerSource); word += 1)
            words.push(vocabulary[Math.floor(random() * vocabulary.length)] as string);
          paragraphs.push(`${words.join(' ')}.`);
        }
        if (index === needleAt) paragraphs.push(`The sample was ${needle}, as the lab confirmed.`);
        return {
          id: `src-${index}`,
          dossierId: 'dos-library',
          title: index === needleAt ? needleTitle : `Field report ${index}`,
          outlet: 'Harbour Gazette',
          author: '',
          retrievedAt: '2024-04-30',
          language: 'en',
          body: {
            type: 'doc',
            content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          },
          notes: '',
          marking,
          grading: { reliability: 'B', credibility: 2 },
          attachmentIds: [],
          createdAt: at,
          updatedAt: at,
        };
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const write = (fill: (transaction: IDBTransaction) => void) =>
        new Promise((resolve, reject) => {
          const transaction = db.transaction(['dossiers', 'sources'], 'readwrite');
          fill(transaction);
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
      await write((transaction) =>
        transaction.objectStore('dossiers').put({
          id: 'dos-library',
          title: 'Harbour library',
          summary: '',
          tags: [],
          marking,
          createdAt: at,
          updatedAt: at,
          status: 'active',
          markingRank: 'tlp:01',
        }),
      );
      for (let first = 0; first < sourceCount; first += 500) {
        await write((transaction) => {
          for (let index = first; index < Math.min(first + 500, sourceCount); index += 1)
            transaction.objectStore('sources').put(source(index));
        });
      }
      db.close();
    },
    { sourceCount, wordsPerSource, needle: NEEDLE, needleTitle: NEEDLE_TITLE },
  );
  await seeder.close();
  await page.reload();
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
}

/** Starts timing the page's main thread: a timer that notes the longest wait between two of its turns. */
async function startResponsivenessProbe(): Promise<void> {
  await page.evaluate(() => {
    const probe = { longestGap: 0, last: performance.now(), running: true };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const tick = () => {
      const now = performance.now();
      probe.longestGap = Math.max(probe.longestGap, now - probe.last);
      probe.last = now;
      if (probe.running) setTimeout(tick, 4);
    };
    setTimeout(tick, 4);
  });
}

/** Stops the probe; the longest time, in ms, the main thread did not get round to the timer. */
async function stopResponsivenessProbe(): Promise<number> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { longestGap: number; running: boolean } }).__probe;
    probe.running = false;
    return probe.longestGap;
  });
}

async function indexBuilt(): Promise<IndexBuilt> {
  await expect
    .poll(() => page.evaluate((name) => performance.getEntriesByName(name).length, BUILT_MARK))
    .toBe(1);
  return page.evaluate(
    (name) => (performance.getEntriesByName(name)[0] as PerformanceMark).detail as IndexBuilt,
    BUILT_MARK,
  );
}

/** Searches for NEEDLE from the header's box, for the first time, and waits for its source. */
async function searchForNeedle(): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(NEEDLE);
  const results = page.getByRole('list', { name: 'Search results' });
  await results.getByText(NEEDLE_TITLE, { exact: true }).waitFor({ timeout: 60_000 });
  expect(await results.locator('mark').allTextContents()).toContain(NEEDLE);
}

/**
 * Opens the dialog the button `dialogName` opens (each is named after its button), fills its fields by
 * label and submits it with the button `submit`.
 */
async function fillDialog(dialogName: string, fields: Record<string, string>, submit: string): Promise<void> {
  await page.getByRole('button', { name: dialogName, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  for (const [label, value] of Object.entries(fields))
    await dialog.getByLabel(label, { exact: true }).fill(value);
  await dialog.getByRole('button', { name: submit }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the search index in a worker', () => {
  it('is built on the first search while the window stays responsive, and finds the one source', async () => {
    await openApp();
    await seedLibrary(LIBRARY_SOURCES, WORDS_PER_SOURCE);
    await startResponsivenessProbe();
    const started = Date.now();
    await searchForNeedle();
    const firstAnswerMs = Date.now() - started;
    const longestGap = await stopResponsivenessProbe();
    const built = await indexBuilt();
    console.info(
      `[search-worker] ${built.documentCount} records indexed in the worker in ${Math.round(built.millis)} ms; ` +
        `first answer after ${firstAnswerMs} ms; longest main-thread gap ${Math.round(longestGap)} ms`,
    );
    expect(built.place).toBe('worker');
    expect(built.documentCount).toBe(LIBRARY_SOURCES + 1);
    // The window answered throughout: its longest pause is a small part of the build, and short.
    expect(longestGap).toBeLessThan(300);
    expect(longestGap * 3).toBeLessThan(built.millis);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('finds a dossier created after the index was built', async () => {
    await openApp();
    await seedLibrary(50, 100);
    await searchForNeedle();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await fillDialog('New dossier', { Title: 'Obsidian trade routes' }, 'Create dossier');
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    await search.fill('obsidian');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByText('Obsidian trade routes').waitFor();
    expect((await indexBuilt()).place).toBe('worker');
    expect(pageErrors).toEqual([]);
  });
  it('finds an entity and a timeline event added after the index was built, and opens each on its tab', async () => {
    await openApp();
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    const results = page.getByRole('list', { name: 'Search results' });
    // The first search builds the index over an empty library.
    await search.fill('munch');
    await page.getByText('Nothing matches.', { exact: false }).waitFor();
    expect((await indexBuilt()).place).toBe('worker');
    await page.getByRole('button', { name: 'Clear search' }).click();

    await fillDialog('New dossier', { Title: 'Maghreb liaison' }, 'Create dossier');
    await page.getByRole('tab', { name: /Entities/ }).click();
    await fillDialog('Add entity', { Name: 'Holger Münch', Aliases: 'BKA president' }, 'Save entity');
    await page.getByRole('tab', { name: /Timeline/ }).click();
    const meeting = { 'What happened': 'Meeting of police chiefs in Rabat', Date: '2024-05-20' };
    await fillDialog('Add event', meeting, 'Save event');
    // Away from the entity's tab, so opening the hit is what brings it back.
    await page.getByRole('tab', { name: /Sources/ }).click();

    // Accents ignored in the name, and the alias searched too.
    await search.fill('munch president');
    const entityHit = results.getByRole('button', { name: /^Entity Holger Münch/ });
    await entityHit.waitFor();
    // Each hit says which dossier it belongs to.
    await entityHit.getByText('in “Maghreb liaison”').waitFor();
    expect(await results.locator('mark').allTextContents()).toEqual(['Münch', 'president']);
    await entityHit.click();
    await page.getByRole('tab', { name: /Entities/, selected: true }).waitFor();
    await page.getByRole('table', { name: 'Entities' }).getByText('Holger Münch').waitFor();
    expect(await search.inputValue()).toBe('');

    await search.fill('police chiefs');
    const eventHit = results.getByRole('button', { name: /^Event Meeting of police chiefs in Rabat/ });
    await eventHit.waitFor();
    await eventHit.click();
    await page.getByRole('tab', { name: /Timeline/, selected: true }).waitFor();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Meeting of police chiefs in Rabat')
      .waitFor();
    expect((await indexBuilt()).place).toBe('worker');
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('search without a worker', () => {
  it('builds the index in the window where Workers do not exist, and still finds the source', async () => {
    await openApp((context) =>
      context.addInitScript(() => {
        delete (window as { Worker?: unknown }).Worker;
      }),
    );
    await seedLibrary(LIBRARY_SOURCES, WORDS_PER_SOURCE);
    await startResponsivenessProbe();
    await searchForNeedle();
    const longestGap = await stopResponsivenessProbe();
    const built = await indexBuilt();
    console.info(
      `[search-worker] without a worker: ${built.documentCount} records indexed in the page in ` +
        `${Math.round(built.millis)} ms; longest main-thread gap ${Math.round(longestGap)} ms`,
    );
    expect(built.place).toBe('page');
    // The control for the test above: the probe does see a build on the main thread, which is what the
    // worker spares the window (a good part of the build is reading, which never blocks the page).
    expect(longestGap).toBeGreaterThan(built.millis / 4);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('moves the index into the window when the worker cannot load, and says why in the console', async () => {
    await openApp((context) => context.route('**/search-worker-*.js', (route) => route.abort()));
    await seedLibrary(50, 100);
    await searchForNeedle();
    expect((await indexBuilt()).place).toBe('page');
    expect(consoleErrors.join('\n')).toMatch(/search worker stopped/);
    expect(pageErrors).toEqual([]);
  });
});
