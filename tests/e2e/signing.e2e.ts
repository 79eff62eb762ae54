// Signed packages in real Chromium with real IndexedDB: the first share makes the officer's key and signs
// with it; a package altered after signing is refused (SIGNATURE_INVALID) and nothing is stored; one signed
// by a colleague not yet trusted imports only once the officer trusts the key; an unsigned format-1 package
// still imports, said to be unsigned; the Identity view lists trusted keys and removes one after a
// confirmation; the Share dialog rates the passphrase and asks a marked dossier to be encrypted.

import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createSigningIdentity,
  openSigningKeyFile,
  readDossierPackage,
  readKeyCardFile,
  writeDossierPackage,
} from '../../shared/package';
import { buildZip, type RawEntry } from '../fixtures/hostile/raw-zip';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../fixtures/packages/sample-dossier';
import { launchChromium } from './support/chromium';
import { databaseRecords, databaseSnapshot } from './support/database';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const colleague = createSigningIdentity('A. Benali, DGST liaison Rabat');

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The sample dossier (marked TLP:AMBER) as the colleague would share it: signed with their key. */
async function colleaguePackage(dossierId: string): Promise<Uint8Array> {
  const attachments = sampleAttachments();
  const json = JSON.parse(
    JSON.stringify(sampleDossierJson(attachments)).replaceAll('d-morocco-germany', dossierId),
  );
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(json, (id) => bytes.get(id), {
    appVersion: 'e2e',
    signingKey: colleague,
  });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The package with one entry changed and the manifest's hashes recomputed, its signature kept. */
function alteredAfterSigning(packed: Uint8Array, target: string): Uint8Array {
  const entries = unzipSync(packed);
  const names = Object.keys(entries);
  const changed = new Map(names.map((name) => [name, entries[name] as Uint8Array]));
  const data = new Uint8Array(changed.get(target) as Uint8Array);
  data[data.length - 2] = (data[data.length - 2] as number) ^ 0x01;
  changed.set(target, data);
  const manifest = JSON.parse(Buffer.from(changed.get('manifest.json') as Uint8Array).toString('utf8'));
  for (const item of manifest.entries as { path: string; size: number; sha256: string }[]) {
    const bytes = changed.get(item.path) as Uint8Array;
    item.size = bytes.length;
    item.sha256 = sha256Hex(bytes);
  }
  changed.set('manifest.json', new Uint8Array(Buffer.from(JSON.stringify(manifest))));
  const raw: RawEntry[] = names.map((name) => ({
    name,
    data: changed.get(name) as Uint8Array,
    method: name === 'mimetype' || name === 'signature.json' ? 0 : 8,
  }));
  return buildZip(raw);
}

function saved(bytes: Uint8Array, name: string): string {
  const file = path.join(tmpdir(), `${name}-${Date.now()}.dossier`);
  writeFileSync(file, bytes);
  return file;
}

async function importFile(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dossier' }).first().click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: 'Import dossier' });
}

describe('the officer’s identity', () => {
  it('is made on the first share under the name given, and signs the package with it', async () => {
    await page.getByRole('button', { name: 'New dossier' }).click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByLabel('Title', { exact: true }).fill('Rabat liaison');
    await create.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();

    await page.getByRole('button', { name: 'Share dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share dossier' });
    const name = dialog.getByLabel('Your name as colleagues will see it');
    const save = dialog.getByRole('button', { name: 'Save .dossier file' });
    await name.fill('<b>Weber</b>');
    await dialog.getByRole('alert').filter({ hasText: 'markup' }).waitFor();
    expect(await save.isDisabled()).toBe(true);
    await name.fill('J. Weber, BKA liaison Rabat');
    const download = page.waitForEvent('download');
    await save.click();
    const file = path.join(tmpdir(), `first-share-${Date.now()}.dossier`);
    await (await download).saveAs(file);

    const read = await readDossierPackage(readFileSync(file));
    expect(read.signer?.name).toBe('J. Weber, BKA liaison Rabat');
    await page.goto(`${inject('baseUrl')}#/identity`);
    await page.getByRole('heading', { name: 'Identity and trusted keys' }).waitFor();
    expect(await page.getByTestId('own-fingerprint').textContent()).toBe(read.signer?.fingerprint);
  }, 120_000);
});

describe('the officer’s card and key backup', () => {
  it('exports the card, backs the key up sealed under a passphrase, and restores it on another machine', async () => {
    await page.goto(`${inject('baseUrl')}#/identity`);
    const fingerprint = await page.getByTestId('own-fingerprint').textContent();

    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my card' }).click();
    const cardFile = path.join(tmpdir(), `card-${Date.now()}.card`);
    await (await download).saveAs(cardFile);
    const card = readKeyCardFile(readFileSync(cardFile, 'utf8'));
    expect(card).toMatchObject({ name: 'J. Weber, BKA liaison Rabat', fingerprint });

    const backup = page.getByRole('form', { name: 'Back up my key' });
    await backup.getByLabel('Backup passphrase', { exact: true }).fill('short');
    await backup.getByLabel('Backup passphrase again').fill('short');
    expect(await backup.getByRole('button', { name: 'Save the backup' }).isDisabled()).toBe(true);
    await backup.getByLabel('Backup passphrase', { exact: true }).fill('correct horse battery staple');
    await backup.getByLabel('Backup passphrase again').fill('correct horse battery staple');
    download = page.waitForEvent('download');
    await backup.getByRole('button', { name: 'Save the backup' }).click();
    const keyFile = path.join(tmpdir(), `backup-${Date.now()}.key`);
    await (await download).saveAs(keyFile);
    const text = readFileSync(keyFile, 'utf8');
    expect(JSON.parse(text)).toHaveProperty('protection');
    await expect(openSigningKeyFile(text)).rejects.toMatchObject({ code: 'KEY_PASSPHRASE_REQUIRED' });

    // Another machine: a fresh browser profile, with no key yet.
    const other = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await other.goto(`${inject('baseUrl')}#/identity`);
    await other.getByText(/You have no signing key yet/).waitFor();
    const chooser = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles(keyFile);
    const restore = other.getByRole('form', { name: 'Restore from a backup' });
    await restore.getByLabel('Backup passphrase').fill('not the passphrase');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await other
      .getByRole('alert')
      .filter({ hasText: /passphrase/i })
      .waitFor({ timeout: 30_000 });
    await restore.getByLabel('Backup passphrase').fill('correct horse battery staple');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await other
      .getByTestId('own-fingerprint')
      .filter({ hasText: fingerprint ?? '' })
      .waitFor({ timeout: 30_000 });
    await other.context().close();
  }, 120_000);
});

describe('a package altered after signing', () => {
  it('is refused with SIGNATURE_INVALID whichever entry changed, and the database stays as it was', async () => {
    await page.goto(`${inject('baseUrl')}#/`);
    const packed = await colleaguePackage('d-altered');
    const targets = Object.keys(unzipSync(packed)).filter(
      (name) => name === 'dossier.json' || name.startsWith('attachments/'),
    );
    expect(targets.length).toBeGreaterThan(1);
    const before = await databaseSnapshot(page);
    for (const target of targets) {
      const dialog = await importFile(saved(alteredAfterSigning(packed, target), 'altered'));
      const alert = dialog.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.getAttribute('data-code'), target).toBe('SIGNATURE_INVALID');
      expect(await alert.textContent()).toContain('altered after it was signed');
      await dialog.getByRole('heading', { name: 'Altered after signing' }).waitFor();
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(await databaseSnapshot(page)).toBe(before);
  }, 180_000);
});

describe('a package signed by a colleague not yet trusted', () => {
  it('imports only after the officer trusts the key, then says it comes from a trusted colleague', async () => {
    await page.goto(`${inject('baseUrl')}#/`);
    const file = saved(await colleaguePackage('d-from-benali'), 'from-benali');
    const before = await databaseSnapshot(page);
    let dialog = await importFile(file);
    const untrusted = dialog.getByRole('region', { name: 'Signer not yet trusted' });
    await untrusted.waitFor({ timeout: 60_000 });
    expect(await untrusted.textContent()).toContain('A. Benali, DGST liaison Rabat');
    expect(await untrusted.textContent()).toContain(colleague.card.fingerprint);
    // No way to import from here: only trusting the key (or cancelling).
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await untrusted.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await databaseSnapshot(page)).toBe(before);

    dialog = await importFile(file);
    await dialog.getByRole('button', { name: 'Trust this key' }).click({ timeout: 60_000 });
    await dialog.getByText(/Signed by A\. Benali, DGST liaison Rabat, a colleague you trust/).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    const records = await databaseRecords(page);
    expect(records.dossiers?.some((dossier) => (dossier as { id: string }).id === 'd-from-benali')).toBe(
      true,
    );
    expect(records.trustedKeys).toEqual([
      expect.objectContaining({ name: colleague.card.name, fingerprint: colleague.card.fingerprint }),
    ]);

    // The next package from the same colleague is simply from a trusted colleague.
    dialog = await importFile(saved(await colleaguePackage('d-from-benali-2'), 'from-benali-2'));
    await dialog.getByText(/a colleague you trust/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  }, 180_000);

  it('is listed in the Identity view with when it was trusted, and removed only after a confirmation', async () => {
    await page.goto(`${inject('baseUrl')}#/identity`);
    const table = page.getByRole('table');
    const row = table.getByRole('row').filter({ hasText: 'A. Benali, DGST liaison Rabat' });
    await row.waitFor();
    expect(await row.textContent()).toContain(colleague.card.fingerprint);
    const remove = row.getByRole('button', { name: 'Remove the key of A. Benali, DGST liaison Rabat' });

    // The browser build asks with window.confirm: answered as the dialog opens, or the click never ends.
    const asked: string[] = [];
    page.once('dialog', (confirm) => {
      asked.push(confirm.message());
      void confirm.dismiss();
    });
    await remove.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain(colleague.card.fingerprint);
    await row.waitFor();
    expect((await databaseRecords(page)).trustedKeys).toHaveLength(1);

    page.once('dialog', (confirm) => void confirm.accept());
    await remove.click();
    await page.getByText(/You trust no colleague’s key yet/).waitFor();
    expect((await databaseRecords(page)).trustedKeys).toEqual([]);
  }, 60_000);
});

describe('an unsigned package', () => {
  it('written by format version 1 still imports, and the dialog says it is not signed', async () => {
    await page.goto(`${inject('baseUrl')}#/`);
    const dialog = await importFile(path.resolve(__dirname, '../fixtures/packages/v1-sample.dossier'));
    await dialog.getByText(/This dossier is not signed/).waitFor({ timeout: 60_000 });
    await dialog
      .getByRole('button', { name: /^(Import|Keep both)$/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Dossier title' }).inputValue()).toMatch(/^Morocco/);
  }, 120_000);
});

describe('the Share dialog', () => {
  it('asks a TLP:AMBER dossier to be encrypted, and says why a weak passphrase is weak', async () => {
    // The trusted colleague's dossier is marked TLP:AMBER.
    await page.goto(`${inject('baseUrl')}#/dossier/d-from-benali/sources`);
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();
    await page.getByRole('button', { name: 'Share dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share dossier' });
    await dialog.getByText(/holds material marked TLP:AMBER/).waitFor();
    const save = dialog.getByRole('button', { name: 'Save .dossier file' });
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByLabel(/Share without encryption/).check();
    expect(await save.isDisabled()).toBe(false);
    await dialog.getByLabel(/Share without encryption/).uncheck();

    await dialog.getByLabel('Passphrase (optional)').fill('password1');
    await dialog.getByText(/common password, word or name/).waitFor({ timeout: 30_000 });
    await dialog.getByText(/^It is short/).waitFor();
    await dialog.getByLabel('Passphrase (optional)').fill('moroccogermany');
    await dialog.getByText(/title of the dossier|dossier’s title/).waitFor();
    await dialog.getByLabel('Passphrase (optional)').fill('vX9#tq2!Lm7@pR4$wZ8-kettle');
    await dialog.getByText(/^(Strong|Very strong) passphrase\.$/).waitFor();
    await dialog.getByLabel('Passphrase again').fill('vX9#tq2!Lm7@pR4$wZ8-kettle');
    expect(await save.isDisabled()).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
