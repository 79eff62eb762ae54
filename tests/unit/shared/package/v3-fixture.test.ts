// A package written and signed by format version 3 (tests/fixtures/packages/make-v3-sample.ts, never
// regenerated) must open in every later version, its signature still valid and its German briefing
// still German: format 4 only numbered what format 3 packages of the time could already carry.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  inspectDossierPackage,
  PACKAGE_FORMAT_VERSION,
  readDossierPackage,
  readKeyCardFile,
  sameSigner,
} from '../../../../shared/package';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/packages');
const bytes = readFileSync(path.join(FIXTURES, 'v3-sample-signed.dossier'));
const signer = readKeyCardFile(readFileSync(path.join(FIXTURES, 'v3-sample-signer.json'), 'utf8'));

describe('the signed format 3 package', () => {
  it('opens with its signature checked, its signer named and its briefing’s language kept', async () => {
    expect(PACKAGE_FORMAT_VERSION).toBeGreaterThan(3);
    const read = await readDossierPackage(bytes);
    expect(read.formatVersion).toBe(3);
    expect(read.signer && sameSigner(read.signer, signer)).toBe(true);
    expect(read.signer?.name).toBe('K. Schmidt, Verbindungsbüro Rabat');
    expect(read.document.briefings[0]?.language).toBe('de');
    expect(read.document.dossier.title).toBe('Morocco–Germany security cooperation');
    expect(read.attachments.list).toHaveLength(2);
    const first = read.attachments.list[0];
    expect(first && (await read.attachments.bytes(first.id)).length).toBe(first?.size);
  });

  it('is summarised as format 3', async () => {
    expect(await inspectDossierPackage(bytes)).toMatchObject({ formatVersion: 3, encrypted: false });
  });
});
