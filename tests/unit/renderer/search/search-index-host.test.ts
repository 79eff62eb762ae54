import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import { readSearchDocuments, readSearchTexts } from '../../../../renderer/search/search-documents';
import { SearchIndexHost } from '../../../../renderer/search/search-index-host';
import type { SearchIndexReply, SearchIndexRequest } from '../../../../renderer/search/search-protocol';
import { DossierSearchIndex, type SearchDocument, type SearchOptions } from '../../../../shared/search';
import { deferred, hitsOf, libraryDocuments, searchDocument, settle } from './support/search-fixtures';

/** A host whose store read finishes when the test resolves it, and the replies it sent. */
function hostWithStore(documents?: readonly SearchDocument[]) {
  const store = deferred<readonly SearchDocument[]>();
  if (documents) store.resolve(documents);
  const replies: SearchIndexReply[] = [];
  let reads = 0;
  const host = new SearchIndexHost(
    () => {
      reads += 1;
      return store.promise;
    },
    (reply) => replies.push(reply),
  );
  let nextRequestId = 1;
  const search = (query: string, options: SearchOptions = {}) => {
    const requestId = nextRequestId++;
    host.receive({ type: 'search', requestId, query, options });
    return requestId;
  };
  const send = (...requests: SearchIndexRequest[]) => {
    for (const request of requests) host.receive(request);
  };
  return { host, store, replies, search, send, reads: () => reads };
}

const ids = (hits: { kind: string; recordId: string }[]) => hits.map((hit) => `${hit.kind}:${hit.recordId}`);

describe('the search index host', () => {
  it('answers every search exactly as an in-page index of the same documents would', async () => {
    const documents = libraryDocuments();
    const { replies, search } = hostWithStore(documents);
    const inPage = new DossierSearchIndex();
    inPage.addAll(documents);
    const questions: [string, SearchOptions][] = [
      ['container', {}],
      ['containr traffic', {}],
      ['cran', { limit: 2 }],
      ['ports', { kinds: ['dossier'] }],
      ['traffic', { dossierId: 'd-ports' }],
      ['gdansk', {}],
      ['lodz', {}],
      ['nothing-like-this', {}],
    ];
    const requestIds = questions.map(([query, options]) => search(query, options));
    await settle();
    questions.forEach(([query, options], position) => {
      expect(hitsOf(replies, requestIds[position] as number)).toEqual(inPage.search(query, options));
    });
    expect(hitsOf(replies, requestIds[0] as number).length).toBeGreaterThan(2);
  });

  it('applies, in order, the changes that arrive while it is being built', async () => {
    const { store, replies, search, send } = hostWithStore();
    send({ type: 'build' });
    // Written while the store is being read: a new source, an edited one, one deleted, one edited twice.
    send(
      {
        type: 'change',
        change: { type: 'upsert', document: searchDocument('source', 's-9', 'd-rail', 'Ferry timetable') },
      },
      {
        type: 'change',
        change: {
          type: 'upsert',
          document: searchDocument('source', 's-2', 'd-ports', 'Customs figures', 'Tonnage of bulk grain.'),
        },
      },
      { type: 'change', change: { type: 'remove', kind: 'source', recordId: 's-3' } },
      {
        type: 'change',
        change: { type: 'upsert', document: searchDocument('briefing', 'b-1', 'd-ports', 'Draft one', '') },
      },
      {
        type: 'change',
        change: { type: 'upsert', document: searchDocument('briefing', 'b-1', 'd-ports', 'Final brief', '') },
      },
    );
    const ferry = search('ferry');
    const container = search('container');
    const grain = search('grain');
    const draft = search('draft');
    const final = search('final');
    await settle();
    expect(replies).toEqual([]);

    store.resolve(libraryDocuments());
    await settle();
    expect(replies[0]).toMatchObject({ type: 'built', documentCount: 8 });
    expect(ids(hitsOf(replies, ferry))).toEqual(['source:s-9']);
    expect(ids(hitsOf(replies, container)).sort()).toEqual(['source:s-4']);
    expect(ids(hitsOf(replies, grain))).toEqual(['source:s-2']);
    expect(hitsOf(replies, draft)).toEqual([]);
    expect(ids(hitsOf(replies, final))).toEqual(['briefing:b-1']);
  });

  it('forgets a removed dossier with all its sources and briefings, before and after the build', async () => {
    const during = hostWithStore();
    during.send(
      { type: 'build' },
      { type: 'change', change: { type: 'remove-dossier', dossierId: 'd-ports' } },
    );
    during.store.resolve(libraryDocuments());
    const container = during.search('container');
    await settle();
    expect(ids(hitsOf(during.replies, container)).sort()).toEqual(['source:s-3', 'source:s-4']);

    const after = hostWithStore(libraryDocuments());
    const before = after.search('harbour');
    await settle();
    expect(ids(hitsOf(after.replies, before)).sort()).toEqual(['dossier:d-ports', 'source:s-1']);
    after.send({ type: 'change', change: { type: 'remove-dossier', dossierId: 'd-ports' } });
    const gone = after.search('harbour');
    const others = after.search('ports');
    await settle();
    expect(hitsOf(after.replies, gone)).toEqual([]);
    expect(ids(hitsOf(after.replies, others))).toEqual(['dossier:d-north']);
  });

  it('builds on the first search, once, and ignores changes made before any build', async () => {
    const { store, replies, search, send, reads } = hostWithStore();
    // Already in the store the build will read.
    send({ type: 'change', change: { type: 'remove', kind: 'source', recordId: 's-1' } });
    const first = search('harbour');
    const second = search('harbour');
    send({ type: 'build' });
    store.resolve(libraryDocuments());
    await settle();
    expect(reads()).toBe(1);
    expect(replies.filter((reply) => reply.type === 'built')).toHaveLength(1);
    expect(ids(hitsOf(replies, first)).sort()).toEqual(['dossier:d-ports', 'source:s-1']);
    expect(hitsOf(replies, second)).toEqual(hitsOf(replies, first));
  });

  it('reports a failed build to every waiting search, and reads the store again on the next search', async () => {
    let attempt = 0;
    const replies: SearchIndexReply[] = [];
    const host = new SearchIndexHost(
      async () => {
        attempt += 1;
        if (attempt === 1) throw new Error('IndexedDB is not available here');
        return libraryDocuments();
      },
      (reply) => replies.push(reply),
    );
    host.receive({ type: 'build' });
    host.receive({ type: 'change', change: { type: 'remove', kind: 'source', recordId: 's-1' } });
    host.receive({ type: 'search', requestId: 1, query: 'harbour', options: {} });
    await settle();
    expect(replies).toEqual([
      { type: 'build-failed', message: 'IndexedDB is not available here' },
      { type: 'search-failed', requestId: 1, message: 'IndexedDB is not available here' },
    ]);

    host.receive({ type: 'search', requestId: 2, query: 'harbour', options: {} });
    await settle();
    expect(attempt).toBe(2);
    // The change kept from the failed build is not replayed on a store read after it.
    expect(ids(hitsOf(replies, 2)).sort()).toEqual(['dossier:d-ports', 'source:s-1']);
  });

  it('reports a change it cannot apply, and goes on answering', async () => {
    const { replies, search, send } = hostWithStore(libraryDocuments());
    search('harbour');
    await settle();
    // A document whose text cannot be read, as a bug elsewhere might hand over.
    const broken = Object.defineProperty(searchDocument('source', 's-9', 'd-rail', 'Ferry'), 'text', {
      get() {
        throw new Error('no text');
      },
    });
    send({ type: 'change', change: { type: 'upsert', document: broken } });
    const after = search('harbour');
    await settle();
    expect(replies.filter((reply) => reply.type === 'change-failed')).toEqual([
      { type: 'change-failed', message: 'no text' },
    ]);
    expect(ids(hitsOf(replies, after)).sort()).toEqual(['dossier:d-ports', 'source:s-1']);
  });

  it('builds from every dossier, source and briefing of a real store', async () => {
    const name = `search-${Math.random().toString(36).slice(2)}`;
    const db = new DossierDatabase(name);
    try {
      const store = new DossierStore(db);
      const dossier = await store.createDossier({ title: 'Baltic ports', summary: 'Harbour security' });
      await store.addSource(dossier.id, {
        title: 'Harbour master interview',
        notes: 'Cranes idle at Gdańsk',
      });
      const replies: SearchIndexReply[] = [];
      const host = new SearchIndexHost(
        () => readSearchDocuments(db),
        (reply) => replies.push(reply),
      );
      host.receive({ type: 'search', requestId: 1, query: 'gdansk', options: {} });
      await expect.poll(() => replies.length).toBe(2);
      expect(replies[0]).toMatchObject({ type: 'built', documentCount: 2 });
      expect(hitsOf(replies, 1).map((hit) => hit.title)).toEqual(['Harbour master interview']);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('cuts snippets from the text in the store as it is at the search, keeping none in the index', async () => {
    const name = `search-${Math.random().toString(36).slice(2)}`;
    const db = new DossierDatabase(name);
    try {
      const store = new DossierStore(db);
      const dossier = await store.createDossier({ title: 'Baltic ports', summary: 'Harbour security' });
      const source = await store.addSource(dossier.id, {
        title: 'Harbour master interview',
        notes: 'Cranes idle at Gdańsk',
      });
      const asked: string[] = [];
      const replies: SearchIndexReply[] = [];
      const host = new SearchIndexHost(
        () => readSearchDocuments(db),
        (reply) => replies.push(reply),
        (records) => {
          asked.push(...records.map((record) => `${record.kind}:${record.recordId}`));
          return readSearchTexts(db, records);
        },
      );
      host.receive({ type: 'search', requestId: 1, query: 'gdansk', options: {} });
      await expect.poll(() => replies.length).toBe(2);
      expect(asked).toEqual([`source:${source.id}`]);
      expect(hitsOf(replies, 1)[0]?.snippet.text).toContain('Cranes idle at Gdańsk');
      // Read at the search: a note changed in the store since the build shows as it is now.
      await db.sources.put({ ...source, notes: 'Cranes idle at Gdańsk since Monday' });
      host.receive({ type: 'search', requestId: 2, query: 'gdansk', options: {} });
      await expect.poll(() => replies.length).toBe(3);
      expect(hitsOf(replies, 2)[0]?.snippet.text).toContain('since Monday');
      expect(
        await readSearchTexts(db, [
          { kind: 'source', recordId: 'gone' },
          { kind: 'dossier', recordId: dossier.id },
        ]),
      ).toEqual([undefined, 'Harbour security']);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
