// The print view in real Chromium: the sample dossier imported as a .dossier file, its briefing note shown
// for print (Mod+P), and the page printed to PDF by Chromium itself (page.pdf, the engine Electron's
// printToPDF uses). pdftotext then reads every page: the marking at its top and at its bottom, "Page X of N",
// and the contents' page numbers pointing at the pages the headings are on. And the Versions panel's
// "Export changes" on the sample's saved version: a Word file with the changes as revisions.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDossierDocument } from '../../shared/model';
import { writeDossierPackage } from '../../shared/package';
import { launchChromium } from './support/chromium';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const BRIEFING = 'b-note-cooperation';

let browser: Browser;
let page: Page;
let work = '';

/** The sample dossier as a .dossier package, with its attachments. */
async function samplePackage(): Promise<string> {
  const document = parseDossierDocument(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  const bytes = new Map<string, Uint8Array>();
  for (const { id } of document.attachments) {
    bytes.set(id, new Uint8Array(readFileSync(path.join(ROOT, 'samples', 'attachments', id))));
  }
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(document, (id) => bytes.get(id), { appVersion: 'e2e' });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const file = path.join(work, 'sample.dossier');
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'print-view-'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(inject('baseUrl'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dossier' }).first().click();
  await (await chooser).setFiles(await samplePackage());
  const dialog = page.getByRole('dialog', { name: 'Import dossier' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  await dialog.waitFor({ state: 'detached', timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('printing a briefing', () => {
  it('prints every page with the marking at top and bottom, Page X of N, and a numbered contents', async () => {
    await page.goto(`${inject('baseUrl')}#/briefing/${BRIEFING}`);
    await page.getByRole('textbox').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.locator('.print-view[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();

    const pdf = path.join(work, 'briefing.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
    await page.emulateMedia({ media: 'screen' });

    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((text) => text.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, index) => {
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      // The marking is the first and the last thing on every page; the page number just above the last.
      expect(lines[0]?.trim()).toBe('TLP:AMBER');
      expect(lines.at(-1)?.trim()).toBe('TLP:AMBER');
      expect(lines.at(-2)?.trim()).toBe(`Page ${index + 1} of ${pages.length}`);
    });

    // The contents list each heading with the page it is on.
    const contents = (pages[0] ?? '')
      .split('\n')
      .filter((line) => /\S\s+\d+\s*$/.test(line) && !/^\s*Page \d+ of/.test(line));
    expect(contents.length).toBeGreaterThanOrEqual(4);
    for (const line of contents) {
      const [, title, number] = /^\s*(.*?)\s+(\d+)\s*$/.exec(line) ?? [];
      const onPage = pages.findIndex((text, at) => at > 0 && text.replace(/\s+/g, ' ').includes(`${title}`));
      expect({ title, page: onPage + 1 }).toEqual({ title, page: Number(number) });
    }

    // The footnotes are printed with the pages that cite them.
    expect(pages.slice(1).join('\n')).toMatch(/Grading [A-F]\d\./);
    // And closing the view gives the briefing back.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('.print-view').waitFor({ state: 'detached' });
  }, 180_000);
});

describe('exporting the changes since a saved version', () => {
  it('saves a Word file whose differences from the version are tracked insertions and deletions', async () => {
    await page.goto(`${inject('baseUrl')}#/briefing/${BRIEFING}`);
    await page.getByRole('textbox').first().waitFor({ timeout: 60_000 });
    await page.locator('.briefing-prose p').first().click();
    await page.getByRole('button', { name: 'Versions' }).click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: /changes since “First draft for the head of division”/ }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/ - changes since First draft for the head of division\.docx$/);
    const file = path.join(work, 'changes.docx');
    await saved.saveAs(file);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="[^"]+" w:date="/);
  }, 120_000);
});
