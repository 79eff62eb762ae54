import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import { searchChangesOf } from '../../../../renderer/search/search-changes';
import { readSearchDocuments } from '../../../../renderer/search/search-documents';
import { SearchIndexHost } from '../../../../renderer/search/search-index-host';
import type { SearchIndexReply } from '../../../../renderer/search/search-protocol';
import type { SearchOptions } from '../../../../shared/search';
import { hitsOf } from './support/search-fixtures';

const may2024 = { value: '2024-05-20', precision: 'day', approximate: false } as const;

let db: DossierDatabase;
let store: DossierStore;
let dbName: string;
let host: SearchIndexHost;
let replies: SearchIndexReply[];
let nextRequestId: number;

/**
 * A real store and the index host as the app wires them: built from the store on the first search, then
 * following every committed write through the store's changes.
 */
beforeEach(() => {
  dbName = `search-changes-${Math.random().toString(36).slice(2)}`;
  db = new DossierDatabase(dbName);
  store = new DossierStore(db);
  replies = [];
  nextRequestId = 1;
  host = new SearchIndexHost(
    () => readSearchDocuments(db),
    (reply) => replies.push(reply),
  );
  store.changes.subscribe((change) => {
    for (const searchChange of searchChangesOf(change))
      host.receive({ type: 'change', change: searchChange });
  });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

/** The hits for `query`, as `kind:title`. */
async function search(query: string, options: SearchOptions = {}): Promise<string[]> {
  const requestId = nextRequestId++;
  host.receive({ type: 'search', requestId, query, options });
  await expect
    .poll(() => replies.some((reply) => 'requestId' in reply && reply.requestId === requestId))
    .toBe(true);
  return hitsOf(replies, requestId)
    .map((hit) => `${hit.kind}:${hit.title}`)
    .sort();
}

describe('the search index following the store', () => {
  it('builds from the entities and timeline events already stored', async () => {
    const dossier = await store.createDossier({ title: 'Morocco–Germany cooperation' });
    await store.addEntity(dossier.id, { name: 'Bundeskriminalamt', kind: 'organisation', aliases: ['BKA'] });
    await store.addEvent(dossier.id, { title: 'Meeting in Rabat', date: may2024 });
    expect(await search('bka')).toEqual(['entity:Bundeskriminalamt']);
    expect(await search('rabat')).toEqual(['event:Meeting in Rabat']);
    expect(replies[0]).toMatchObject({ type: 'built', documentCount: 3 });
  });

  it('finds an entity and an event written after the index was built, and their edits', async () => {
    const dossier = await store.createDossier({ title: 'Morocco–Germany cooperation' });
    expect(await search('bundeskriminalamt')).toEqual([]);

    const bka = await store.addEntity(dossier.id, { name: 'Bundeskriminalamt', kind: 'organisation' });
    const meeting = await store.addEvent(dossier.id, { title: 'Meeting in Rabat', date: may2024 });
    expect(await search('bundeskriminalamt')).toEqual(['entity:Bundeskriminalamt']);
    expect(await search('rabat')).toEqual(['event:Meeting in Rabat']);

    await store.updateEntity(bka.id, { aliases: ['Federal Criminal Police Office'] });
    await store.updateEvent(meeting.id, { description: 'Joint task force agreed.' });
    expect(await search('federal criminal')).toEqual(['entity:Bundeskriminalamt']);
    expect(await search('task force')).toEqual(['event:Meeting in Rabat']);
  });

  it('finds the entities and events an ingested source brought', async () => {
    const dossier = await store.createDossier({ title: 'Police cooperation' });
    await search('anything');
    await store.addIngestedSource(dossier.id, {
      title: 'Police chiefs meet',
      entities: [{ kind: 'place', name: 'Wiesbaden' }],
      events: [{ date: may2024, title: 'Chiefs met in Wiesbaden' }],
    });
    expect(await search('wiesbaden')).toEqual(['entity:Wiesbaden', 'event:Chiefs met in Wiesbaden']);
  });

  it('forgets a deleted entity or event, and finds it again after Undo', async () => {
    const dossier = await store.createDossier({ title: 'Deletions' });
    const bka = await store.addEntity(dossier.id, { name: 'Bundeskriminalamt', kind: 'organisation' });
    const meeting = await store.addEvent(dossier.id, { title: 'Meeting in Rabat', date: may2024 });
    expect(await search('bundeskriminalamt')).toEqual(['entity:Bundeskriminalamt']);

    const entityUndo = await store.deleteEntity(bka.id);
    const eventUndo = await store.deleteEvent(meeting.id);
    expect(await search('bundeskriminalamt')).toEqual([]);
    expect(await search('rabat')).toEqual([]);

    await entityUndo.undo();
    await eventUndo.undo();
    expect(await search('bundeskriminalamt')).toEqual(['entity:Bundeskriminalamt']);
    expect(await search('rabat')).toEqual(['event:Meeting in Rabat']);
  });

  it('follows an import that replaces a dossier, and the Trash being emptied', async () => {
    const dossier = await store.createDossier({ title: 'Shared dossier' });
    const bka = await store.addEntity(dossier.id, { name: 'Bundeskriminalamt', kind: 'organisation' });
    const shared = await store.dossierDocument(dossier.id);
    await store.addEvent(dossier.id, { title: 'Meeting in Rabat', date: may2024 });
    expect(await search('rabat')).toEqual(['event:Meeting in Rabat']);

    // The package held the dossier before the event was added, and a renamed entity.
    const renamed = { ...shared, entities: [{ ...bka, name: 'Federal Criminal Police Office' }] };
    await store.importDocument(renamed, new Map(), 'replace');
    expect(await search('rabat')).toEqual([]);
    expect(await search('bundeskriminalamt')).toEqual([]);
    expect(await search('criminal police')).toEqual(['entity:Federal Criminal Police Office']);

    await store.trashDossier(dossier.id);
    await store.emptyTrash();
    expect(await search('criminal police')).toEqual([]);
    expect(await search('shared')).toEqual([]);
  });

  it('follows sources, briefings and dossiers as before', async () => {
    const dossier = await store.createDossier({ title: 'Baltic ports' });
    await search('anything');
    const source = await store.addSource(dossier.id, { title: 'Harbour master interview' });
    await store.updateDossier(dossier.id, { summary: 'Cranes idle at Gdańsk' });
    expect(await search('harbour')).toEqual(['source:Harbour master interview']);
    expect(await search('gdansk')).toEqual(['dossier:Baltic ports']);
    await store.deleteSource(source.id);
    expect(await search('harbour')).toEqual([]);
  });
});
