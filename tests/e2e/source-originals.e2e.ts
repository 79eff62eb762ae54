// The original is kept, in real Chromium with real IndexedDB: a saved web page dropped with its _files
// pictures becomes a source that keeps the page and the pictures as captured (SHA-256, capture time), shows
// them and saves a copy byte for byte; shared as a .dossier and imported into a fresh browser, the
// original arrives with the same SHA-256.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDossierPackage } from '../../shared/package';
import { CHART_PNG, PHOTO_PNG, savedPageHtml, writeSavedPages } from '../fixtures/ingest/saved-pages';
import { launchChromium } from './support/chromium';
import { databaseRecords } from './support/database';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const exact = { exact: true } as const;
const pageBytes = new TextEncoder().encode(savedPageHtml());
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function openPage(context: BrowserContext): Promise<Page> {
  const opened = await context.newPage();
  opened.on('pageerror', (error) => pageErrors.push(error.message));
  opened.context().setDefaultTimeout(30_000);
  await opened.goto(inject('baseUrl'));
  await opened.getByRole('button', { name: 'New dossier' }).first().waitFor();
  return opened;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await openPage(
    await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }),
  );
});

afterAll(async () => {
  await browser?.close();
});

/** Drops files on the Sources tab as a file manager would: all of them in one drop. */
async function dropOnSources(files: { name: string; type: string; bytes: Uint8Array }[]) {
  await page.evaluate(
    (given) => {
      const data = new DataTransfer();
      for (const file of given)
        data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      const target = document.querySelector('.sources-tab');
      if (!target) throw new Error('no Sources tab');
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    files.map((file) => ({ ...file, bytes: [...file.bytes] })),
  );
}

function ingestDialog() {
  return page.getByRole('dialog', { name: 'New source from material' });
}

describe('a saved web page dropped with its folder', () => {
  let capturedBetween: [number, number] = [0, 0];

  it('is read with its pictures from the folder, and the review says what is kept', async () => {
    await page.getByRole('button', { name: 'New dossier' }).first().click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByLabel('Title', exact).fill('Aldeport harbour');
    await create.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    await page.getByRole('tab', { name: /Sources/ }).click();

    const before = Date.now();
    await dropOnSources([
      { name: 'pilot-station.html', type: 'text/html', bytes: pageBytes },
      { name: 'station photo.png', type: 'image/png', bytes: PHOTO_PNG },
      { name: 'chart.png', type: 'image/png', bytes: CHART_PNG },
    ]);
    const dialog = ingestDialog();
    await dialog.getByRole('list', { name: 'Blocks of the material' }).waitFor();
    const note = dialog.getByRole('note');
    await note.getByText(/The original, pilot-station\.html \(.+\), is kept with the source/).waitFor();
    await note.getByText('2 pictures from the page’s folder are kept with it.').waitFor();
    await note.getByText('1 picture is on the web and was not fetched.').waitFor();

    await dialog.getByRole('button', { name: 'Save source' }).click();
    await dialog.waitFor({ state: 'detached' });
    capturedBetween = [before, Date.now()];
  });

  it('stored the page and its pictures as attachments named by their SHA-256, with the capture time', async () => {
    const records = await databaseRecords(page);
    const [source] = records.sources as {
      title: string;
      attachmentIds: string[];
      originals: { attachmentId: string; capturedAt: string }[];
    }[];
    expect(source?.title).toBe('Pilot station at Aldeport reopens after storm repairs');
    expect(source?.originals.map((original) => original.attachmentId)).toEqual([
      sha256(pageBytes),
      sha256(PHOTO_PNG),
      sha256(CHART_PNG),
    ]);
    const captured = Date.parse(source?.originals[0]?.capturedAt ?? '');
    expect(captured).toBeGreaterThanOrEqual(capturedBetween[0] - 1000);
    expect(captured).toBeLessThanOrEqual(capturedBetween[1]);
    expect(records.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: sha256(pageBytes),
          name: 'pilot-station.html',
          size: pageBytes.byteLength,
        }),
        expect.objectContaining({ id: sha256(PHOTO_PNG), name: 'station photo.png', mimeType: 'image/png' }),
      ]),
    );
  });

  it('shows the original on the source and saves a copy byte for byte', async () => {
    await page
      .getByRole('table', { name: 'Sources' })
      .getByRole('button', { name: 'Pilot station at Aldeport reopens after storm repairs' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit source' });
    const originals = dialog.getByRole('region', { name: 'Original as captured' });
    const row = originals.getByRole('row').filter({ hasText: 'pilot-station.html' });
    await row.getByText(sha256(pageBytes)).waitFor();
    expect(await row.textContent()).toMatch(/kB/);
    await originals
      .getByRole('row')
      .filter({ hasText: 'station photo.png' })
      .getByText(sha256(PHOTO_PNG))
      .waitFor();

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Save a copy of pilot-station.html' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pilot-station.html');
    const saved = path.join(tmpdir(), `original-${Date.now()}.html`);
    await file.saveAs(saved);
    expect(sha256(readFileSync(saved))).toBe(sha256(pageBytes));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('travels in the shared package, and a colleague’s import shows the same SHA-256', async () => {
    await page.getByRole('button', { name: 'Share dossier' }).click();
    const share = page.getByRole('dialog', { name: 'Share dossier' });
    // The first share makes the officer's signing key, under the name they give.
    await share.getByLabel('Your name as colleagues will see it').fill('J. Weber, BKA liaison Rabat');
    const download = page.waitForEvent('download');
    await share.getByRole('button', { name: 'Save .dossier file' }).click();
    const file = await download;
    const shared = path.join(tmpdir(), `originals-${Date.now()}.dossier`);
    await file.saveAs(shared);

    // Read back by the one package reader, which checks every attachment's SHA-256 as it reads it.
    const read = await readDossierPackage(new Uint8Array(readFileSync(shared)));
    const [source] = read.document.sources;
    expect(source?.originals?.map((original) => original.attachmentId)).toEqual([
      sha256(pageBytes),
      sha256(PHOTO_PNG),
      sha256(CHART_PNG),
    ]);
    expect(sha256(await read.attachments.bytes(sha256(pageBytes)))).toBe(sha256(pageBytes));

    // A colleague's browser: its own, empty IndexedDB.
    const colleague = await openPage(await browser.newContext({ viewport: { width: 1280, height: 800 } }));
    const chooser = colleague.waitForEvent('filechooser');
    await colleague.getByRole('button', { name: 'Import dossier' }).first().click();
    await (await chooser).setFiles(shared);
    const importing = colleague.getByRole('dialog', { name: 'Import dossier' });
    // Signed by someone the colleague does not know yet: it imports once they trust the key.
    await importing.getByRole('button', { name: 'Trust this key' }).click({ timeout: 60_000 });
    await importing.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
    await importing.waitFor({ state: 'detached', timeout: 60_000 });
    await colleague.getByRole('tab', { name: /Sources/ }).click();
    await colleague
      .getByRole('table', { name: 'Sources' })
      .getByRole('button', { name: 'Pilot station at Aldeport reopens after storm repairs' })
      .click();
    const originals = colleague
      .getByRole('dialog', { name: 'Edit source' })
      .getByRole('region', { name: 'Original as captured' });
    await originals
      .getByRole('row')
      .filter({ hasText: 'pilot-station.html' })
      .getByText(sha256(pageBytes))
      .waitFor();
    const records = await databaseRecords(colleague);
    expect((records.attachmentChunks as unknown[]).length).toBe(3);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});

describe('a saved page dropped with its _files folder from the file manager', () => {
  it('reads the folder’s pictures as the page’s', async () => {
    const pages = writeSavedPages(mkdtempSync(path.join(tmpdir(), 'dropped-page-')));
    await page.getByRole('tab', { name: /Sources/ }).click();
    const zone = await page.locator('.sources-tab').boundingBox();
    if (!zone) throw new Error('no Sources tab');
    // Through the browser's own drag and drop, so the folder arrives as a folder (webkitGetAsEntry).
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [pages.html, pages.folder], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, x: zone.x + 40, y: zone.y + 40, data });
    const dialog = ingestDialog();
    const note = dialog.getByRole('note');
    await note.getByText(/The original, pilot-station\.html \(.+\), is kept with the source/).waitFor();
    await note.getByText('2 pictures from the page’s folder are kept with it.').waitFor();
    expect(await note.getByText(/not given with the page/).count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
