import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAttachment } from '../../../../renderer/db/attachments';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore, type StoreChange } from '../../../../renderer/db/dossier-store';
import type { RichTextDoc } from '../../../../shared/model';

let db: DossierDatabase;
let store: DossierStore;
let dbName: string;
let saved: string[];

/** The records a change says were saved, as `kind:title`. */
function savedRecordsOf(change: StoreChange): string[] {
  if (change.op !== 'put') return [];
  switch (change.kind) {
    case 'dossier':
      return [`dossier:${change.dossier.title}`];
    case 'source':
      return [
        `source:${change.source.title}`,
        ...change.entities.map((entity) => `entity:${entity.name}`),
        ...change.events.map((event) => `event:${event.title}`),
      ];
    case 'entity':
      return [`entity:${change.entity.name}`];
    default:
      return [];
  }
}

beforeEach(() => {
  dbName = `ingest-${Math.random().toString(36).slice(2)}`;
  db = new DossierDatabase(dbName);
  store = new DossierStore(db);
  store.changes.subscribe((change) => saved.push(...savedRecordsOf(change)));
  saved = [];
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

const body: RichTextDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Holger Munch met the BKA in October.' }] }],
};

async function dossierWithMuench() {
  const dossier = await store.createDossier({ title: 'German police cooperation' });
  const muench = await store.addEntity(dossier.id, {
    name: 'Holger Münch',
    kind: 'person',
    aliases: ['BKA president'],
    notes: 'Head of the BKA since 2014.',
  });
  return { dossier, muench };
}

async function snapshot() {
  return {
    dossiers: await db.dossiers.toArray(),
    sources: await db.sources.toArray(),
    entities: await db.entities.toArray(),
    timeline: await db.timeline.toArray(),
  };
}

describe('adding an ingested source', () => {
  it('saves the source, links an existing entity, creates new ones and adds the events together', async () => {
    const { dossier, muench } = await dossierWithMuench();
    const result = await store.addIngestedSource(dossier.id, {
      title: 'Police chiefs meet',
      outlet: 'Example Post',
      url: 'https://news.example.org/police-chiefs',
      publishedAt: '2024-11-05',
      language: 'en',
      grading: { reliability: 'B', credibility: 2 },
      body,
      entities: [
        { existingId: muench.id },
        { kind: 'organisation', name: 'Federal Criminal Police Office', aliases: ['BKA'] },
      ],
      events: [
        {
          date: { value: '2024-10', precision: 'month', approximate: false },
          title: 'Holger Munch met the BKA',
          description: 'Holger Munch met the BKA in October.',
        },
      ],
    });

    const source = await db.sources.get(result.source.id);
    expect(source).toMatchObject({
      title: 'Police chiefs meet',
      grading: { reliability: 'B', credibility: 2 },
      publishedAt: '2024-11-05',
    });
    expect(source?.body).toEqual(body);

    const linked = await db.entities.get(muench.id);
    expect(linked?.sourceIds).toEqual([result.source.id]);
    expect(linked).toMatchObject({
      name: 'Holger Münch',
      aliases: ['BKA president'],
      notes: 'Head of the BKA since 2014.',
      createdAt: muench.createdAt,
    });

    const entities = await db.entities.where('dossierId').equals(dossier.id).toArray();
    expect(entities).toHaveLength(2);
    const bka = entities.find((entity) => entity.name === 'Federal Criminal Police Office');
    expect(bka).toMatchObject({ kind: 'organisation', aliases: ['BKA'], sourceIds: [result.source.id] });

    const events = await db.timeline.where('dossierId').equals(dossier.id).toArray();
    expect(events).toEqual([
      expect.objectContaining({
        title: 'Holger Munch met the BKA',
        date: { value: '2024-10', precision: 'month', approximate: false },
        sourceIds: [result.source.id],
      }),
    ]);
    expect(result.entities.map((entity) => entity.name).sort()).toEqual([
      'Federal Criminal Police Office',
      'Holger Münch',
    ]);
    expect(saved).toEqual(
      expect.arrayContaining([
        'source:Police chiefs meet',
        'entity:Holger Münch',
        'entity:Federal Criminal Police Office',
      ]),
    );
  });

  it('links an existing entity once even when two suggestions point at it', async () => {
    const { dossier, muench } = await dossierWithMuench();
    const { source } = await store.addIngestedSource(dossier.id, {
      title: 'Twice mentioned',
      entities: [{ existingId: muench.id }, { existingId: muench.id }],
    });
    expect((await db.entities.get(muench.id))?.sourceIds).toEqual([source.id]);
  });

  it('saves nothing when an event in the middle is invalid', async () => {
    const { dossier } = await dossierWithMuench();
    const before = await snapshot();
    saved = [];
    await expect(
      store.addIngestedSource(dossier.id, {
        title: 'Half a source',
        entities: [{ kind: 'place', name: 'Wiesbaden' }],
        events: [
          { date: { value: '2024-10', precision: 'month', approximate: false }, title: 'Fine' },
          { date: { value: '2024-02-30', precision: 'day', approximate: false }, title: 'No such day' },
          { date: { value: '2024', precision: 'year', approximate: true }, title: 'Also fine' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    expect(await snapshot()).toEqual(before);
    expect(saved).toEqual([]);
  });

  it('rolls back the source and the entity links when writing the events fails half-way', async () => {
    const { dossier, muench } = await dossierWithMuench();
    const before = await snapshot();
    saved = [];
    const bulkAdd = vi
      .spyOn(db.timeline, 'bulkAdd')
      .mockRejectedValue(Object.assign(new Error('disk trouble'), { name: 'UnknownError' }));
    await expect(
      store.addIngestedSource(dossier.id, {
        title: 'Written half-way',
        entities: [{ existingId: muench.id }, { kind: 'place', name: 'Wiesbaden' }],
        events: [{ date: { value: '2024', precision: 'year', approximate: false }, title: 'Something' }],
      }),
    ).rejects.toBeInstanceOf(Error);
    expect(bulkAdd).toHaveBeenCalled();
    bulkAdd.mockRestore();
    expect(await snapshot()).toEqual(before);
    expect(saved).toEqual([]);
  });

  it('saves nothing when a linked entity has gone, although everything else was valid', async () => {
    const { dossier, muench } = await dossierWithMuench();
    await store.deleteEntity(muench.id);
    const before = await snapshot();
    await expect(
      store.addIngestedSource(dossier.id, {
        title: 'Mentions a deleted entity',
        entities: [{ kind: 'place', name: 'Wiesbaden' }, { existingId: muench.id }],
        events: [{ date: { value: '2024', precision: 'year', approximate: false }, title: 'Something' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to link an entity of another dossier', async () => {
    const { muench } = await dossierWithMuench();
    const other = await store.createDossier({ title: 'Another dossier' });
    await expect(
      store.addIngestedSource(other.id, { title: 'Wrong dossier', entities: [{ existingId: muench.id }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.sources.count()).toBe(0);
    expect((await db.entities.get(muench.id))?.sourceIds).toEqual([]);
  });

  it('saves nothing into a dossier that no longer exists', async () => {
    await expect(
      store.addIngestedSource('0123456789abcdef0123456789abcdef', {
        title: 'Orphan',
        entities: [{ kind: 'person', name: 'Nobody' }],
      }),
    ).rejects.toBeTruthy();
    expect(await db.sources.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
  });
});

describe('the original an ingested source was made from', () => {
  const page = new TextEncoder().encode('<html><body><p>Holger Munch met the BKA.</p></body></html>');
  const picture = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
  const capturedAt = '2026-12-05T08:30:00.000Z';
  const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  it('keeps the bytes as attachments with their SHA-256 and the time of capture', async () => {
    const { dossier } = await dossierWithMuench();
    const { source } = await store.addIngestedSource(dossier.id, {
      title: 'Saved page',
      originals: [
        { bytes: new Blob([page]), name: 'article.html', mimeType: 'text/html', capturedAt },
        { bytes: new Blob([picture]), name: 'photo.png', mimeType: 'image/png', capturedAt },
      ],
    });
    expect(source.originals).toEqual([
      { attachmentId: hex(page), capturedAt },
      { attachmentId: hex(picture), capturedAt },
    ]);
    expect(source.attachmentIds).toEqual([hex(page), hex(picture)]);
    expect((await db.sources.get(source.id))?.originals).toEqual(source.originals);
    expect(await db.attachments.get(hex(page))).toMatchObject({
      name: 'article.html',
      mimeType: 'text/html',
      size: page.byteLength,
    });
    const back = new Uint8Array(await (await readAttachment(db, hex(page))).arrayBuffer());
    expect(back).toEqual(page);
  });

  it('stores bytes given twice once', async () => {
    const { dossier } = await dossierWithMuench();
    const { source } = await store.addIngestedSource(dossier.id, {
      title: 'Same file twice',
      originals: [
        { bytes: new Blob([page]), name: 'a.html', mimeType: 'text/html', capturedAt },
        { bytes: new Blob([page]), name: 'b.html', mimeType: 'text/html', capturedAt },
      ],
    });
    expect(source.originals).toHaveLength(1);
    expect(await db.attachments.count()).toBe(1);
  });

  it('keeps no original bytes when the source cannot be saved', async () => {
    const { dossier } = await dossierWithMuench();
    await expect(
      store.addIngestedSource(dossier.id, {
        title: 'Bad event',
        originals: [{ bytes: new Blob([page]), name: 'a.html', mimeType: 'text/html', capturedAt }],
        events: [
          { date: { value: '2024-02-30', precision: 'day', approximate: false }, title: 'No such day' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    const failing = vi
      .spyOn(db.timeline, 'bulkAdd')
      .mockRejectedValue(Object.assign(new Error('disk trouble'), { name: 'UnknownError' }));
    await expect(
      store.addIngestedSource(dossier.id, {
        title: 'Written half-way',
        originals: [{ bytes: new Blob([page]), name: 'a.html', mimeType: 'text/html', capturedAt }],
        events: [{ date: { value: '2024', precision: 'year', approximate: false }, title: 'Something' }],
      }),
    ).rejects.toBeInstanceOf(Error);
    failing.mockRestore();
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentChunks.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });
});
