import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import { isQuotaError, StoreError } from '../../../../renderer/db/store-error';
import { parseDossierDocument, parseTemplate, type RichTextDoc } from '../../../../shared/model';

const template = parseTemplate({
  id: 'briefing-note',
  name: 'Briefing note',
  description: 'A short note',
  sections: [
    { title: 'Purpose', hint: 'Why' },
    { title: 'Background', hint: 'What came before' },
  ],
});

let db: DossierDatabase;
let store: DossierStore;
let dbName: string;

beforeEach(async () => {
  dbName = `test-${Math.random().toString(36).slice(2)}`;
  db = new DossierDatabase(dbName);
  store = new DossierStore(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

function citing(sourceId: string): RichTextDoc {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Arrests rose.' },
          { type: 'citation', attrs: { sourceId } },
        ],
      },
    ],
  } as RichTextDoc;
}

describe('the dossier store', () => {
  it('creates a dossier with the default TLP:CLEAR marking and finds it again', async () => {
    const dossier = await store.createDossier({ title: 'Morocco–Germany security cooperation' });
    expect(dossier.marking).toEqual({ scheme: 'tlp', level: 'clear' });
    expect((await store.getDossier(dossier.id))?.title).toBe('Morocco–Germany security cooperation');
  });

  it('refuses a record that breaks the model and writes nothing', async () => {
    await expect(store.createDossier({ title: '' })).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    expect(await db.dossiers.count()).toBe(0);
  });

  it('keeps the dossier’s updated time current when a source is added', async () => {
    const dossier = await store.createDossier({ title: 'Rabat meeting' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.addSource(dossier.id, {
      title: 'Joint operations in 2023',
      grading: { reliability: 'B', credibility: 2 },
    });
    const after = await store.getDossier(dossier.id);
    expect(after && after.updatedAt > dossier.updatedAt).toBe(true);
  });

  it('moves a dossier to the Trash and Undo brings it back as it was', async () => {
    const dossier = await store.createDossier({ title: 'Archive me' });
    await store.archiveDossier(dossier.id, true);
    const token = await store.trashDossier(dossier.id);
    expect((await store.getDossier(dossier.id))?.status).toBe('trash');
    await token.undo();
    const restored = await store.getDossier(dossier.id);
    expect(restored?.status).toBe('archived');
    expect(restored?.trashedAt).toBeUndefined();
  });

  it('empties the Trash with everything the dossiers held, and nothing else', async () => {
    const keep = await store.createDossier({ title: 'Keep' });
    const bin = await store.createDossier({ title: 'Bin' });
    await store.addSource(keep.id, { title: 'Kept source' });
    const binned = await store.addSource(bin.id, { title: 'Binned source' });
    await store.addEntity(bin.id, { name: 'BKA', kind: 'organisation', sourceIds: [binned.id] });
    const briefing = await store.createBriefing(bin.id, template);
    await store.saveBriefingVersion(briefing.id, 'First draft');
    await store.trashDossier(bin.id);
    expect(await store.emptyTrash()).toBe(1);
    expect(await db.dossiers.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
    expect(await db.entities.count()).toBe(0);
    expect(await db.briefings.count()).toBe(0);
    expect(await db.briefingVersions.count()).toBe(0);
  });

  it('deletes a source with its links, and Undo restores the links too', async () => {
    const dossier = await store.createDossier({ title: 'Links' });
    const source = await store.addSource(dossier.id, { title: 'Interview' });
    const entity = await store.addEntity(dossier.id, {
      name: 'DGSN-DGST',
      kind: 'organisation',
      sourceIds: [source.id],
    });
    const token = await store.deleteSource(source.id);
    expect((await db.entities.get(entity.id))?.sourceIds).toEqual([]);
    await token.undo();
    expect((await db.entities.get(entity.id))?.sourceIds).toEqual([source.id]);
    expect(await db.sources.get(source.id)).toBeDefined();
  });

  it('refuses to delete a source a briefing cites, naming the briefing', async () => {
    const dossier = await store.createDossier({ title: 'Cited' });
    const source = await store.addSource(dossier.id, { title: 'Report' });
    const briefing = await store.createBriefing(dossier.id, template, 'Note for the minister');
    await store.updateBriefing(briefing.id, { content: citing(source.id) });
    const error = await store.deleteSource(source.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toContain('Note for the minister');
    expect(await db.sources.get(source.id)).toBeDefined();
  });

  it('scaffolds a new briefing from its template’s sections', async () => {
    const dossier = await store.createDossier({ title: 'Template' });
    const briefing = await store.createBriefing(dossier.id, template);
    const headings = briefing.content.content
      .filter((node) => node.type === 'heading')
      .map((node) =>
        'content' in node ? ((node.content?.[0] as { text?: string } | undefined)?.text ?? '') : '',
      );
    expect(headings).toEqual(['Purpose', 'Background']);
    expect(briefing.templateId).toBe('briefing-note');
  });

  it('starts a briefing in the language it is written in: the shipped briefing note in German', async () => {
    const dossier = await store.createDossier({ title: 'Vermerk' });
    const shipped = parseTemplate(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../../templates/briefing-note.json'), 'utf8')),
    );
    const briefing = await store.createBriefing(dossier.id, shipped, undefined, undefined, 'de');
    const headings = briefing.content.content.flatMap((node) =>
      node.type === 'heading' && node.content?.[0]?.type === 'text' ? [node.content[0].text] : [],
    );
    expect(headings).toEqual(['Anlass', 'Hintergrund', 'Sachstand', 'Bewertung', 'Votum']);
    expect(briefing.title).toBe('Vermerk');
    expect((await db.briefings.get(briefing.id))?.language).toBe('de');
    // Without a language it is written in its template's.
    expect((await store.createBriefing(dossier.id, shipped)).language).toBe('en');
  });

  it('saves named versions, lists them newest first, and restores one keeping the current text', async () => {
    const dossier = await store.createDossier({ title: 'Versions' });
    const briefing = await store.createBriefing(dossier.id, template);
    await store.updateBriefing(briefing.id, { title: 'First title' });
    const first = await store.saveBriefingVersion(briefing.id, 'Sent to head of unit');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.updateBriefing(briefing.id, { title: 'Second title' });
    await store.saveBriefingVersion(briefing.id, 'After comments');
    expect((await store.listBriefingVersions(briefing.id)).map((version) => version.name)).toEqual([
      'After comments',
      'Sent to head of unit',
    ]);
    const restored = await store.restoreBriefingVersion(first.id);
    expect(restored.title).toBe('First title');
    const names = (await store.listBriefingVersions(briefing.id)).map((version) => version.name);
    expect(names[0]).toBe('Before restoring “Sent to head of unit”');
  });

  it('gives the whole dossier as a document the model accepts', async () => {
    const dossier = await store.createDossier({ title: 'Whole', tags: ['Morocco', 'Germany'] });
    const source = await store.addSource(dossier.id, {
      title: 'Report',
      grading: { reliability: 'A', credibility: 1 },
    });
    await store.addEntity(dossier.id, { name: 'Rabat', kind: 'place', sourceIds: [source.id] });
    await store.addEvent(dossier.id, {
      title: 'Meeting in Rabat',
      date: { value: '2024-05', precision: 'month', approximate: false },
      sourceIds: [source.id],
    });
    const briefing = await store.createBriefing(dossier.id, template);
    await store.updateBriefing(briefing.id, { content: citing(source.id) });
    const document = parseDossierDocument(
      JSON.parse(JSON.stringify(await store.dossierDocument(dossier.id))),
    );
    expect(document.sources).toHaveLength(1);
    expect(document.timeline[0]?.title).toBe('Meeting in Rabat');
    expect(document.briefings[0]?.content).toEqual(citing(source.id));
  });
});

describe('a full disk', () => {
  it('is recognised however Dexie wraps it', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'OpenFailedError', inner: { name: 'AbortError', inner: quota } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('fails the write with QUOTA_EXCEEDED, leaves what was saved intact, and works again once space is back', async () => {
    const dossier = await store.createDossier({ title: 'Full disk' });
    const briefing = await store.createBriefing(dossier.id, template);
    await store.updateBriefing(briefing.id, { title: 'Saved before the disk filled' });
    const put = vi.spyOn(db.briefings, 'put').mockImplementation(() => {
      throw Object.assign(new Error('Transaction aborted'), {
        name: 'AbortError',
        inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      });
    });
    const error = await store
      .updateBriefing(briefing.id, { title: 'Typed while full' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect((error as Error).message).toMatch(/disk is full/);
    expect((await db.briefings.get(briefing.id))?.title).toBe('Saved before the disk filled');
    put.mockRestore();
    await store.updateBriefing(briefing.id, { title: 'Typed while full' });
    expect((await db.briefings.get(briefing.id))?.title).toBe('Typed while full');
  });
});
