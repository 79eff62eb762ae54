// Sharing in real Chromium with real IndexedDB: a dossier shared as a .dossier file (with a passphrase)
// and imported back; the format-1 fixture opens; and every hostile file is refused with a message while
// the database stays exactly as it was.

import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateHostileFixtures, type HostileFixture } from '../fixtures/hostile/generate';
import { launchChromium } from './support/chromium';
import { databaseSnapshot as databaseSnapshotOf } from './support/database';

let browser: Browser;
let page: Page;
let fixtures: HostileFixture[];
const pageErrors: string[] = [];

beforeAll(async () => {
  fixtures = await generateHostileFixtures();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const databaseSnapshot = () => databaseSnapshotOf(page);

async function importFile(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dossier' }).first().click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: 'Import dossier' });
}

describe('sharing a dossier', () => {
  let shared = '';

  it('writes a passphrase-protected .dossier file', async () => {
    await page.getByRole('button', { name: 'New dossier' }).click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByLabel('Title', { exact: true }).fill('Rabat meeting');
    await create.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('button', { name: 'Add source' }).click();
    const source = page.getByRole('dialog', { name: 'Add source' });
    await source.getByLabel('Title', { exact: true }).fill('Joint declaration');
    await source.getByRole('button', { name: 'Save source' }).click();
    await source.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Share dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share dossier' });
    await dialog.getByLabel('Passphrase (optional)').fill('rabat-2024-secret');
    await dialog.getByLabel('Passphrase again').fill('rabat-2024-secre');
    await dialog.getByRole('alert').filter({ hasText: 'differ' }).waitFor();
    await dialog.getByLabel('Passphrase again').fill('rabat-2024-secret');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save .dossier file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Rabat meeting.dossier');
    shared = path.join(tmpdir(), `shared-${Date.now()}.dossier`);
    await file.saveAs(shared);
    expect(readFileSync(shared).subarray(0, 4).toString('latin1')).not.toBe('PK\u0003\u0004');
  }, 120_000);

  it('refuses the wrong passphrase and changes nothing, then imports with the right one as a copy', async () => {
    const before = await databaseSnapshot();
    let dialog = await importFile(shared);
    await dialog.getByLabel('Passphrase').fill('not the passphrase');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /wrong passphrase or damaged file/i })
      .waitFor({ timeout: 60_000 });
    expect(await databaseSnapshot()).toBe(before);
    await dialog.getByRole('button', { name: 'Try another passphrase' }).click();
    await dialog.getByLabel('Passphrase').fill('rabat-2024-secret');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.getByRole('button', { name: 'Keep both' }).click({ timeout: 60_000 });
    // The page showed the original dossier before; wait for the copy's.
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Dossier title' }).inputValue(), { timeout: 30_000 })
      .toBe('Rabat meeting (copy)');
    await page.getByRole('table', { name: 'Sources' }).getByText('Joint declaration').waitFor();
    dialog = page.getByRole('dialog', { name: 'Import dossier' });
    expect(await dialog.count()).toBe(0);
  }, 180_000);

  it('opens a package written by format version 1', async () => {
    const dialog = await importFile(path.resolve(__dirname, '../fixtures/packages/v1-sample.dossier'));
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Dossier title' }).inputValue(), { timeout: 30_000 })
      .not.toMatch(/^Rabat meeting/);
  });
});

describe('a .dossier dropped on the window', () => {
  it('opens the import, which stores it', async () => {
    const bytes = [...readFileSync(path.resolve(__dirname, '../fixtures/packages/v1-sample.dossier'))];
    await page.goto(`${inject('baseUrl')}#/`);
    const rows = page.getByRole('list', { name: 'Dossiers' }).getByRole('listitem');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.dossier'));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, bytes);
    const dialog = page.getByRole('dialog', { name: 'Import dossier' });
    await dialog.getByText('dropped.dossier').waitFor();
    // The fixture was imported before in this file: keep both, so the library gains one.
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    await page.goto(`${inject('baseUrl')}#/`);
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(before + 1);
  });
});

describe('markup inside a dossier', () => {
  it('stays inert text after a share and import round trip, in lists, views and search results', async () => {
    const markup = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';
    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByRole('button', { name: 'New dossier' }).click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByLabel('Title', { exact: true }).fill(`Markup ${markup}`);
    await create.getByLabel('Summary').fill(markup);
    await create.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('button', { name: 'Add source' }).click();
    const source = page.getByRole('dialog', { name: 'Add source' });
    await source.getByLabel('Title', { exact: true }).fill(`Source ${markup}`);
    await source.getByLabel('Text', { exact: true }).fill(markup);
    await source.getByRole('button', { name: 'Save source' }).click();
    await source.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Share dossier' }).click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: 'Share dossier' })
      .getByRole('button', { name: 'Save .dossier file' })
      .click();
    const file = path.join(tmpdir(), `markup-${Date.now()}.dossier`);
    await (await download).saveAs(file);
    const dialog = await importFile(file);
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await page.getByRole('table', { name: 'Sources' }).getByText(`Source ${markup}`).waitFor();

    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('onerror');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByText(/Markup/)
      .first()
      .waitFor();
    await page.getByRole('searchbox', { name: 'Search', exact: true }).press('Escape');
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
  }, 120_000);
});

describe('hostile files through the import', () => {
  it('refuses each with a message and leaves the database exactly as it was', async () => {
    const notZip = path.join(tmpdir(), 'not-a-zip.dossier');
    writeFileSync(notZip, 'This is a letter, not a dossier.');
    const before = await databaseSnapshot();
    const refused: string[] = [];
    for (const fixture of [{ name: 'renamed text', file: notZip, passphrase: undefined }, ...fixtures]) {
      const dialog = await importFile(fixture.file);
      const passphrase = dialog.getByLabel('Passphrase');
      const alert = dialog.getByRole('alert');
      await Promise.race([passphrase.waitFor(), alert.waitFor()]);
      if (await passphrase.isVisible()) {
        await passphrase.fill(fixture.passphrase ?? 'some passphrase');
        await dialog.getByRole('button', { name: 'Open' }).click();
      }
      await alert.waitFor({ timeout: 60_000 });
      refused.push(fixture.name);
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(refused.length).toBe(fixtures.length + 1);
    expect(await databaseSnapshot()).toBe(before);
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
