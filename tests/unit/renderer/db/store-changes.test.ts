import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore, type StoreChange } from '../../../../renderer/db/dossier-store';
import { StoreChanges } from '../../../../renderer/db/store-changes';
import { parseTemplate, type RichTextDoc } from '../../../../shared/model';

const template = parseTemplate({
  id: 'briefing-note',
  name: 'Briefing note',
  description: '',
  sections: [{ title: 'Purpose', hint: '' }],
});

const may2024 = { value: '2024-05', precision: 'month', approximate: false } as const;

let db: DossierDatabase;
let store: DossierStore;
let dbName: string;
/** What the store told, and when: `committed` is logged as each read-write transaction completes. */
let log: (StoreChange | 'committed')[];

beforeEach(() => {
  dbName = `changes-${Math.random().toString(36).slice(2)}`;
  db = new DossierDatabase(dbName);
  log = [];
  // Below Dexie, at IndexedDB's own transactions: the only place that knows when one has committed.
  db.use({
    stack: 'dbcore',
    name: 'commit-log',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const transaction = down.transaction(stores, mode, options);
        // IndexedDB's own transaction, which Dexie's types do not show.
        const idbTransaction = transaction as unknown as IDBTransaction;
        if (mode === 'readwrite') idbTransaction.addEventListener('complete', () => log.push('committed'));
        return transaction;
      },
    }),
  });
  store = new DossierStore(db);
  store.changes.subscribe((change) => log.push(change));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

/** The changes told while `write` ran, and its result. */
async function told<T>(write: () => Promise<T>): Promise<{ result: T; changes: StoreChange[] }> {
  log = [];
  const result = await write();
  return { result, changes: log.filter((entry): entry is StoreChange => entry !== 'committed') };
}

function citing(sourceId: string): RichTextDoc {
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { sourceId } }] }],
  } as RichTextDoc;
}

describe('the change each write tells', () => {
  it('tells one dossier put for each change to a dossier, and one delete when the Trash is emptied', async () => {
    const created = await told(() => store.createDossier({ title: 'Baltic ports' }));
    expect(created.changes).toEqual([{ kind: 'dossier', op: 'put', dossier: created.result }]);
    const { id } = created.result;

    const updated = await told(() => store.updateDossier(id, { summary: 'Harbour security' }));
    expect(updated.changes).toEqual([{ kind: 'dossier', op: 'put', dossier: updated.result }]);
    expect(updated.result.summary).toBe('Harbour security');

    const archived = await told(() => store.archiveDossier(id, true));
    expect(archived.changes).toEqual([{ kind: 'dossier', op: 'put', dossier: archived.result }]);

    const trashed = await told(() => store.trashDossier(id));
    expect(trashed.changes).toEqual([
      { kind: 'dossier', op: 'put', dossier: expect.objectContaining({ id, status: 'trash' }) },
    ]);
    const undone = await told(() => trashed.result.undo());
    expect(undone.changes).toEqual([
      { kind: 'dossier', op: 'put', dossier: expect.objectContaining({ id, status: 'archived' }) },
    ]);

    await store.trashDossier(id);
    const restored = await told(() => store.restoreDossier(id));
    expect(restored.changes).toEqual([{ kind: 'dossier', op: 'put', dossier: restored.result }]);
    expect(restored.result.status).toBe('active');

    await store.trashDossier(id);
    const emptied = await told(() => store.emptyTrash());
    expect(emptied.changes).toEqual([{ kind: 'dossier', op: 'delete', dossierIds: [id] }]);
  });

  it('tells one source change per write, with the entities and events whose links it changed', async () => {
    const dossier = await store.createDossier({ title: 'Rabat' });
    const added = await told(() => store.addSource(dossier.id, { title: 'Interview' }));
    expect(added.changes).toEqual([
      { kind: 'source', op: 'put', source: added.result, entities: [], events: [] },
    ]);
    const source = added.result;

    const updated = await told(() => store.updateSource(source.id, { notes: 'Second read' }));
    expect(updated.changes).toEqual([
      { kind: 'source', op: 'put', source: updated.result, entities: [], events: [] },
    ]);

    const entity = await store.addEntity(dossier.id, {
      name: 'BKA',
      kind: 'organisation',
      sourceIds: [source.id],
    });
    const event = await store.addEvent(dossier.id, {
      title: 'Meeting',
      date: may2024,
      sourceIds: [source.id],
    });
    const deleted = await told(() => store.deleteSource(source.id));
    expect(deleted.changes).toEqual([
      {
        kind: 'source',
        op: 'delete',
        source: updated.result,
        entities: [{ ...entity, sourceIds: [] }],
        events: [{ ...event, sourceIds: [] }],
      },
    ]);
    const undone = await told(() => deleted.result.undo());
    expect(undone.changes).toEqual([
      { kind: 'source', op: 'put', source: updated.result, entities: [entity], events: [event] },
    ]);
  });

  it('tells an ingested source as one change holding its new and linked entities and its events', async () => {
    const dossier = await store.createDossier({ title: 'Police cooperation' });
    const muench = await store.addEntity(dossier.id, { name: 'Holger Münch', kind: 'person' });
    const ingested = await told(() =>
      store.addIngestedSource(dossier.id, {
        title: 'Police chiefs meet',
        entities: [{ existingId: muench.id }, { kind: 'place', name: 'Wiesbaden' }],
        events: [{ date: may2024, title: 'Chiefs met' }],
      }),
    );
    const { source, entities, events } = ingested.result;
    expect(ingested.changes).toEqual([{ kind: 'source', op: 'put', source, entities, events }]);
    expect(entities.map((entity) => entity.name)).toEqual(['Holger Münch', 'Wiesbaden']);
  });

  it('tells one entity change per write, with the events a deletion unlinked', async () => {
    const dossier = await store.createDossier({ title: 'Entities' });
    const added = await told(() => store.addEntity(dossier.id, { name: 'Rabat', kind: 'place' }));
    expect(added.changes).toEqual([{ kind: 'entity', op: 'put', entity: added.result, events: [] }]);
    const updated = await told(() => store.updateEntity(added.result.id, { aliases: ['الرباط'] }));
    expect(updated.changes).toEqual([{ kind: 'entity', op: 'put', entity: updated.result, events: [] }]);

    const event = await store.addEvent(dossier.id, {
      title: 'Meeting in Rabat',
      date: may2024,
      entityIds: [added.result.id],
    });
    const deleted = await told(() => store.deleteEntity(added.result.id));
    expect(deleted.changes).toEqual([
      { kind: 'entity', op: 'delete', entity: updated.result, events: [{ ...event, entityIds: [] }] },
    ]);
    const undone = await told(() => deleted.result.undo());
    expect(undone.changes).toEqual([{ kind: 'entity', op: 'put', entity: updated.result, events: [event] }]);
  });

  it('tells one event change per write to the timeline', async () => {
    const dossier = await store.createDossier({ title: 'Timeline' });
    const added = await told(() => store.addEvent(dossier.id, { title: 'Visit', date: may2024 }));
    expect(added.changes).toEqual([{ kind: 'event', op: 'put', event: added.result }]);
    const updated = await told(() => store.updateEvent(added.result.id, { description: 'Minister came' }));
    expect(updated.changes).toEqual([{ kind: 'event', op: 'put', event: updated.result }]);
    const deleted = await told(() => store.deleteEvent(added.result.id));
    expect(deleted.changes).toEqual([{ kind: 'event', op: 'delete', event: updated.result }]);
    const undone = await told(() => deleted.result.undo());
    expect(undone.changes).toEqual([{ kind: 'event', op: 'put', event: updated.result }]);
  });

  it('tells one briefing or version change per write, a restore included', async () => {
    const dossier = await store.createDossier({ title: 'Briefings' });
    const created = await told(() => store.createBriefing(dossier.id, template, 'Weekly note'));
    expect(created.changes).toEqual([
      { kind: 'briefing', op: 'put', briefing: created.result, versions: [] },
    ]);
    const { id } = created.result;
    const updated = await told(() => store.updateBriefing(id, { title: 'Weekly note, final' }));
    expect(updated.changes).toEqual([
      { kind: 'briefing', op: 'put', briefing: updated.result, versions: [] },
    ]);

    const saved = await told(() => store.saveBriefingVersion(id, 'Sent'));
    expect(saved.changes).toEqual([{ kind: 'version', op: 'put', version: saved.result }]);

    await store.updateBriefing(id, { title: 'Changed after sending' });
    const restored = await told(() => store.restoreBriefingVersion(saved.result.id));
    expect(restored.result.title).toBe('Weekly note, final');
    expect(restored.changes).toEqual([
      {
        kind: 'briefing',
        op: 'put',
        briefing: restored.result,
        versions: [
          expect.objectContaining({ name: 'Before restoring “Sent”', title: 'Changed after sending' }),
        ],
      },
    ]);

    const versions = await store.listBriefingVersions(id);
    const deleted = await told(() => store.deleteBriefing(id));
    expect(deleted.changes).toEqual([
      {
        kind: 'briefing',
        op: 'delete',
        briefing: restored.result,
        versions: expect.arrayContaining(versions),
      },
    ]);
    const undone = await told(() => deleted.result.undo());
    expect(undone.changes).toEqual([
      { kind: 'briefing', op: 'put', briefing: restored.result, versions: expect.arrayContaining(versions) },
    ]);
  });

  it('tells an import as one change holding the dossier as stored, and whether it replaced one', async () => {
    const dossier = await store.createDossier({ title: 'Shared' });
    await store.addEntity(dossier.id, { name: 'Tangier', kind: 'place' });
    const document = await store.dossierDocument(dossier.id);

    const copy = await told(() => store.importDocument(document, new Map(), 'keep-both'));
    expect(copy.changes).toEqual([
      {
        kind: 'dossier',
        op: 'import',
        replaced: false,
        document: expect.objectContaining({
          dossier: copy.result.dossier,
          entities: [expect.objectContaining({ name: 'Tangier', dossierId: copy.result.dossier.id })],
        }),
      },
    ]);
    const replaced = await told(() => store.importDocument(document, new Map(), 'replace'));
    expect(replaced.changes).toEqual([{ kind: 'dossier', op: 'import', replaced: true, document }]);
  });

  it('tells each change after its transaction has committed', async () => {
    const dossier = await store.createDossier({ title: 'Order' });
    log = [];
    await store.addEntity(dossier.id, { name: 'BKA', kind: 'organisation' });
    await store.addEvent(dossier.id, { title: 'Visit', date: may2024 });
    expect(log.map((entry) => (entry === 'committed' ? entry : entry.kind))).toEqual([
      'committed',
      'entity',
      'committed',
      'event',
    ]);
  });
});

describe('a write that fails', () => {
  it('tells nothing when its transaction is rolled back', async () => {
    const dossier = await store.createDossier({ title: 'Full disk' });
    const entity = await store.addEntity(dossier.id, { name: 'BKA', kind: 'organisation' });
    const put = vi.spyOn(db.entities, 'put').mockRejectedValue(
      Object.assign(new Error('Transaction aborted'), {
        name: 'AbortError',
        inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      }),
    );
    log = [];
    await expect(store.updateEntity(entity.id, { name: 'Bundeskriminalamt' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    put.mockRestore();
    expect(log).toEqual([]);
    expect((await db.entities.get(entity.id))?.name).toBe('BKA');
  });

  it('tells nothing when the store refuses it, before or inside its transaction', async () => {
    const dossier = await store.createDossier({ title: 'Refused' });
    const source = await store.addSource(dossier.id, { title: 'Report' });
    const briefing = await store.createBriefing(dossier.id, template);
    await store.updateBriefing(briefing.id, { content: citing(source.id) });
    log = [];
    await expect(store.addEntity(dossier.id, { name: '', kind: 'person' })).rejects.toMatchObject({
      code: 'INVALID_RECORD',
    });
    await expect(store.deleteSource(source.id)).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    await expect(
      store.updateEvent('0123456789abcdef0123456789abcdef', { title: 'Gone' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(log).toEqual([]);
  });

  it('restores a version all or nothing: no “Before restoring” version is kept when the briefing cannot be saved', async () => {
    const dossier = await store.createDossier({ title: 'Restore' });
    const briefing = await store.createBriefing(dossier.id, template, 'First title');
    const sent = await store.saveBriefingVersion(briefing.id, 'Sent');
    await store.updateBriefing(briefing.id, { title: 'Second title' });
    const put = vi
      .spyOn(db.briefings, 'put')
      .mockRejectedValue(Object.assign(new Error('disk trouble'), { name: 'UnknownError' }));
    log = [];
    await expect(store.restoreBriefingVersion(sent.id)).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
    put.mockRestore();
    expect(log).toEqual([]);
    expect((await store.listBriefingVersions(briefing.id)).map((version) => version.name)).toEqual(['Sent']);
    expect((await db.briefings.get(briefing.id))?.title).toBe('Second title');
  });

  it('is refused, telling nothing, when started inside another transaction that would commit it later', async () => {
    const dossier = await store.createDossier({ title: 'Nested' });
    log = [];
    await expect(
      db.transaction('rw', ['dossiers', 'entities'], () =>
        store.addEntity(dossier.id, { name: 'BKA', kind: 'organisation' }),
      ),
    ).rejects.toThrow(/inside another transaction/);
    expect(log).toEqual([]);
    expect(await db.entities.count()).toBe(0);
  });
});

describe('the change emitter', () => {
  it('tells every subscriber, even after one throws, and hands what it threw to onListenerError', async () => {
    const thrown: unknown[] = [];
    const changes = new StoreChanges((error) => thrown.push(error));
    const name = `emitter-${Math.random().toString(36).slice(2)}`;
    const own = new DossierStore(new DossierDatabase(name), changes);
    const heard: string[] = [];
    changes.subscribe(() => {
      throw new Error('listener broke');
    });
    const stop = changes.subscribe((change) => heard.push(change.kind));
    try {
      const dossier = await own.createDossier({ title: 'Still saved' });
      expect(await own.getDossier(dossier.id)).toEqual(dossier);
      expect(heard).toEqual(['dossier']);
      expect(thrown).toEqual([new Error('listener broke')]);
      stop();
      await own.updateDossier(dossier.id, { title: 'Unheard' });
      expect(heard).toEqual(['dossier']);
    } finally {
      own.db.close();
      await Dexie.delete(name);
    }
  });
});
