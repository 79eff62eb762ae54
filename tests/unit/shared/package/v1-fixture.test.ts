// Packages written by format version 1 must open in every later version: these files were written once
// (tests/fixtures/packages/make-v1-sample.ts) and are never regenerated. The expectations are written out
// here, not taken from the sample module, so a change there cannot hide a change in what is read.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectDossierPackage, readDossierPackage } from '../../../../shared/package';
import { sha256Hex } from '../../../fixtures/packages/sample-dossier';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/packages');
const PASSPHRASE = 'Tee mit Minze, bitte';
const NOTES = 'a19ab729cf4a7736dd828409e056d15e049d27a22ccf63991ab334a3e91d6883';
const MAP = '6519f26405daae5a666be90fb0a0eb53a7ccac31ef5b459a0b08f0ca4fd9aed2';

describe.each([
  ['v1-sample.dossier', undefined],
  ['v1-sample-encrypted.dossier', PASSPHRASE],
])('the format 1 package %s', (file, passphrase) => {
  const bytes = readFileSync(path.join(FIXTURES, file));

  it('opens, with everything in it', async () => {
    const read = await readDossierPackage(bytes, { passphrase });
    expect(read.formatVersion).toBe(1);
    expect(read.encrypted).toBe(passphrase !== undefined);
    expect(read.manifest).toMatchObject({ appVersion: '0.1.0', created: '2025-03-14T09:30:00.000Z' });
    const { document } = read;
    expect(document.dossier).toMatchObject({
      id: 'd-morocco-germany',
      title: 'Morocco–Germany security cooperation',
      tags: ['Morocco', 'Deutschland', 'المغرب', '🛂'],
      marking: { scheme: 'tlp', level: 'amber' },
    });
    expect(document.dossier.summary).toContain('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(document.sources.map((source) => source.id)).toEqual(['s-press-report', 's-interior-statement']);
    expect(document.sources[1]?.grading).toEqual({ reliability: 'A', credibility: 2 });
    expect(document.sources[1]?.attachmentIds).toEqual([NOTES, MAP]);
    expect(document.entities[0]?.aliases).toEqual(['BKA', 'Federal Criminal Police Office']);
    expect(document.timeline[0]?.date).toEqual({ value: '2025-03-07', precision: 'day', approximate: false });
    expect(document.briefings[0]?.content.content[2]).toMatchObject({
      type: 'image',
      attrs: { attachmentId: MAP },
    });
    expect(document.briefingVersions[0]?.name).toBe('First draft');
    expect(document.attachments).toEqual([
      { id: NOTES, name: 'readout-notes.txt', mimeType: 'text/plain', size: 1453 },
      { id: MAP, name: 'strait-map.png', mimeType: 'image/png', size: 100_000 },
    ]);
    for (const id of [NOTES, MAP]) expect(sha256Hex(await read.attachments.bytes(id))).toBe(id);
  });

  it('is summarised by inspect', async () => {
    const summary = await inspectDossierPackage(bytes, { passphrase });
    expect(summary).toMatchObject({
      formatVersion: 1,
      unlocked: true,
      counts: {
        sources: 2,
        entities: 1,
        timelineEvents: 1,
        briefings: 1,
        briefingVersions: 1,
        attachments: 2,
      },
    });
  });
});
