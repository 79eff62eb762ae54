import { describe, expect, it } from 'vitest';
import { SearchClient, type SearchError } from '../../../../renderer/search/search-client';
import { SearchIndexHost } from '../../../../renderer/search/search-index-host';
import type { SearchIndexReply, SearchIndexRequest } from '../../../../renderer/search/search-protocol';
import { DossierSearchIndex, type SearchDocument } from '../../../../shared/search';
import { deferred, libraryDocuments, searchDocument, settle } from './support/search-fixtures';

/**
 * A stand-in for the search worker: a SearchIndexHost in this thread behind structured cloning, answering
 * asynchronously as a worker would. `answer` can change what goes back, for the client's error paths.
 */
class InThreadWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly requests: SearchIndexRequest[] = [];
  readonly host: SearchIndexHost;
  answer: (reply: SearchIndexReply) => unknown = (reply) => reply;
  /** Replies kept back until `release`, to answer out of order. */
  holdBack: (reply: SearchIndexReply) => boolean = () => false;
  private readonly held: unknown[] = [];

  constructor(loadDocuments: () => Promise<readonly SearchDocument[]>) {
    this.host = new SearchIndexHost(loadDocuments, (reply) => {
      const data = structuredClone(this.answer(reply));
      if (this.holdBack(reply)) this.held.push(data);
      else this.deliver(data);
    });
  }

  private deliver(data: unknown) {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<unknown>);
    }, 0);
  }

  release() {
    for (const data of this.held.splice(0)) this.deliver(data);
  }

  postMessage(request: SearchIndexRequest) {
    const copy = structuredClone(request);
    this.requests.push(copy);
    setTimeout(() => {
      if (!this.terminated) this.host.receive(copy);
    }, 0);
  }

  terminate() {
    this.terminated = true;
  }

  /** What a worker whose script failed to load or threw does. */
  fail(message?: string) {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(message ? Object.assign(event, { message }) : event);
  }
}

function clientWith(options: {
  worker?: InThreadWorker | (() => never);
  pageDocuments?: () => Promise<readonly SearchDocument[]>;
}) {
  const errors: SearchError[] = [];
  const built: { documentCount: number; place: string }[] = [];
  let pageHosts = 0;
  const { worker } = options;
  const client = new SearchClient({
    createWorker:
      worker === undefined
        ? undefined
        : typeof worker === 'function'
          ? worker
          : () => worker as unknown as Worker,
    createPageHost: (reply) => {
      pageHosts += 1;
      return new SearchIndexHost(options.pageDocuments ?? (async () => libraryDocuments()), reply);
    },
    onError: (error) => errors.push(error),
    onBuilt: ({ documentCount, place }) => built.push({ documentCount, place }),
  });
  return { client, errors, built, pageHosts: () => pageHosts };
}

const titles = (hits: { title: string }[]) => hits.map((hit) => hit.title);

describe('the search client', () => {
  it('answers from the worker the same hits an in-page index gives', async () => {
    const worker = new InThreadWorker(async () => libraryDocuments());
    const { client, built, errors } = clientWith({ worker });
    const inPage = new DossierSearchIndex();
    inPage.addAll(libraryDocuments());
    for (const query of ['container', 'cranes', 'harbor', 'rail lodz']) {
      expect(await client.search(query, { limit: 5 })).toEqual(inPage.search(query, { limit: 5 }));
    }
    expect(client.place).toBe('worker');
    expect(built).toEqual([{ documentCount: 8, place: 'worker' }]);
    expect(errors).toEqual([]);
    expect(worker.requests[0]).toEqual({ type: 'build' });
  });

  it('gives each search its own answer, however the answers are ordered', async () => {
    const worker = new InThreadWorker(async () => libraryDocuments());
    // The worker answers the first search last: an older answer must not settle a newer question.
    worker.holdBack = (reply) => reply.type === 'hits' && reply.requestId === 1;
    const { client } = clientWith({ worker });
    const older = client.search('harbour');
    const newer = client.search('rail');
    expect(titles(await newer)).toEqual(['Rail freight', 'Freight corridor report']);
    worker.release();
    expect(titles(await older).sort()).toEqual(['Baltic ports', 'Harbour master interview']);
  });

  it('forwards the writes made while the worker builds, in order, and finds them', async () => {
    const store = deferred<readonly SearchDocument[]>();
    const worker = new InThreadWorker(() => store.promise);
    const { client } = clientWith({ worker });
    expect(client.started).toBe(false);
    // Before the first search nothing is sent: the build reads these from the store.
    client.follow({ type: 'remove-dossier', dossierId: 'd-north' });
    expect(worker.requests).toEqual([]);

    const waiting = client.search('ferry');
    expect(client.started).toBe(true);
    client.follow({ type: 'upsert', document: searchDocument('source', 's-9', 'd-rail', 'Ferry timetable') });
    client.follow({ type: 'remove-dossier', dossierId: 'd-ports' });
    await settle();
    store.resolve(libraryDocuments());
    expect(titles(await waiting)).toEqual(['Ferry timetable']);
    expect(await client.search('harbour')).toEqual([]);
    // The write made before the first search was the store's to give: the build read the store as is.
    expect(titles(await client.search('rotterdam')).sort()).toEqual([
      'North Sea ports',
      'Rotterdam container terminal',
    ]);
    expect(worker.requests.map((request) => request.type)).toEqual([
      'build',
      'search',
      'change',
      'change',
      'search',
      'search',
    ]);
  });

  it('builds the index in the page where there are no workers', async () => {
    const { client, built, errors } = clientWith({});
    expect(titles(await client.search('customs'))).toEqual(['Customs figures']);
    expect(client.place).toBe('page');
    expect(built).toEqual([{ documentCount: 8, place: 'page' }]);
    // No worker to fail: nothing to report.
    expect(errors).toEqual([]);
  });

  it('moves into the page, and says why, when the worker cannot be made', async () => {
    const { client, errors } = clientWith({
      worker: () => {
        throw new Error('Refused by the Content Security Policy');
      },
    });
    expect(titles(await client.search('customs'))).toEqual(['Customs figures']);
    expect(client.place).toBe('page');
    expect(errors.map((error) => error.code)).toEqual(['WORKER_FAILED']);
    expect(errors[0]?.cause).toBeInstanceOf(Error);
  });

  it('asks the page again every search still waiting when the worker stops, and forwards later writes there', async () => {
    const store = deferred<readonly SearchDocument[]>();
    const worker = new InThreadWorker(() => store.promise);
    const { client, errors, built } = clientWith({ worker });
    const first = client.search('customs');
    const second = client.search('cranes', { limit: 1 });
    await settle();
    worker.fail('Out of memory');
    expect(worker.terminated).toBe(true);
    expect(errors[0]?.message).toMatch(/search worker stopped: Out of memory\. Search now builds its index/);
    client.follow({ type: 'upsert', document: searchDocument('source', 's-9', 'd-rail', 'Ferry timetable') });
    expect(titles(await first)).toEqual(['Customs figures']);
    expect(await second).toHaveLength(1);
    expect(titles(await client.search('ferry'))).toEqual(['Ferry timetable']);
    // The dead worker's late answers are not taken.
    store.resolve(libraryDocuments());
    await settle();
    expect(built.map((entry) => entry.place)).toEqual(['page']);
  });

  it('moves into the page when the worker cannot read the store', async () => {
    const worker = new InThreadWorker(async () => {
      throw new Error('IndexedDB is not available in workers');
    });
    const { client, errors } = clientWith({ worker });
    expect(titles(await client.search('customs'))).toEqual(['Customs figures']);
    expect(client.place).toBe('page');
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/could not read the dossiers: IndexedDB is not available in workers/),
    ]);
  });

  it('moves into the page when the worker answers with something it may not send', async () => {
    const worker = new InThreadWorker(async () => libraryDocuments());
    worker.answer = (reply) => (reply.type === 'hits' ? { ...reply, hits: [{ title: 42 }] } : reply);
    const { client, errors } = clientWith({ worker });
    expect(titles(await client.search('customs'))).toEqual(['Customs figures']);
    expect(client.place).toBe('page');
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/malformed answer/)]);
  });

  it('rejects a search the page cannot answer either, with the reason', async () => {
    const { client } = clientWith({
      pageDocuments: async () => {
        throw new Error('The dossier store could not be opened.');
      },
    });
    await expect(client.search('customs')).rejects.toMatchObject({
      code: 'SEARCH_FAILED',
      message: expect.stringMatching(/The dossier store could not be opened/),
    });
  });
});
