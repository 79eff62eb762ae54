// Sharing as a round trip, with two officers in two browser contexts (each its own IndexedDB): A shares a
// dossier, B imports it, edits and shares back while A keeps working; A merges B's copy. Edits of
// different paragraphs and records come together without a question; the same field changed on both
// sides is asked about; Undo puts the dossier back as it was.

import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { databaseRecords, dossierSnapshot, putRecords } from './support/database';

const AT = '2024-05-20T09:00:00.000Z';
const DOSSIER_ID = 'dosMerge';
const BRIEFING_ID = 'brMerge';
const SOURCE_ID = 'srcMerge';
const PARAGRAPHS = [
  'Opening: the ministers met in Rabat.',
  'Middle: the cooperation figures for 2023.',
  'Closing: next steps were agreed.',
];

let browser: Browser;
let officerA: Page;
let officerB: Page;
const pageErrors: string[] = [];

async function officer(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  officerA = await officer();
  officerB = await officer();
  // A's dossier: a graded source and a briefing of three paragraphs, as A wrote them.
  await putRecords(officerA, {
    dossiers: [
      {
        id: DOSSIER_ID,
        title: 'Rabat liaison',
        summary: '',
        tags: [],
        marking: { scheme: 'tlp', level: 'green' },
        createdAt: AT,
        updatedAt: AT,
        status: 'active',
        markingRank: 'tlp:01',
      },
    ],
    sources: [
      {
        id: SOURCE_ID,
        dossierId: DOSSIER_ID,
        title: 'Interior ministry statement',
        outlet: 'Ministry of the Interior',
        author: '',
        retrievedAt: '2024-05-20',
        language: 'en',
        body: { type: 'doc', content: [{ type: 'paragraph' }] },
        notes: '',
        marking: { scheme: 'tlp', level: 'green' },
        grading: { reliability: 'C', credibility: 3 },
        attachmentIds: [],
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    briefings: [
      {
        id: BRIEFING_ID,
        dossierId: DOSSIER_ID,
        title: 'Brief for Rabat',
        templateId: 'briefing-note',
        marking: { scheme: 'tlp', level: 'green' },
        status: 'draft',
        content: {
          type: 'doc',
          content: PARAGRAPHS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        },
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function openDossier(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/dossier/${DOSSIER_ID}/sources`);
  await page.getByRole('table', { name: 'Sources' }).waitFor();
}

/**
 * Shares the open dossier and keeps the file as the recipient would receive it; an officer's first share
 * asks for the name their signing key is made under.
 */
async function shareDossier(page: Page, name: string): Promise<string> {
  await openDossier(page);
  await page.getByRole('button', { name: 'Share dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share dossier' });
  const officerName = dialog.getByLabel('Your name as colleagues will see it');
  await Promise.race([officerName.waitFor(), dialog.getByText(/^Signed as /).waitFor()]);
  if (await officerName.isVisible()) await officerName.fill(page === officerA ? 'Officer A' : 'Officer B');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save .dossier file' }).click();
  const file = path.join(tmpdir(), `${name}-${Date.now()}.dossier`);
  await (await download).saveAs(file);
  await dialog.waitFor({ state: 'detached' });
  return file;
}

async function importFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dossier' }).first().click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: 'Import dossier' });
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
}

/** Types `text` at the start (or end) of the briefing's first (or last) paragraph, and waits for the save. */
async function editParagraph(page: Page, which: 'first' | 'last', text: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/briefing/${BRIEFING_ID}`);
  const paragraph = page.locator('.briefing-prose p')[which]();
  if (which === 'first') {
    // At the paragraph's first character: the caret lands before it.
    await paragraph.click({ position: { x: 1, y: 4 } });
  } else {
    await paragraph.click();
    await page.keyboard.press('Control+End');
  }
  await page.keyboard.type(text);
  await waitForSaved(page);
}

async function editSource(
  page: Page,
  title: string,
  change: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await openDossier(page);
  await page.getByRole('table', { name: 'Sources' }).getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit source' });
  await change(dialog);
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function addSource(page: Page, title: string): Promise<void> {
  await openDossier(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Title', { exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await dialog.waitFor({ state: 'detached' });
}

interface StoredBriefing {
  id: string;
  content: { content: { content?: { text?: string }[] }[] };
}
interface StoredSource {
  id: string;
  dossierId: string;
  title: string;
  grading: { reliability: string; credibility: number };
}

async function storedDossier(page: Page) {
  const records = await databaseRecords(page);
  const briefing = (records.briefings as StoredBriefing[]).find((item) => item.id === BRIEFING_ID);
  const sources = (records.sources as StoredSource[]).filter((item) => item.dossierId === DOSSIER_ID);
  return {
    paragraphs: (briefing?.content.content ?? []).map((block) =>
      (block.content ?? []).map((inline) => inline.text ?? '').join(''),
    ),
    sources,
  };
}

describe('two officers share a dossier back and forth', () => {
  let fromB = '';

  it('merges B’s copy into A’s: both paragraphs’ edits, B’s source and A’s grading, nothing asked', async () => {
    const fromA = await shareDossier(officerA, 'rabat-from-a');

    let dialog = await importFile(officerB, fromA);
    // Each officer trusts the other's key on the first package from them (after comparing fingerprints).
    await dialog.getByRole('button', { name: 'Trust this key' }).click({ timeout: 60_000 });
    await dialog.getByText(/A new dossier: “Rabat liaison”/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await officerB.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    await editParagraph(officerB, 'first', 'Liaison office: ');
    await addSource(officerB, 'Liaison office note');
    fromB = await shareDossier(officerB, 'rabat-from-b');

    // Meanwhile A reworks the last paragraph and regrades the source.
    await editParagraph(officerA, 'last', ' Agreed at the desk.');
    await editSource(officerA, 'Interior ministry statement', async (edit) => {
      await edit.getByLabel('Source reliability').selectOption('A');
      await edit.getByLabel('Information credibility').selectOption('1');
    });

    dialog = await importFile(officerA, fromB);
    await dialog.getByRole('button', { name: 'Trust this key' }).click({ timeout: 60_000 });
    await dialog.getByText(/A copy of “Rabat liaison”/).waitFor({ timeout: 60_000 });
    const merge = dialog.getByRole('button', { name: 'Merge', exact: true });
    // Merge is the default: the primary button of the review.
    expect(await merge.getAttribute('class')).toContain('button-primary');
    await merge.click();
    // Nothing to ask: the dialog closes and the merge is stored.
    await dialog.waitFor({ state: 'detached' });
    await officerA
      .getByRole('status')
      .filter({ hasText: /Merged “rabat-from-b/ })
      .waitFor();
    await officerA.getByRole('table', { name: 'Sources' }).getByText('Liaison office note').waitFor();

    const stored = await storedDossier(officerA);
    expect(stored.paragraphs).toEqual([
      `Liaison office: ${PARAGRAPHS[0]}`,
      PARAGRAPHS[1],
      `${PARAGRAPHS[2]} Agreed at the desk.`,
    ]);
    expect(stored.sources.map((source) => source.title).sort()).toEqual([
      'Interior ministry statement',
      'Liaison office note',
    ]);
    expect(stored.sources.find((source) => source.id === SOURCE_ID)?.grading).toEqual({
      reliability: 'A',
      credibility: 1,
    });
  }, 240_000);

  it('asks when both changed a source’s title, showing both, and “Keep both” keeps both', async () => {
    await editSource(officerB, 'Interior ministry statement', (edit) =>
      edit.getByLabel('Title', { exact: true }).fill('Interior ministry press statement'),
    );
    const again = await shareDossier(officerB, 'rabat-from-b-again');
    await editSource(officerA, 'Interior ministry statement', (edit) =>
      edit.getByLabel('Title', { exact: true }).fill('Statement of the interior ministry'),
    );

    const dialog = await importFile(officerA, again);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click({ timeout: 60_000 });
    const conflicts = dialog.getByRole('form', { name: 'Conflicts to resolve' });
    const conflict = conflicts.getByRole('group', {
      name: /Source “Statement of the interior ministry”: title/,
    });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Statement of the interior ministry');
    expect(await conflict.textContent()).toContain('Interior ministry press statement');
    // Nothing is chosen for the user: the merge waits for a choice.
    expect(await conflicts.getByRole('button', { name: 'Merge' }).isDisabled()).toBe(true);
    await conflict.getByRole('radio', { name: 'Keep both' }).check();
    await conflicts.getByRole('button', { name: 'Merge' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = officerA.getByRole('table', { name: 'Sources' });
    await table.getByText('Interior ministry press statement (their version)').waitFor();
    await table.getByText('Statement of the interior ministry', { exact: true }).waitFor();
  }, 240_000);

  it('undoes a merge: the dossier is exactly as it was before', async () => {
    await addSource(officerB, 'Embassy cable');
    const third = await shareDossier(officerB, 'rabat-from-b-third');

    await openDossier(officerA);
    const before = await dossierSnapshot(officerA, DOSSIER_ID);
    const dialog = await importFile(officerA, third);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click({ timeout: 60_000 });
    await dialog.waitFor({ state: 'detached' });
    await officerA.getByRole('table', { name: 'Sources' }).getByText('Embassy cable').waitFor();
    const notice = officerA.getByRole('status').filter({ hasText: /Merged “rabat-from-b-third/ });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await officerA.getByRole('status').filter({ hasText: 'Restored.' }).waitFor();
    expect(await dossierSnapshot(officerA, DOSSIER_ID)).toBe(before);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
