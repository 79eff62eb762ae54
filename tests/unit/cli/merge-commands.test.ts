// `dossier diff` and `dossier merge` on packages written by the real writer, as two officers exchange
// them: A shares, B imports, edits and shares back while A keeps working; A merges B's copy.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';
import type { DossierDocument } from '../../../shared/model';
import {
  readDossierPackage,
  type WriteDossierPackageOptions,
  writeDossierPackage,
} from '../../../shared/package';
import { advanceLineage } from '../../../shared/sharing';
import * as briefingState from '../../../shared/sharing/briefing-state';
import { generateHostileFixtures } from '../../fixtures/hostile/generate';
import {
  ancestor,
  briefingDoc,
  DOSSIER_ID,
  edited,
  find,
  newSource,
  PARAGRAPHS,
  paragraphTexts,
} from '../shared/sharing/sharing-fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

async function writePackage(
  name: string,
  document: DossierDocument,
  options: WriteDossierPackageOptions = {},
) {
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(document, () => undefined, { briefingText: briefingState, ...options });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const file = path.join(work, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const readBack = async (file: string) => readDossierPackage(readFileSync(file));

/** A copy moved on from `from`: its document edited, its revision advanced, its briefing state continued. */
async function shareOnward(
  name: string,
  from: { document: DossierDocument; briefingStates: Map<string, Uint8Array> },
  edit: (copy: DossierDocument) => void,
) {
  const document = edited(from.document, (copy) => {
    edit(copy);
    copy.dossier.lineage = advanceLineage(copy.dossier);
  });
  const state = briefingState.updateBriefingState(
    from.briefingStates.get('b-readout') as Uint8Array,
    find(document.briefings, 'b-readout').content,
  );
  return writePackage(name, document, {
    base: from.document,
    briefingStates: new Map([['b-readout', state]]),
  });
}

const FIRST = 'The joint working group meets in Rabat on 19 March, a day later than planned.';
const LAST = 'Next steps: a readout to the director within 24 hours of the meeting.';

/** A shares r1; B adds a source and rewrites paragraph 1; A rewrites the last paragraph and a grading. */
async function exchange(conflict?: { mine: string; theirs: string }) {
  const shared = await readBack(await writePackage('shared.dossier', ancestor()));
  const theirs = await shareOnward('theirs.dossier', shared, (copy) => {
    copy.sources.push({ ...newSource('s-liaison', 'Liaison office note'), dossierId: DOSSIER_ID });
    find(copy.briefings, 'b-readout').content = briefingDoc([FIRST, ...PARAGRAPHS.slice(1)]);
    if (conflict) find(copy.sources, 's-cable').title = conflict.theirs;
  });
  const mine = await shareOnward('mine.dossier', shared, (copy) => {
    find(copy.sources, 's-interior').grading = { reliability: 'A', credibility: 1 };
    find(copy.briefings, 'b-readout').content = briefingDoc([...PARAGRAPHS.slice(0, 5), LAST]);
    if (conflict) find(copy.sources, 's-cable').title = conflict.mine;
  });
  return { mine, theirs };
}

describe('dossier merge', () => {
  it('merges B’s copy into A’s: both paragraphs, B’s source and A’s grading, nothing in conflict', async () => {
    const { mine, theirs } = await exchange();
    const out = path.join(work, 'merged.dossier');
    const result = await run('merge', mine, theirs, '--out', out, '--json');
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out.join('\n'));
    expect(report).toMatchObject({ firstExchange: false, added: 1, inConflict: 0, textMerged: 1 });
    const merged = await readBack(out);
    const briefing = find(merged.document.briefings, 'b-readout');
    expect(paragraphTexts(briefing.content)).toEqual([FIRST, ...PARAGRAPHS.slice(1, 5), LAST]);
    expect(find(merged.document.sources, 's-liaison').title).toBe('Liaison office note');
    expect(find(merged.document.sources, 's-interior').grading).toEqual({ reliability: 'A', credibility: 1 });
    // The merged package carries the merged text's state and B's copy as the base of the next exchange.
    expect(
      briefingState.briefingStateMatches(
        merged.briefingStates.get('b-readout') as Uint8Array,
        briefing.content,
      ),
    ).toBe(true);
    const theirsLineage = (await readBack(theirs)).document.dossier.lineage;
    expect(merged.base?.dossier.lineage).toEqual(theirsLineage);
    // The merged copy descends from both: their revision and its history are in its own history.
    expect(merged.document.dossier.lineage?.history).toEqual(
      expect.arrayContaining([...(theirsLineage?.history ?? []), theirsLineage?.revision]),
    );
  });

  it('keeps both sides of a conflict and says how many records were in conflict', async () => {
    const { mine, theirs } = await exchange({
      mine: 'Embassy cable, 3 March',
      theirs: 'Cable from the embassy',
    });
    const out = path.join(work, 'merged-conflict.dossier');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(
      /^Merged "Rabat liaison" into .*: 2 added, \d+ changed, 0 removed, 1 in conflict \(both kept\)/,
    );
    expect(result.out).toContain('  conflict: sources "Embassy cable, 3 March" title: both kept');
    const titles = (await readBack(out)).document.sources.map((source) => source.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Embassy cable, 3 March', 'Cable from the embassy (their version)']),
    );
  });

  it('merges packages without a common ancestor as a first exchange', async () => {
    const a = await writePackage('plain-a.dossier', ancestor());
    const b = await writePackage(
      'plain-b.dossier',
      edited(ancestor(), (copy) => {
        find(copy.sources, 's-press').title = 'Press review, 10 March';
      }),
    );
    const result = await run('merge', a, b, '--out', path.join(work, 'first.dossier'), '--json');
    expect(JSON.parse(result.out.join('\n'))).toMatchObject({ firstExchange: true, inConflict: 1 });
  });

  it('refuses copies of different dossiers with one line, LINEAGE_MISMATCH first, and writes nothing', async () => {
    const { mine } = await exchange();
    const other = await writePackage(
      'other.dossier',
      edited(ancestor(), (copy) => {
        copy.dossier.lineage = { id: 'd-tunis', revision: 'r1', history: [] };
      }),
    );
    const out = path.join(work, 'never.dossier');
    const result = await run('merge', mine, other, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^LINEAGE_MISMATCH: /);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a damaged package with one line, its code first', async () => {
    const { mine } = await exchange();
    const [truncated, mismatch] = (await generateHostileFixtures(path.join(work, 'hostile'))).filter(
      (fixture) => ['truncated', 'state-mismatch'].includes(fixture.name),
    );
    for (const fixture of [truncated, mismatch]) {
      const result = await run('merge', mine, fixture?.file as string, '--out', path.join(work, 'x.dossier'));
      expect(result.code).toBe(1);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]?.startsWith(`${fixture?.code}: `)).toBe(true);
    }
  });

  it('is a usage error (exit 2) without --out or with one file', async () => {
    const { mine, theirs } = await exchange();
    expect((await run('merge', mine, theirs)).code).toBe(2);
    expect((await run('merge', mine, '--out', path.join(work, 'y.dossier'))).code).toBe(2);
  });
});

describe('dossier diff', () => {
  it('lists what differs by record kind, with the changed fields', async () => {
    const { mine, theirs } = await exchange();
    const result = await run('diff', mine, theirs);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'Sources: 1 added, 1 changed, 0 removed',
      '  + s-liaison "Liaison office note"',
      '  ~ s-interior "Interior ministry statement" (grading)',
      'Briefings: 0 added, 1 changed, 0 removed',
      '  ~ b-readout "Readout for the director" (content)',
    ]);
    const json = JSON.parse((await run('diff', mine, theirs, '--json')).out.join('\n'));
    expect(json.sources.added).toEqual([{ id: 's-liaison', label: 'Liaison office note' }]);
    expect(json.identical).toBe(false);
    expect((await run('diff', mine, mine)).out).toEqual(['No differences.']);
  });

  it('refuses a damaged package with one line, its code first, and is a usage error with one file', async () => {
    const { mine } = await exchange();
    const bad = path.join(work, 'bad.dossier');
    writeFileSync(bad, 'not a package');
    const result = await run('diff', mine, bad);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^NOT_A_PACKAGE: /);
    expect((await run('diff', mine)).code).toBe(2);
  });
});
