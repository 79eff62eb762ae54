// Sharing in real Chromium with real IndexedDB: a dossier shared as a .dossier file (with a passphrase)
// and imported back; the format-1 fixture opens; and every hostile file is refused with a message while
// the database stays exactly as it was.

import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDossierPackage } from '../../shared/package';
import { generateHostileFixtures, type HostileFixture } from '../fixtures/hostile/generate';
import {
  pseudoRandomBytes,
  sampleAttachments,
  sampleDossierJson,
  sha256Hex,
} from '../fixtures/packages/sample-dossier';
import { launchChromium } from './support/chromium';
import { databaseSnapshot as databaseSnapshotOf, dossierSnapshot } from './support/database';

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
    // The first share makes the officer's signing key, under the name they give.
    await dialog.getByLabel('Your name as colleagues will see it').fill('J. Weber, BKA liaison Rabat');
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
    // Nothing is written before the user has seen what the import will do.
    await dialog.getByText(/A new dossier: “/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
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

/** The sample package under `dossierId` and `title`, its record ids as they are: a copy of its JSON. */
async function samplePackage(dossierId: string, title: string): Promise<string> {
  const attachments = sampleAttachments();
  const json = JSON.parse(
    JSON.stringify(sampleDossierJson(attachments)).replaceAll('d-morocco-germany', dossierId),
  );
  json.dossier.title = title;
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(json, (id) => bytes.get(id), { appVersion: 'e2e' });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const file = path.join(tmpdir(), `${dossierId}.dossier`);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('a package that reuses the record ids of a dossier already here', () => {
  it('is stored under new ids and leaves that dossier exactly as it was, through the picker, a drop and an OS open', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The browser hands an installed app the files the OS opens with it through window.launchQueue; this page
    // is not installed, so the test stands in for the browser and delivers the file the same way.
    await context.addInitScript(() => {
      const stand = window as unknown as { __launch?: (params: unknown) => void };
      // Chromium has a launchQueue of its own on Window's prototype: this one, on the window, comes first.
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: {
          setConsumer(consumer: (params: unknown) => void) {
            stand.__launch = consumer;
          },
        },
      });
    });
    const desk = await context.newPage();
    const errors: string[] = [];
    desk.on('pageerror', (error) => errors.push(error.message));
    await desk.goto(inject('baseUrl'));
    const stamp = Date.now();
    const original = await samplePackage(`d-original-${stamp}`, 'Morocco–Germany security cooperation');
    const chooseFile = async (file: string) => {
      const chooser = desk.waitForEvent('filechooser');
      await desk.getByRole('button', { name: 'Import dossier' }).first().click();
      await (await chooser).setFiles(file);
    };
    const dialog = desk.getByRole('dialog', { name: 'Import dossier' });
    await chooseFile(original);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
    await dialog.waitFor({ state: 'detached' });
    await desk.getByRole('table', { name: 'Sources' }).waitFor();
    const before = await dossierSnapshot(desk, `d-original-${stamp}`);
    expect(JSON.parse(before).sources.length).toBeGreaterThan(0);

    const paths: [string, (file: string) => Promise<void>][] = [
      ['picker', chooseFile],
      [
        'drop',
        async (file) => {
          const bytes = [...readFileSync(file)];
          await desk.evaluate(
            ({ data, name }) => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([new Uint8Array(data)], name));
              window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
              window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
            },
            { data: bytes, name: path.basename(file) },
          );
        },
      ],
      [
        'os',
        async (file) => {
          const bytes = [...readFileSync(file)];
          await desk.evaluate(
            ({ data, name }) => {
              const launch = (window as unknown as { __launch?: (params: unknown) => void }).__launch;
              if (!launch) throw new Error('the app did not ask for launched files');
              const handle = {
                kind: 'file',
                name,
                getFile: async () => new File([new Uint8Array(data)], name),
              };
              launch({ files: [handle] });
            },
            { data: bytes, name: path.basename(file) },
          );
        },
      ],
    ];
    for (const [how, open] of paths) {
      const copy = await samplePackage(`d-copy-${how}-${stamp}`, `Second desk (${how})`);
      await desk.goto(`${inject('baseUrl')}#/`);
      await open(copy);
      await dialog.getByText(`A new dossier: “Second desk (${how})”`).waitFor({ timeout: 60_000 });
      await dialog.getByText(/records use ids that another dossier in your library already has/).waitFor();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await desk
        .getByRole('status')
        .filter({ hasText: /given a new id/ })
        .waitFor({ timeout: 60_000 });
      expect(await dossierSnapshot(desk, `d-original-${stamp}`), how).toBe(before);
      const stored = JSON.parse(await dossierSnapshot(desk, `d-copy-${how}-${stamp}`));
      expect(stored.sources.length, how).toBe(JSON.parse(before).sources.length);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('changes nothing at all when the user cancels after reading what it would do', async () => {
    const stamp = Date.now();
    const copy = await samplePackage(`d-cancelled-${stamp}`, 'Cancelled copy');
    await page.goto(`${inject('baseUrl')}#/`);
    const before = await databaseSnapshot();
    const dialog = await importFile(copy);
    await dialog.getByText('A new dossier: “Cancelled copy”').waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await databaseSnapshot()).toBe(before);
  });
});

/** The sample with a 12 MB photo, under its own dossier id: an import with real work to store. */
async function slowToStorePackage(): Promise<string> {
  const [notes] = sampleAttachments();
  const photo = { name: 'harbour.png', mimeType: 'image/png', bytes: pseudoRandomBytes(12 * 1024 * 1024, 7) };
  const attachments = [notes as typeof photo, photo];
  const json = JSON.parse(
    JSON.stringify(sampleDossierJson(attachments)).replaceAll('d-morocco-germany', `d-race-${Date.now()}`),
  );
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(json, (id) => bytes.get(id), { appVersion: 'e2e' });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const file = path.join(tmpdir(), `slow-${Date.now()}.dossier`);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('work that finishes after the user moved on', () => {
  it('keeps a search typed while an import is being stored, and offers to open the imported copy', async () => {
    const file = await slowToStorePackage();
    await page.goto(`${inject('baseUrl')}#/`);
    const first = await importFile(file);
    await first.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
    await first.waitFor({ state: 'detached', timeout: 60_000 });
    const title = page.getByRole('textbox', { name: 'Dossier title' });
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toMatch(/^Morocco/);
    const dossierUrl = page.url();

    const dialog = await importFile(file);
    const keepBoth = dialog.getByRole('button', { name: 'Keep both' });
    await keepBoth.waitFor({ timeout: 60_000 });
    // Another transaction on the library holds the import's write back (IndexedDB runs transactions over the
    // same stores one after the other) until the user has typed: the import surely ends after the typing.
    await page.evaluate(
      () =>
        new Promise<void>((held, failed) => {
          const open = indexedDB.open('dossier-desk');
          open.onerror = () => failed(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const transaction = db.transaction(['dossiers'], 'readwrite');
            const hold = window as unknown as { __releaseImport?: boolean };
            hold.__releaseImport = false;
            const keepBusy = () => {
              const request = transaction.objectStore('dossiers').count();
              request.onsuccess = () => {
                if (!hold.__releaseImport) keepBusy();
              };
            };
            keepBusy();
            transaction.oncomplete = () => db.close();
            held();
          };
        }),
    );
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    try {
      await keepBoth.click();
      await search.fill('Morocco');
      // Typed while the import waits to be stored: the keys reached the search box.
      expect(await search.inputValue()).toBe('Morocco');
    } finally {
      await page.evaluate(() => {
        (window as unknown as { __releaseImport?: boolean }).__releaseImport = true;
      });
    }
    const imported = page.getByRole('status').filter({ hasText: /^Imported “Morocco/ });
    await imported.waitFor({ timeout: 60_000 });
    // The search the user asked for is still what they see; the import did not take them away.
    expect(await search.inputValue()).toBe('Morocco');
    expect(page.url()).toBe(dossierUrl);
    await page
      .getByRole('list', { name: 'Search results' })
      .getByText(/Morocco/)
      .first()
      .waitFor();
    await imported.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toBe(dossierUrl);
    expect(await page.getByRole('list', { name: 'Search results' }).count()).toBe(0);
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toMatch(/\(copy\)$/);
  }, 180_000);
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
