// Holds the full-text index and answers the page's requests: in the search worker, or in the page itself
// when no worker can run. No Worker and no DOM here, so a test drives it directly.

import { errorMessage } from '../../shared/errors';
import { DossierSearchIndex, type SearchDocument, type SearchIndexOptions } from '../../shared/search';
import type { SearchChange, SearchIndexReply, SearchIndexRequest } from './search-protocol';

/** Applies one committed write to the index. */
export function applySearchChange(index: DossierSearchIndex, change: SearchChange): void {
  switch (change.type) {
    case 'upsert':
      index.upsert(change.document);
      break;
    case 'remove':
      index.remove(change.kind, change.recordId);
      break;
    default:
      index.removeDossier(change.dossierId);
  }
}

/**
 * The index and the requests it answers. Built once from `loadDocuments` (the store as it is when the
 * build starts); changes that arrive while it builds are kept and applied, in order, before the first
 * answer. Applying a change the snapshot already holds is harmless, so no write can fall between the two.
 * Given `readTexts` (the worker reads them from the store), the index keeps no text and reads the hits'.
 */
export class SearchIndexHost {
  private index: DossierSearchIndex | null = null;
  private building: Promise<DossierSearchIndex> | null = null;
  private readonly pending: SearchChange[] = [];

  constructor(
    private readonly loadDocuments: () => Promise<readonly SearchDocument[]>,
    private readonly reply: (reply: SearchIndexReply) => void,
    private readonly readTexts?: SearchIndexOptions['readTexts'],
  ) {}

  receive(request: SearchIndexRequest): void {
    switch (request.type) {
      case 'build':
        // A failed build is answered with build-failed; nothing else waits on it here.
        this.build().catch(() => undefined);
        break;
      case 'change':
        this.follow(request.change);
        break;
      case 'search':
        void this.search(request);
        break;
    }
  }

  private follow(change: SearchChange): void {
    if (this.index) {
      try {
        applySearchChange(this.index, change);
      } catch (error) {
        this.reply({ type: 'change-failed', message: errorMessage(error) });
      }
    } else if (this.building) {
      this.pending.push(change);
    }
    // Before any build, the change is in the store the build will read.
  }

  private build(): Promise<DossierSearchIndex> {
    this.building ??= this.buildFromStore();
    return this.building;
  }

  private async buildFromStore(): Promise<DossierSearchIndex> {
    const started = performance.now();
    try {
      const fresh = new DossierSearchIndex(this.readTexts ? { readTexts: this.readTexts } : {});
      fresh.addAll(await this.loadDocuments());
      this.index = fresh;
      for (const change of this.pending.splice(0)) this.follow(change);
      this.reply({ type: 'built', documentCount: fresh.size, millis: performance.now() - started });
      return fresh;
    } catch (error) {
      // The next search tries again, from the store as it is then.
      this.pending.length = 0;
      this.building = null;
      this.reply({ type: 'build-failed', message: errorMessage(error) });
      throw error;
    }
  }

  private async search(request: Extract<SearchIndexRequest, { type: 'search' }>): Promise<void> {
    const { requestId, query, options } = request;
    try {
      const index = this.index ?? (await this.build());
      this.reply({ type: 'hits', requestId, hits: await index.searchWithSnippets(query, options) });
    } catch (error) {
      this.reply({ type: 'search-failed', requestId, message: errorMessage(error) });
    }
  }
}
