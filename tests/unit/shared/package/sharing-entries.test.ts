// Format 2's sharing entries through the real writer and reader: each briefing's text state and the base
// travel beside dossier.json, hashed in the manifest; a state is built once for a plain-JSON briefing;
// states that disagree with the JSON and bases of another dossier are refused; format 1 still reads.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type DossierDocument, parseDossierDocument } from '../../../../shared/model';
import {
  PACKAGE_FORMAT_VERSION,
  type PackageManifest,
  readDossierPackage,
  type WriteDossierPackageOptions,
  writeDossierPackage,
} from '../../../../shared/package';
import { briefingTextUnderTest as text } from '../../../fixtures/sharing/briefing-text-under-test';
import { ancestor, briefingDoc, edited, find, PARAGRAPHS } from '../sharing/sharing-fixtures';

async function pack(
  document: DossierDocument,
  options: WriteDossierPackageOptions = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(document, () => undefined, options);
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a refusal');
}

const sharedCopy = () =>
  edited(ancestor(), (copy) => {
    copy.dossier.lineage = { id: copy.dossier.id, revision: 'r2', history: ['r1'] };
    find(copy.briefings, 'b-readout').content = briefingDoc([
      'A new first paragraph.',
      ...PARAGRAPHS.slice(1),
    ]);
  });

describe('the sharing entries of a format 2 package', () => {
  it('carries each briefing’s state and the base, hashed in the manifest, and reads them back', async () => {
    const base = ancestor();
    const document = sharedCopy();
    const state = text.updateBriefingState(
      text.createBriefingState(find(base.briefings, 'b-readout').content),
      find(document.briefings, 'b-readout').content,
    );
    const packed = await pack(document, {
      base,
      briefingStates: new Map([['b-readout', state]]),
      briefingText: text,
    });
    const entries = unzipSync(packed);
    const manifest = JSON.parse(
      Buffer.from(entries['manifest.json'] as Uint8Array).toString('utf8'),
    ) as PackageManifest;
    expect(manifest.formatVersion).toBe(PACKAGE_FORMAT_VERSION);
    expect(manifest.entries.map((entry) => entry.path)).toEqual([
      'mimetype',
      'dossier.json',
      'base.json',
      'briefings/b-readout.yjs',
    ]);
    expect(entries['briefings/b-readout.yjs']).toEqual(state);
    const read = await readDossierPackage(packed, { briefingText: text });
    expect(read.briefingStates).toEqual(new Map([['b-readout', state]]));
    expect(read.base).toEqual(base);
    expect(read.document.dossier.lineage).toEqual({ id: 'd-rabat', revision: 'r2', history: ['r1'] });
  });

  it('builds a state, once, for a briefing packed from plain JSON', async () => {
    const document = ancestor();
    const read = await readDossierPackage(await pack(document, { briefingText: text }), {
      briefingText: text,
    });
    const state = read.briefingStates.get('b-readout') as Uint8Array;
    expect(text.briefingContentOf(state)).toEqual(find(document.briefings, 'b-readout').content);
  });

  it('refuses to write a state that holds other text than the JSON (STATE_MISMATCH)', async () => {
    const stale = text.createBriefingState(briefingDoc(['Old text.']));
    const code = await refusal(
      pack(ancestor(), { briefingStates: new Map([['b-readout', stale]]), briefingText: text }),
    );
    expect(code).toBe('STATE_MISMATCH');
  });

  it('refuses to write a base that is not an earlier state of the dossier (BASE_MISMATCH)', async () => {
    const other = edited(ancestor(), (copy) => {
      copy.dossier.lineage = { id: 'd-tunis', revision: 'r1', history: [] };
    });
    expect(await refusal(pack(sharedCopy(), { base: other }))).toBe('BASE_MISMATCH');
    expect(
      await refusal(
        pack(
          parseDossierDocument({ ...ancestor(), dossier: { ...ancestor().dossier, lineage: undefined } }),
          { base: ancestor() },
        ),
      ),
    ).toBe('BASE_MISMATCH');
  });

  it('still reads a format 1 package: no states, no base, so it merges as a first exchange', async () => {
    const bytes = readFileSync(path.resolve(__dirname, '../../../fixtures/packages/v1-sample.dossier'));
    const read = await readDossierPackage(bytes, { briefingText: text });
    expect(read.formatVersion).toBe(1);
    expect(read.briefingStates.size).toBe(0);
    expect(read.base).toBeUndefined();
    expect(read.document.dossier.lineage).toBeUndefined();
  });
});
