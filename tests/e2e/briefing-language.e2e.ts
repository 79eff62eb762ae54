// A briefing's language in real Chromium: a new briefing starts in the interface's language with its
// template's sections in it, the language is changed from the briefing's toolbar and stored, and each
// paragraph runs in the direction of its text (right to left throughout in an Arabic briefing).
// Elements are found by what this feature names (its own catalogue) or by their place, so the test holds
// whatever language the rest of the interface speaks.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './support/chromium-per-file';
import { databaseRecords, putRecords } from './support/database';

const AT = '2024-05-01T10:00:00.000Z';

const chromium = chromiumPerFile();
let page: Page;
let pageErrors: string[];

const dossier = {
  id: 'dos1',
  title: 'Sécurité Maroc–Allemagne',
  summary: '',
  tags: [],
  marking: { scheme: 'tlp', level: 'amber' },
  createdAt: AT,
  updatedAt: AT,
  status: 'active',
  markingRank: 'tlp:02',
};

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const briefing = {
  id: 'brf1',
  dossierId: 'dos1',
  title: 'Revue de presse',
  templateId: 'briefing-note',
  marking: { scheme: 'tlp', level: 'amber' },
  language: 'fr',
  status: 'draft',
  content: {
    type: 'doc',
    content: [
      paragraph('La presse marocaine rapporte la visite du ministre.'),
      paragraph('التعاون الأمني بين المغرب وألمانيا يتعزز'),
    ],
  },
  createdAt: AT,
  updatedAt: AT,
};

async function openApp(locale: string): Promise<void> {
  const context = await chromium.newContext({ viewport: { width: 1280, height: 800 }, locale });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
  // The app has made its database once its tables exist.
  await expect
    .poll(() =>
      page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'dossier-desk')),
    )
    .toBe(true);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 })
    .toBe(locale.slice(0, 2));
  await putRecords(page, { dossiers: [dossier], briefings: [briefing] });
}

async function storedBriefings(): Promise<{ id: string; language?: string; content: unknown }[]> {
  return ((await databaseRecords(page)).briefings ?? []) as {
    id: string;
    language?: string;
    content: unknown;
  }[];
}

/** The direction Chromium lays each paragraph of the text out in. */
function paragraphDirections(): Promise<string[]> {
  return page
    .locator('.briefing-prose p')
    .evaluateAll((paragraphs) => paragraphs.map((p) => getComputedStyle(p).direction));
}

describe('a briefing’s language', () => {
  it('starts a new briefing in the interface’s language: a German briefing note opens with Anlass … Votum', async () => {
    await openApp('de-DE');
    await page.goto(`${inject('baseUrl')}#/dossier/dos1/briefings`);
    // The briefings tab's one primary action: "New briefing", whatever language says it.
    await page.locator('.tab-content .list-toolbar .button-primary').click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog');
    const language = dialog.getByLabel('Sprache', { exact: true });
    await expect.poll(() => language.inputValue()).toBe('de');
    // The template picker names the templates in the briefing's language.
    await expect
      .poll(() => dialog.locator('select').first().locator('option:checked').textContent())
      .toBe('Vermerk');
    await dialog.locator('button[type="submit"]').click();
    await page.locator('.briefing-prose h1').first().waitFor();
    expect(await page.locator('.briefing-prose h1').allTextContents()).toEqual([
      'Anlass',
      'Hintergrund',
      'Sachstand',
      'Bewertung',
      'Votum',
    ]);
    const created = (await storedBriefings()).find((record) => record.id !== 'brf1');
    expect(created?.language).toBe('de');
    expect(pageErrors).toEqual([]);
  });

  it('lays each paragraph out in its text’s direction, and an Arabic briefing right to left throughout', async () => {
    await openApp('en-US');
    await page.goto(`${inject('baseUrl')}#/briefing/brf1`);
    await page.locator('.briefing-prose p').first().waitFor();
    // A French briefing: the French paragraph left to right, the Arabic quotation right to left.
    expect(await paragraphDirections()).toEqual(['ltr', 'rtl']);
    expect(await page.locator('.editor-page').getAttribute('lang')).toBe('fr');

    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await expect.poll(paragraphDirections).toEqual(['rtl', 'rtl']);
    expect(await page.locator('.editor-page').getAttribute('lang')).toBe('ar');
    await expect
      .poll(async () => (await storedBriefings()).find((record) => record.id === 'brf1')?.language, {
        timeout: 10_000,
      })
      .toBe('ar');

    // Chosen again after a reload: the stored language, not the interface's.
    await page.reload();
    await page.locator('.briefing-prose p').first().waitFor();
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('ar');
    expect(await paragraphDirections()).toEqual(['rtl', 'rtl']);
    expect(pageErrors).toEqual([]);
  });
});
