// Every view in a pseudo-locale (tests only: accented, lengthened, bracketed strings): any Latin word a
// user can read or hear (text, accessible name, hint, placeholder, option) that is not user data, a
// marking, a template's own words or a key name was never translated, and fails the test.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MARKING_SCHEME_IDS, MARKING_SCHEMES } from '../../shared/model';
import { launchChromium } from './support/chromium';
import { seedLanguageDossier, shownTexts, USER_TEXT } from './support/language-fixture';
import { PSEUDO_LOCALE_SCRIPT } from './support/pseudo-locale';

const ROOT = path.resolve(__dirname, '../..');
const PASTED = 'Die Delegation traf am Montag in Rabat ein. Holger Münch sprach mit dem Minister.';
const IMPORTED = path.join(ROOT, 'tests/fixtures/packages/v1-sample.dossier');

const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];

const ENGLISH_DATE_WORDS = Array.from({ length: 12 }, (_, month) =>
  ['short', 'long'].map((style) =>
    new Intl.DateTimeFormat('en', { month: style as 'short' | 'long' }).format(new Date(2024, month, 5)),
  ),
).flat();

let browser: Browser;
let context: BrowserContext;
let page: Page;
let allowed: Set<string>;
const untranslated = new Map<string, Set<string>>();

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PSEUDO_LOCALE_SCRIPT);
  page = await context.newPage();
  await seedLanguageDossier(page);
  allowed = new Set(
    latinWords(
      [
        ...USER_TEXT,
        PASTED,
        'v1-sample.dossier',
        // Dates and times come from Intl in the interface language (English under the pseudo-locale).
        ...ENGLISH_DATE_WORDS,
        'AM PM kB MB GB bytes byte',
        // Templates carry their own words in each language (the exported document's side of #15).
        ...readdirSync(path.join(ROOT, 'templates')).map((name) =>
          readFileSync(path.join(ROOT, 'templates', name), 'utf8'),
        ),
        ...MARKING_SCHEME_IDS.flatMap((id) => MARKING_SCHEMES[id].levels.map((level) => level.label)),
        // Key names and the languages' own names are written the same in every interface language.
        'Ctrl Shift Alt Enter Esc English Français Deutsch https',
        // About shows the browser's own description of itself.
        await page.evaluate(() => `${navigator.userAgent} ${navigator.platform}`),
      ].join('\n'),
    ),
  );
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

/** Notes every untranslated word the page shows now, under the view's name. */
async function check(view: string): Promise<void> {
  const found = untranslated.get(view) ?? new Set<string>();
  for (const text of await shownTexts(page)) {
    // Text that went through the catalogues is bracketed; what sits between brackets is checked too,
    // since a translated string can hold an untranslated one (a label passed in as a value).
    for (const word of latinWords(text))
      if (!allowed.has(word)) found.add(`${word} ← "${text.slice(0, 80)}"`);
  }
  untranslated.set(view, found);
}

const base = () => inject('baseUrl');
const openDialog = () => page.locator('dialog[open]').last();

async function withDialog(view: string, open: () => Promise<void>): Promise<void> {
  await open();
  await openDialog().waitFor();
  await check(view);
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

describe('the pseudo-locale', () => {
  it('translates every text and accessible name of every view', async () => {
    for (const shelf of ['', 'archived', 'trash']) {
      await page.goto(`${base()}#/${shelf}`);
      await page.locator('.library').waitFor();
      await page.locator('.dossier-list, .empty-list').first().waitFor();
      await check(`library ${shelf || 'active'}`);
    }
    await withDialog('new dossier', () => page.keyboard.press('Control+N'));
    await withDialog('shortcuts', () => page.keyboard.press('Control+/'));
    // About is the status bar's last button (Office templates comes before it).
    await withDialog('about', () => page.locator('.status-bar button').last().click());

    await page.locator('.status-bar button').first().click();
    await page.locator('.templates-view').waitFor();
    await check('office templates');

    await page.keyboard.press('Control+,');
    await page.locator('.settings').waitFor();
    await check('settings');

    await page.locator('[data-command-target="search"]').fill('Rabat');
    await page.locator('.search-results .dossier-row').first().waitFor();
    await check('search results');
    await page.locator('[data-command-target="search"]').fill('');

    for (const tab of ['sources', 'entities', 'timeline', 'briefings']) {
      await page.goto(`${base()}#/dossier/lang1/${tab}`);
      await page.locator(`#panel-${tab} .tab-content`).waitFor();
      await page.locator(`#panel-${tab} :is(table, ol, ul)`).first().waitFor();
      await check(`dossier ${tab}`);
      await withDialog(`dossier ${tab}: add`, () => page.locator('.list-toolbar .button-primary').click());
    }
    await page.goto(`${base()}#/dossier/lang1/entities`);
    await withDialog('entity dialog', () => page.locator('.data-table .link-button').first().click());
    await page.goto(`${base()}#/dossier/lang1/timeline`);
    await withDialog('event dialog', () => page.locator('.timeline-title').first().click());
    await page.goto(`${base()}#/dossier/lang1/sources`);
    await withDialog('source dialog', () => page.locator('.data-table .link-button').first().click());
    await withDialog('share dialog', () => page.keyboard.press('Control+Shift+S'));

    await page.keyboard.press('Control+Shift+M');
    await page.locator('.ingest-paste-area').waitFor();
    await check('ingest: material');
    await page.locator('.ingest-paste-area').fill(PASTED);
    await page.locator('.ingest-start-actions .button-primary').click();
    await page.locator('.ingest-review').waitFor();
    await check('ingest: review');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    const chooser = page.waitForEvent('filechooser');
    await page.locator('.app-actions button').first().click();
    await (await chooser).setFiles(IMPORTED);
    await page.locator('dialog[open] .import-plan').waitFor();
    await check('import dialog');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await page.goto(`${base()}#/briefing/lbrf1`);
    await page.locator('.briefing-prose').getByText('Die Zusammenarbeit wird ausgebaut.').waitFor();
    await page.locator('.save-status').waitFor();
    await check('editor');
    await page.locator('.briefing-prose p').first().click();
    await page.keyboard.press('Control+F');
    await page.locator('.find-panel').waitFor();
    await check('editor: find and replace');
    await page.keyboard.press('Escape');
    await page.locator('.briefing-prose p').first().click();
    await withDialog('editor: link', () => page.keyboard.press('Control+K'));
    await withDialog('editor: cite source', () => page.locator('.cite-button').click());
    await page.locator('[aria-controls="briefing-versions"]').click();
    await page.locator('.versions-panel').waitFor();
    await check('editor: versions');
    await withDialog('export dialog', () => page.keyboard.press('Control+E'));

    expect(
      Object.fromEntries(
        [...untranslated].filter(([, words]) => words.size > 0).map(([view, words]) => [view, [...words]]),
      ),
    ).toEqual({});
  });
});
