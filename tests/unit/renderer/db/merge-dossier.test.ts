import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DossierStore } from '../../../../renderer/db/dossier-store';
import { addOfficeTemplate } from '../../../../renderer/db/office-templates';
import { choicesForAll, resolveConflicts } from '../../../../shared/sharing';
import { OFFICE_REFERENCE } from '../../../fixtures/reference/make-office-reference';
import { openStore, paragraphs, rabatDossier, receive, share, textsOf } from './sharing-fixtures';

const opened: DossierStore[] = [];
const officeFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(OFFICE_REFERENCE.file)) });
afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.db.close();
    await Dexie.delete(store.db.name);
  }
});

/** A shares, B imports, edits the first paragraph and adds a source, shares back; A edited meanwhile. */
async function roundTrip(prefix: string) {
  const a = openStore(`${prefix}-a`);
  const b = openStore(`${prefix}-b`);
  opened.push(a, b);
  const { dossier, source, briefing } = await rabatDossier(a);
  await receive(b, await share(a, dossier.id, 'rabat.dossier'));

  await b.updateBriefing(briefing.id, {
    content: paragraphs('Opening remarks from the liaison office.', 'The middle part.', 'Closing remarks.'),
  });
  await b.addSource(dossier.id, { title: 'Liaison office note', attachmentIds: [] });
  const back = await share(b, dossier.id, 'rabat-liaison.dossier');

  await a.updateBriefing(briefing.id, {
    content: paragraphs('Opening remarks.', 'The middle part.', 'Closing remarks, agreed at the desk.'),
  });
  await a.updateSource(source.id, { grading: { reliability: 'A', credibility: 1 } });
  return { a, b, dossier, source, briefing, back };
}

describe('merging a colleague’s copy into a dossier here', () => {
  it('keeps both paragraphs’ edits, their source and my grading, asking nothing, no paragraph twice', async () => {
    const { a, dossier, source, briefing, back } = await roundTrip('merge-clean');
    const result = await a.mergeIntoDossier(dossier.id, back);
    expect(result.conflicts).toEqual([]);
    expect(result.report).toMatchObject({ firstExchange: false, textMerged: 1 });
    await a.storeMerge(result, back);

    const merged = await a.dossierDocument(dossier.id);
    expect(
      textsOf(merged.briefings.find((item) => item.id === briefing.id)?.content ?? paragraphs()),
    ).toEqual([
      'Opening remarks from the liaison office.',
      'The middle part.',
      'Closing remarks, agreed at the desk.',
    ]);
    expect(merged.sources.map((item) => item.title).sort()).toEqual([
      'Interior ministry statement',
      'Liaison office note',
    ]);
    expect(merged.sources.find((item) => item.id === source.id)?.grading).toEqual({
      reliability: 'A',
      credibility: 1,
    });
    expect(merged.briefingVersions.map((version) => version.name)).toContain(
      'Before merging “rabat-liaison.dossier”',
    );
    const kept = merged.briefingVersions.find((version) => version.name.startsWith('Before merging'));
    expect(textsOf(kept?.content ?? paragraphs())[2]).toBe('Closing remarks, agreed at the desk.');
    expect(merged.dossier.lineage?.history).toEqual(
      expect.arrayContaining([back.document.dossier.lineage?.revision]),
    );
  });

  it('undoes the whole merge: the dossier, its versions and its states as they were', async () => {
    const { a, dossier, briefing, back } = await roundTrip('merge-undo');
    const before = await a.dossierDocument(dossier.id);
    const stateBefore = (await a.db.briefingStates.get(briefing.id))?.state;
    const { undo } = await a.storeMerge(await a.mergeIntoDossier(dossier.id, back), back);
    expect(await a.dossierDocument(dossier.id)).not.toEqual(before);
    await undo.undo();
    expect(await a.dossierDocument(dossier.id)).toEqual(before);
    expect((await a.db.briefingStates.get(briefing.id))?.state).toEqual(stateBefore);
  });

  it('brings the office templates their package carried, keeps one already here, and the Undo takes them away', async () => {
    const { a, b, dossier, back } = await roundTrip('merge-office');
    const theirs = (await addOfficeTemplate(b.db, officeFile('Ministry house style.dotx'))).template;
    const ours = (await addOfficeTemplate(a.db, officeFile('Our house style.dotx'))).template;
    const withTemplates = { ...back, officeTemplates: [theirs, { ...ours, name: 'Renamed by them' }] };

    const { undo } = await a.storeMerge(await a.mergeIntoDossier(dossier.id, withTemplates), withTemplates);
    expect((await a.db.officeTemplates.get(theirs.id))?.name).toBe('Ministry house style');
    expect((await a.db.officeTemplates.get(ours.id))?.name).toBe('Our house style');

    await undo.undo();
    expect(await a.db.officeTemplates.get(theirs.id)).toBeUndefined();
    expect((await a.db.officeTemplates.get(ours.id))?.name).toBe('Our house style');
  });

  it('asks when both changed a source’s title, and keeps both when told to', async () => {
    const { a, b, dossier, source, back } = await roundTrip('merge-conflict');
    await a.storeMerge(await a.mergeIntoDossier(dossier.id, back), back);
    await a.updateSource(source.id, { title: 'Statement of the interior ministry' });
    await b.updateSource(source.id, { title: 'Interior ministry press statement' });
    const again = await share(b, dossier.id, 'rabat-liaison-2.dossier');

    const result = await a.mergeIntoDossier(dossier.id, again);
    expect(result.conflicts.map(({ kind, field, mine, theirs }) => ({ kind, field, mine, theirs }))).toEqual([
      {
        kind: 'sources',
        field: 'title',
        mine: 'Statement of the interior ministry',
        theirs: 'Interior ministry press statement',
      },
    ]);
    await a.storeMerge(resolveConflicts(result, choicesForAll(result, 'both')), again);
    const titles = (await a.dossierDocument(dossier.id)).sources.map((item) => item.title).sort();
    expect(titles).toEqual([
      'Interior ministry press statement (their version)',
      'Liaison office note',
      'Statement of the interior ministry',
    ]);
  });

  it('writes nothing when the merge cannot be stored', async () => {
    const { a, dossier, back } = await roundTrip('merge-fails');
    const result = await a.mergeIntoDossier(dossier.id, back);
    const before = await a.dossierDocument(dossier.id);
    const statesBefore = await a.db.briefingStates.toArray();
    const lacking = {
      ...result,
      merged: {
        ...result.merged,
        attachments: [{ id: 'f'.repeat(64), name: 'missing.pdf', mimeType: 'application/pdf', size: 3 }],
      },
    };
    await expect(a.storeMerge(lacking, back)).rejects.toThrow(/missing\.pdf/);
    expect(await a.dossierDocument(dossier.id)).toEqual(before);
    expect(await a.db.briefingStates.toArray()).toEqual(statesBefore);
  });

  it('refuses to write a merge prepared before the dossier was edited, and changes nothing', async () => {
    const { a, dossier, back } = await roundTrip('merge-stale');
    const result = await a.mergeIntoDossier(dossier.id, back);
    await a.addSource(dossier.id, { title: 'Typed while the merge was prepared', attachmentIds: [] });
    const before = await a.dossierDocument(dossier.id);
    await expect(a.storeMerge(result, back)).rejects.toMatchObject({ code: 'CHANGED_MEANWHILE' });
    expect(await a.dossierDocument(dossier.id)).toEqual(before);
  });
});
