// Office templates in real Chromium with real IndexedDB: the LibreOffice-made house template added, previewed
// and set up in the Templates view, then offered by the export dialog, whose .docx carries its look; every
// hostile .dotx refused or cleaned with a message, a refused one leaving the database exactly as it was.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateHostileReferences, type HostileReference } from '../fixtures/hostile/reference-documents';
import { OFFICE_REFERENCE } from '../fixtures/reference/make-office-reference';
import { launchChromium } from './support/chromium';
import { databaseRecords, databaseSnapshot } from './support/database';

let browser: Browser;
let page: Page;
let hostile: HostileReference[];
const pageErrors: string[] = [];

beforeAll(async () => {
  hostile = generateHostileReferences();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
  await page.getByRole('heading', { name: 'No dossiers yet' }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function addTemplate(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add office template…' }).click();
  await (await chooser).setFiles(file);
}

interface StoredOfficeTemplate {
  id: string;
  name: string;
  dresses: string[];
  defaults: { author: string; distribution: string[] };
  reference: Record<string, number>;
}

async function storedTemplates(): Promise<StoredOfficeTemplate[]> {
  return ((await databaseRecords(page)).officeTemplates ?? []) as StoredOfficeTemplate[];
}

/** The stored reference's bytes (a Uint8Array comes out of JSON as an object of indexes). */
const bytesOf = (record: Record<string, number>) => new Uint8Array(Object.values(record));

describe('the Templates view', () => {
  it('opens from its command and says no office template is there yet', async () => {
    await page.getByRole('button', { name: 'Office templates' }).click();
    await page.getByRole('heading', { name: 'Office templates', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/templates$/);
    await page.getByText('No office template yet.').waitFor();
  });

  it('adds the office template and previews its page, fonts, colours and margins', async () => {
    await addTemplate(OFFICE_REFERENCE.file);
    const card = page.getByRole('article', { name: 'office-reference' });
    await card.waitFor();
    const sketch = card.getByRole('img', { name: 'Page in the look of office-reference' });
    await sketch.waitFor();
    const logo = card.getByRole('img', { name: 'Office logo' });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);
    await expect(card.getByText(OFFICE_REFERENCE.headerText).first().isVisible()).resolves.toBe(true);
    const facts = (await card.locator('dl').textContent()) ?? '';
    expect(facts).toContain(OFFICE_REFERENCE.bodyFont);
    expect(facts).toMatch(/210 × 297 mm, margins .*30 \/ .*30 mm/);
    const heading = sketch.getByText('Heading 1');
    expect(await heading.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(139, 0, 0)');
    expect((await storedTemplates()).map((template) => template.name)).toEqual(['office-reference']);
  });

  it('sets what it dresses and its cover defaults, kept in the database', async () => {
    const card = page.getByRole('article', { name: 'office-reference' });
    await card.getByLabel('Name').fill('Ministry house style');
    await card.getByRole('checkbox', { name: 'Briefing note' }).check();
    await card.getByLabel('Default author').fill('Registry officer');
    await card.getByLabel('Default distribution').fill('Director\nRegistry');
    await card.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Ministry house style.').waitFor();
    const [stored] = await storedTemplates();
    expect(stored).toMatchObject({
      name: 'Ministry house style',
      dresses: ['briefing-note'],
      defaults: { author: 'Registry officer', distribution: ['Director', 'Registry'] },
    });
  });

  it('refuses each hostile file with a message and leaves the database exactly as it was', async () => {
    for (const fixture of hostile.filter((item) => item.refusedWith)) {
      const before = await databaseSnapshot(page);
      await addTemplate(fixture.file);
      const alert = page.getByRole('alert').filter({ hasText: fixture.name });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent(), fixture.name).toContain('was not added, and nothing was stored.');
      await page.getByRole('button', { name: 'Add office template…' }).waitFor({ state: 'visible' });
      expect(await page.getByRole('button', { name: 'Add office template…' }).isEnabled()).toBe(true);
      expect(await databaseSnapshot(page), fixture.name).toBe(before);
    }
    const bomb = page.getByRole('alert');
    expect(await bomb.count()).toBe(1);
  });

  it('cleans a macro template and one with external links, and says what was left out', async () => {
    const expected: Record<string, string> = {
      'macros.dotm': 'Its macros and embedded programs were left out.',
      'external-relationship.dotx': 'Its links to things outside the file',
    };
    for (const fixture of hostile.filter((item) => item.cleanedWith)) {
      await addTemplate(fixture.file);
      await page
        .locator('.notice')
        .filter({ hasText: expected[fixture.name] as string })
        .waitFor();
      const name = fixture.name.replace(/\.(dotm|dotx)$/, '');
      await page.getByRole('article', { name }).waitFor();
      const stored = (await storedTemplates()).find((template) => template.name === name);
      const parts = unzipSync(bytesOf(stored?.reference ?? {}));
      const kept = Object.entries(parts)
        .map(([part, bytes]) => `${part}\n${Buffer.from(bytes).toString('latin1')}`)
        .join('\n');
      expect(kept, fixture.name).not.toContain(fixture.absentAfterCleaning);
      expect(kept, fixture.name).not.toMatch(/TargetMode="External"|vbaProject|macroEnabled/);
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('the export dialog', () => {
  it('offers the office template that dresses the briefing, and the .docx carries its look', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByRole('button', { name: 'Import dossier' }).first().click();
    await (await chooser).setFiles(path.resolve(__dirname, '../fixtures/packages/v1-sample.dossier'));
    const dialog = page.getByRole('dialog', { name: 'Import dossier' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const briefings = (await databaseRecords(page)).briefings as { id: string; templateId: string }[];
    const briefing = briefings.find((candidate) => candidate.templateId === 'briefing-note');
    await page.goto(`${inject('baseUrl')}#/briefing/${briefing?.id}`);

    await page.getByRole('button', { name: 'Export to Word' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
    const look = exportDialog.getByLabel('Office look');
    await expect.poll(() => look.locator('option:checked').textContent()).toBe('Ministry house style');
    const options = await look.locator('option').allTextContents();
    expect(options).toEqual(
      expect.arrayContaining(["The desk's own look", 'Ministry house style', 'macros']),
    );
    // The sample briefing cites a source marked higher than itself: the app asks, the officer confirms.
    page.once('dialog', (question) => void question.accept());
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = await (await download).path();
    const parts = unzipSync(new Uint8Array(readFileSync(saved)));
    const text = (name: string) => Buffer.from(parts[name] as Uint8Array).toString('utf8');
    expect(text('word/styles.xml')).toContain(`w:ascii="${OFFICE_REFERENCE.bodyFont}"`);
    expect(text('word/styles.xml')).toContain(`<w:color w:val="${OFFICE_REFERENCE.heading1Color}"/>`);
    expect(text('word/document.xml')).toContain(`w:left="${OFFICE_REFERENCE.page.margin}"`);
    expect(text('word/header1.xml')).toContain(OFFICE_REFERENCE.headerText);
    // The cover takes the template's defaults.
    expect(text('word/document.xml')).toContain('Registry officer');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('sharing a dossier dressed in an office template', () => {
  it("carries the template in the .dossier, and the colleague's import stores it", async () => {
    const dossiers = (await databaseRecords(page)).dossiers as { id: string }[];
    await page.goto(`${inject('baseUrl')}#/dossier/${dossiers[0]?.id}/sources`);
    await page.getByRole('button', { name: 'Share dossier' }).click();
    const share = page.getByRole('dialog', { name: 'Share dossier' });
    // The first share makes the officer's signing key, under the name they give.
    await share.getByLabel('Your name as colleagues will see it').fill('R. Okafor, registry');
    // The sample holds TLP:AMBER material, so the dialog asks for encryption; this test is about the template.
    await share.getByRole('checkbox', { name: /Share without encryption/ }).check();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await share.getByRole('button', { name: 'Save .dossier file' }).click();
    const file = path.join(tmpdir(), `office-template-share-${Date.now()}.dossier`);
    await (await download).saveAs(file);
    const carried = Object.keys(unzipSync(new Uint8Array(readFileSync(file))));
    expect(carried).toContain('office-templates.json');
    const [ministry] = (await storedTemplates()).filter(
      (template) => template.name === 'Ministry house style',
    );
    expect(carried).toContain(`office-templates/${ministry?.id}.dotx`);

    // As on the colleague's machine: the template is not there until the dossier brings it.
    await page.goto(`${inject('baseUrl')}#/templates`);
    page.once('dialog', (question) => void question.accept());
    await page
      .getByRole('article', { name: 'Ministry house style' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page.getByRole('article', { name: 'Ministry house style' }).waitFor({ state: 'detached' });
    expect((await storedTemplates()).some((template) => template.id === ministry?.id)).toBe(false);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import dossier' }).first().click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Import dossier' });
    await dialog.getByRole('button', { name: 'Keep both' }).click({ timeout: 60_000 });
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(async () => (await storedTemplates()).find((template) => template.id === ministry?.id)?.name, {
        timeout: 30_000,
      })
      .toBe('Ministry house style');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
