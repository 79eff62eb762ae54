// The page's side of the search index: starts it on the first search (in a worker when one can run, in the
// page otherwise), forwards the store's writes to it in order, and matches each answer to its question by
// request id. When the worker cannot start or fails, the index moves into the page and every search still
// waiting is asked again there; the failure is reported, not swallowed.

import { DeskError } from '../../shared/errors';
import type { SearchHit, SearchOptions } from '../../shared/search';
import type { SearchIndexHost } from './search-index-host';
import {
  parseSearchIndexReply,
  type SearchChange,
  type SearchIndexReply,
  type SearchIndexRequest,
} from './search-protocol';

export type SearchErrorCode = 'WORKER_FAILED' | 'SEARCH_FAILED' | 'INDEX_FAILED';

export class SearchError extends DeskError<SearchErrorCode> {
  override readonly name = 'SearchError';
}

/** Where the index lives. */
export type SearchIndexPlace = 'worker' | 'page';

export interface SearchClientOptions {
  /** Makes the worker; absent where workers are unavailable, and the index is built in the page. */
  readonly createWorker?: () => Worker;
  /** The index in the page, answering through `reply`: used when no worker can run. */
  readonly createPageHost: (reply: (reply: SearchIndexReply) => void) => SearchIndexHost;
  /** Told of what went wrong beside a search: the worker failing (search then runs in the page), a change
   * the index could not apply. A failed search rejects its own promise instead. */
  readonly onError: (error: SearchError) => void;
  /** Told when the index is built, with how many records it holds and how long it took. */
  readonly onBuilt?: (built: { documentCount: number; millis: number; place: SearchIndexPlace }) => void;
}

interface Connection {
  readonly place: SearchIndexPlace;
  send(request: SearchIndexRequest): void;
  close(): void;
}

interface WaitingSearch {
  readonly request: Extract<SearchIndexRequest, { type: 'search' }>;
  resolve(hits: SearchHit[]): void;
  reject(error: SearchError): void;
}

const FALLBACK_ADVICE =
  'Search now builds its index in this window, which may pause the window for a few seconds on a large library. Reload to try the worker again.';

/** A message from the index as a sentence of ours: ending with one full stop. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

export class SearchClient {
  private connection: Connection | null = null;
  private nextRequestId = 1;
  private readonly waiting = new Map<number, WaitingSearch>();

  constructor(private readonly options: SearchClientOptions) {}

  /** True once the index is being built or is built: only then do changes need forwarding. */
  get started(): boolean {
    return this.connection !== null;
  }

  /** Where the index lives now; null before the first search. */
  get place(): SearchIndexPlace | null {
    return this.connection?.place ?? null;
  }

  /** Hits for `query` from the index, building it first if this is the first search. */
  search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const connection = this.connect();
    const requestId = this.nextRequestId++;
    const request = { type: 'search', requestId, query, options } as const;
    return new Promise<SearchHit[]>((resolve, reject) => {
      this.waiting.set(requestId, { request, resolve, reject });
      connection.send(request);
    });
  }

  /** Forwards a committed write; ignored before the first search, since the build will read it. */
  follow(change: SearchChange): void {
    this.connection?.send({ type: 'change', change });
  }

  private connect(): Connection {
    if (this.connection) return this.connection;
    const { createWorker } = this.options;
    if (!createWorker) return this.moveToPage();
    try {
      this.connection = this.connectWorker(createWorker());
    } catch (error) {
      return this.moveToPage(
        new SearchError('WORKER_FAILED', `The search worker could not start. ${FALLBACK_ADVICE}`, error),
      );
    }
    this.connection.send({ type: 'build' });
    return this.connection;
  }

  private connectWorker(worker: Worker): Connection {
    const connection: Connection = {
      place: 'worker',
      send: (request) => worker.postMessage(request),
      close: () => worker.terminate(),
    };
    // Messages from a worker already given up on are ignored.
    const current = () => this.connection === connection;
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!current()) return;
      const reply = parseSearchIndexReply(event.data);
      if (reply) this.receive(reply, 'worker');
      else
        this.moveToPage(
          new SearchError(
            'WORKER_FAILED',
            `The search worker sent a malformed answer. ${FALLBACK_ADVICE}`,
            event.data,
          ),
        );
    };
    worker.onmessageerror = (event: MessageEvent) => {
      if (current())
        this.moveToPage(
          new SearchError(
            'WORKER_FAILED',
            `An answer of the search worker could not be read. ${FALLBACK_ADVICE}`,
            event,
          ),
        );
    };
    worker.onerror = (event: Event) => {
      // Reported below, with what to expect; not again as an uncaught error of the page.
      event.preventDefault();
      if (!current()) return;
      // A script that failed to load gives a plain Event; an uncaught error an ErrorEvent with a message.
      const message = (event as Partial<ErrorEvent>).message;
      const detail = typeof message === 'string' && message ? `: ${message}` : '';
      this.moveToPage(
        new SearchError('WORKER_FAILED', `The search worker stopped${detail}. ${FALLBACK_ADVICE}`, event),
      );
    };
    return connection;
  }

  /** Builds the index in the page, and asks again there every search still waiting. */
  private moveToPage(reason?: SearchError): Connection {
    if (reason) this.options.onError(reason);
    this.connection?.close();
    const host = this.options.createPageHost((reply) => {
      if (this.connection === connection) this.receive(reply, 'page');
    });
    const connection: Connection = {
      place: 'page',
      send: (request) => host.receive(request),
      close: () => undefined,
    };
    this.connection = connection;
    connection.send({ type: 'build' });
    for (const { request } of this.waiting.values()) connection.send(request);
    return connection;
  }

  private receive(reply: SearchIndexReply, place: SearchIndexPlace): void {
    switch (reply.type) {
      case 'built':
        this.options.onBuilt?.({ documentCount: reply.documentCount, millis: reply.millis, place });
        break;
      case 'build-failed':
        // In the page, each waiting search fails with the reason; a worker may fail where the page can
        // still read the store (a browser without IndexedDB in workers), so the page tries.
        if (place === 'worker') {
          this.moveToPage(
            new SearchError(
              'WORKER_FAILED',
              `The search worker could not read the dossiers: ${sentence(reply.message)} ${FALLBACK_ADVICE}`,
            ),
          );
        }
        break;
      case 'hits':
        this.settle(reply.requestId, (waiting) => waiting.resolve(reply.hits));
        break;
      case 'search-failed':
        this.settle(reply.requestId, (waiting) =>
          waiting.reject(
            new SearchError(
              'SEARCH_FAILED',
              `Search failed: ${sentence(reply.message)} Reload the window and try again.`,
            ),
          ),
        );
        break;
      case 'change-failed':
        this.options.onError(
          new SearchError(
            'INDEX_FAILED',
            `The search index missed a change: ${sentence(reply.message)} Reload the window to rebuild it.`,
          ),
        );
        break;
    }
  }

  private settle(requestId: number, settle: (waiting: WaitingSearch) => void): void {
    const waiting = this.waiting.get(requestId);
    if (!waiting) return;
    this.waiting.delete(requestId);
    settle(waiting);
  }
}
