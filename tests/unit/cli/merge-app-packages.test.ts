// `dossier diff` and `dossier merge` on packages made by the app's own sharing code
// (renderer/sharing/dossier-package-io.ts over the real store, in fake IndexedDB): A shares, keeps
// working and shares again; a colleague's copy of the first package comes back with a source added.

import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/dossier';
import { parseTemplate } from '../../../shared/model';
import { createSigningIdentity, readDossierPackage, writeDossierPackage } from '../../../shared/package';
import { newSource } from '../shared/sharing/sharing-fixtures';

vi.stubGlobal('__APP_VERSION__', '0.1.0-test');
const { store } = await import('../../../renderer/db');
const { packDossier } = await import('../../../renderer/sharing/dossier-package-io');

// Sharing signs every package with the officer's key.
const officer = createSigningIdentity('A. Officer, liaison desk');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-app-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const template = parseTemplate({
  id: 'briefing-note',
  name: 'Briefing note',
  description: '',
  sections: [{ title: 'Purpose', hint: '' }],
});

describe('diff and merge on packages the app wrote', () => {
  it('diffs the app’s two shares and merges a colleague’s copy into the second', async () => {
    const dossier = await store.createDossier({ title: 'Rabat liaison' });
    const source = await store.addSource(dossier.id, {
      title: 'Interior ministry statement',
      attachmentIds: [],
    });
    await store.createBriefing(dossier.id, template);
    const first = path.join(work, 'first.dossier');
    writeFileSync(first, (await packDossier(dossier.id, undefined, officer)).bytes);

    await store.updateSource(source.id, { grading: { reliability: 'A', credibility: 1 } });
    const second = path.join(work, 'second.dossier');
    writeFileSync(second, (await packDossier(dossier.id, undefined, officer)).bytes);

    const diff = await run('diff', first, second);
    expect(diff.code).toBe(0);
    expect(diff.out).toEqual([
      'Sources: 0 added, 1 changed, 0 removed',
      `  ~ ${source.id} "Interior ministry statement" (grading)`,
    ]);

    // The colleague's copy of the first share, with a source added, written by the same package writer.
    const received = (await readDossierPackage(readFileSync(first))).document;
    received.sources.push({ ...newSource('s-liaison', 'Liaison office note'), dossierId: dossier.id });
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeDossierPackage(
      received,
      () => undefined,
    ) as unknown as AsyncIterable<Uint8Array>)
      chunks.push(chunk);
    const theirs = path.join(work, 'theirs.dossier');
    writeFileSync(theirs, Buffer.concat(chunks));

    const out = path.join(work, 'merged.dossier');
    const merged = await run('merge', second, theirs, '--out', out, '--json');
    expect(merged.err).toEqual([]);
    // The app stamps a lineage on every share and carries the state it last shared as base.json, so the
    // merge is three-way: my new grading was made after the copy left, and nothing conflicts.
    expect(JSON.parse(merged.out.join('\n'))).toMatchObject({
      firstExchange: false,
      inConflict: 0,
      added: 1,
    });
    const result = (await readDossierPackage(readFileSync(out))).document;
    expect(result.sources.map((item) => item.title).sort()).toEqual([
      'Interior ministry statement',
      'Liaison office note',
    ]);
    expect(result.sources.find((item) => item.id === source.id)?.grading).toEqual({
      reliability: 'A',
      credibility: 1,
    });
    expect(result.briefings).toHaveLength(1);
  });
});
