// A desk officer's day, through the interface only, in real Chromium with real IndexedDB: a dossier,
// graded sources, entities, a timeline, a briefing from a template with a table and two citations,
// a reload mid-typing, deletions undone, and the Trash.

import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => void dialog.accept());
  page.context().setDefaultTimeout(30_000);
  await page.goto(inject('baseUrl'));
});

afterAll(async () => {
  await browser?.close();
});

const exact = { exact: true } as const;

async function addSource(title: string, reliability: string, credibility: string, level: string) {
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Title', exact).fill(title);
  await dialog.getByLabel('Outlet').fill('Maghreb Daily');
  await dialog.getByLabel('Source reliability').selectOption(reliability);
  await dialog.getByLabel('Information credibility').selectOption(credibility);
  await dialog.getByLabel('Source marking', exact).selectOption(level);
  await dialog.getByLabel('Text', exact).fill(`${title}. The figures for 2022 were fifteen operations.`);
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe("a desk officer's day", () => {
  it('creates a dossier', async () => {
    await page.getByRole('button', { name: 'New dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'New dossier' });
    await dialog.getByLabel('Title', exact).fill('Morocco–Germany security cooperation');
    await dialog.getByLabel('Tags').fill('Morocco, Germany');
    await dialog.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Dossier title' }).inputValue()).toBe(
      'Morocco–Germany security cooperation',
    );
  });

  it('adds three sources with their gradings, shown at a glance', async () => {
    await addSource('Police chiefs meet in Rabat', 'B', '2', 'clear');
    await addSource('Joint operations 2022–2023', 'A', '1', 'green');
    await addSource('Liaison officer note', 'C', '3', 'amber');
    const table = page.getByRole('table', { name: 'Sources' });
    await table.getByText('Liaison officer note').waitFor();
    const text = await table.textContent();
    for (const grading of ['B2', 'A1', 'C3', 'TLP:AMBER']) expect(text).toContain(grading);
  });

  it('notes an organisation and builds a timeline', async () => {
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByRole('button', { name: 'Add entity' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add entity' });
    await dialog.getByLabel('Name').fill('Bundeskriminalamt');
    await dialog.getByLabel('Kind').selectOption('organisation');
    await dialog.getByLabel('Aliases').fill('BKA');
    await dialog.getByRole('checkbox', { name: /Police chiefs meet in Rabat/ }).check();
    await dialog.getByRole('button', { name: 'Save entity' }).click();
    await page.getByRole('table', { name: 'Entities' }).getByText('Bundeskriminalamt').waitFor();

    await page.getByRole('tab', { name: /Timeline/ }).click();
    for (const [title, precision, date] of [
      ['Meeting in Rabat', 'day', '2024-05-20'],
      ['Visit of the interior minister', 'month', '2023-10'],
    ] as const) {
      await page.getByRole('button', { name: 'Add event' }).click();
      dialog = page.getByRole('dialog', { name: 'Add event' });
      await dialog.getByLabel('What happened').fill(title);
      await dialog.getByLabel('Date known to the').selectOption(precision);
      await dialog.getByLabel('Date', exact).fill(date);
      await dialog.getByRole('button', { name: 'Save event' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Meeting in Rabat').waitFor();
    expect((await timeline.textContent())?.indexOf('Oct 2023')).toBeLessThan(
      (await timeline.textContent())?.indexOf('20 May 2024') ?? 0,
    );
    await expect(page.getByRole('img', { name: 'Events on a time axis' }).isVisible()).resolves.toBe(true);
  });

  it('drafts a briefing from a template with a table and two citations, and loses nothing on reload', async () => {
    await page.getByRole('tab', { name: /Briefings/ }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    const dialog = page.getByRole('dialog', { name: 'New briefing' });
    await dialog.getByLabel('Template').selectOption('briefing-note');
    await dialog.getByLabel('Title', exact).fill('Brief for the Rabat meeting');
    await dialog.getByRole('button', { name: 'Create briefing' }).click();
    const prose = page.locator('.briefing-prose');
    await prose.waitFor();
    expect(await prose.locator('h1').allTextContents()).toEqual(
      expect.arrayContaining(['Purpose', 'Background', 'Recommendation']),
    );

    await prose.locator('h1', { hasText: 'Purpose' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Cooperation grew in 2023');
    for (const source of ['Police chiefs meet in Rabat', 'Joint operations 2022–2023']) {
      await page.getByRole('button', { name: 'Cite source' }).click();
      const cite = page.getByRole('dialog', { name: 'Cite source' });
      await cite.getByRole('button', { name: `Cite ${source}` }).click();
      await cite.waitFor({ state: 'detached' });
    }
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.keyboard.type('Year');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Operations');
    expect(await prose.locator('table').count()).toBe(1);
    expect(await prose.locator('.citation, [data-citation]').count()).toBeGreaterThanOrEqual(2);

    await prose.locator('h1', { hasText: 'Background' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const words = Array.from({ length: 25 }, (_, index) => `background${index}`);
    await page.keyboard.type(words.join(' '), { delay: 10 });
    await page.reload();
    await prose.waitFor();
    const text = (await prose.textContent()) ?? '';
    for (const word of ['Cooperation grew in 2023', 'Operations', ...words]) expect(text).toContain(word);
    expect(await prose.locator('table').count()).toBe(1);
  });

  it('exports the briefing to Word in a worker, and pandoc reads back its words and footnotes', async () => {
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    expect(await dialog.getByLabel('Template').inputValue()).toBe('briefing-note');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = path.join(tmpdir(), `day-${Date.now()}.docx`);
    await (await download).saveAs(file);
    const markdown = execFileSync('pandoc', ['-t', 'plain', file], { encoding: 'utf8' });
    expect(markdown).toContain('Cooperation grew in 2023');
    expect(markdown).toContain('background24');
    expect(markdown).toContain('Maghreb Daily');
  });

  it('searches and finds words from a source and a briefing, highlighted', async () => {
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    await search.fill('operations figures');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByText('Joint operations 2022–2023').first().waitFor();
    expect(await results.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['figures']));
    await search.fill('backgr');
    await results.getByText('Brief for the Rabat meeting').waitFor();
    await search.press('Escape');
    await results.waitFor({ state: 'detached' });
  });

  it('deletes a source and brings it back with Undo', async () => {
    await page.goBack();
    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByRole('button', { name: 'Open Morocco–Germany security cooperation' }).click();
    await page.getByRole('button', { name: 'Liaison officer note' }).click();
    await page.getByRole('button', { name: 'Delete source' }).click();
    const table = page.getByRole('table', { name: 'Sources' });
    await table.getByText('Liaison officer note').waitFor({ state: 'detached' });
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await table.getByText('Liaison officer note').waitFor();
  });

  it('moves the dossier to the Trash, undoes it, and asks before emptying the Trash', async () => {
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Move Morocco–Germany security cooperation to Trash' }).click();
    await page.getByRole('heading', { name: 'No dossiers yet' }).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Open Morocco–Germany security cooperation' }).waitFor();

    await page.getByRole('button', { name: 'Move Morocco–Germany security cooperation to Trash' }).click();
    await page.getByRole('button', { name: /^Trash/ }).click();
    let asked = '';
    page.removeAllListeners('dialog');
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Empty Trash' }).click();
    expect(asked).toMatch(/Delete 1 dossier for ever/);
    await page.getByRole('button', { name: 'Restore Morocco–Germany security cooperation' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
