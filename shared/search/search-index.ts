// Full-text search over dossiers, sources, briefings, entities and timeline events: the index that answers
// queries (accent- and case-insensitive, prefix as you type, one typo forgiven, title first, every word
// required), and hits with plain-text snippets and highlight ranges.

import { type EngineMatch, SearchEngine } from './engine';
import { type SearchDocument, type SearchKind, searchIdOf } from './search-document';
import { type HighlightRange, highlightRanges, type Snippet, snippetOf } from './snippet';
import { normalizeTerm, wordsOf } from './terms';

export interface SearchOptions {
  /** Only records of this dossier (the dossier itself included). */
  dossierId?: string;
  /** Only these kinds of records; all kinds when omitted. */
  kinds?: readonly SearchKind[];
  /** At most this many hits, best first. Snippets are made for these only. Default 50. */
  limit?: number;
}

export interface SearchHit {
  kind: SearchKind;
  recordId: string;
  dossierId: string;
  title: string;
  /** Ranges of the matching words inside `title`. */
  titleHighlights: HighlightRange[];
  /** Higher is better; only comparable between hits of one search. */
  score: number;
  /** About 160 characters of `text` around the first matching word, with the matching words' ranges. */
  snippet: Snippet;
}

export interface SearchIndexOptions {
  /**
   * Where snippets read a record's text. When omitted (and `readTexts` too), the index keeps the text of
   * every document it is given, which costs the plain text's size in memory (one byte a character for
   * Latin-1 text, two otherwise: 60–180 MB for 10,000 sources of 1,000 words). A caller that already holds
   * the texts passes this and the index keeps no text at all. It is called for the returned hits only, at
   * most `limit` times a search.
   */
  getText?: (kind: SearchKind, recordId: string) => string | undefined;
  /**
   * Reads the texts of the hits a search returns, all at once, from where they are kept (the store): the
   * index keeps no text, and `searchWithSnippets` awaits this for the hits only. A record it cannot read
   * (deleted meanwhile) gets a snippet from nothing rather than failing the search.
   */
  readTexts?: (records: readonly RecordRef[]) => Promise<readonly (string | undefined)[]>;
}

/** A record by its kind and id. */
export interface RecordRef {
  kind: SearchKind;
  recordId: string;
}

const DEFAULT_LIMIT = 50;

/** What the index keeps of each document beside MiniSearch's postings: enough to make a hit. */
interface IndexedRecord {
  kind: SearchKind;
  recordId: string;
  dossierId: string;
  title: string;
  /** Absent when the caller supplies `getText`. */
  text?: string;
}

/**
 * A search index over the records of any number of dossiers, kept in memory and updated record by
 * record. Pure TypeScript, so it can live in the renderer or a worker. Not persisted: build it from the
 * store at start with one `addAll` (a few seconds and about 60 MB of postings for 10,000 sources of 1,000
 * words on a 2-core machine; a worker keeps the window responsive meanwhile), then `upsert` on every write.
 */
export class DossierSearchIndex {
  private engine = new SearchEngine();
  /** Each engine document's record, by its number; undefined once removed or replaced. */
  private recordsByDoc: (IndexedRecord | undefined)[] = [];
  /** Each indexed record's engine document number, by `kind:recordId`. */
  private readonly docIds = new Map<string, number>();
  private readonly getText: SearchIndexOptions['getText'];
  private readonly readTexts: SearchIndexOptions['readTexts'];

  constructor(options: SearchIndexOptions = {}) {
    this.getText = options.getText;
    this.readTexts = options.readTexts;
  }

  /** How many records are indexed. */
  get size(): number {
    return this.docIds.size;
  }

  /** How many distinct terms are indexed. */
  get termCount(): number {
    return this.engine.termCount;
  }

  /**
   * Index many documents; one already indexed (same kind and record id) is replaced, and of two given
   * with the same kind and record id the last counts. Into an empty index, several times faster than
   * `upsert` one by one: build the index at start with one call.
   */
  addAll(documents: Iterable<SearchDocument>): void {
    if (this.docIds.size > 0) {
      for (const document of documents) this.upsert(document);
      return;
    }
    const latest = new Map<string, SearchDocument>();
    for (const document of documents) latest.set(searchIdOf(document.kind, document.recordId), document);
    const unique = [...latest.values()];
    this.engine = SearchEngine.build(unique);
    this.recordsByDoc = unique.map((document, docId) => {
      this.docIds.set(searchIdOf(document.kind, document.recordId), docId);
      return this.recordOf(document);
    });
  }

  /** Index a document, replacing the record's old words if it was indexed before. */
  upsert(document: SearchDocument): void {
    const id = searchIdOf(document.kind, document.recordId);
    const old = this.docIds.get(id);
    // The old words stay in the postings, never returned, until the index is next built.
    if (old !== undefined) this.forget(old);
    const docId = this.engine.add(document);
    this.recordsByDoc[docId] = this.recordOf(document);
    this.docIds.set(id, docId);
  }

  private recordOf(document: SearchDocument): IndexedRecord {
    const { kind, recordId, dossierId, title, text } = document;
    return this.getText || this.readTexts
      ? { kind, recordId, dossierId, title }
      : { kind, recordId, dossierId, title, text };
  }

  private forget(docId: number): void {
    this.engine.remove(docId);
    this.recordsByDoc[docId] = undefined;
  }

  /** Forget a record; false when it was not indexed. */
  remove(kind: SearchKind, recordId: string): boolean {
    const id = searchIdOf(kind, recordId);
    const docId = this.docIds.get(id);
    if (docId === undefined) return false;
    this.docIds.delete(id);
    this.forget(docId);
    return true;
  }

  /** Forget a dossier and every record in it; returns how many records went. */
  removeDossier(dossierId: string): number {
    let removed = 0;
    for (const [id, docId] of this.docIds) {
      if (this.recordsByDoc[docId]?.dossierId !== dossierId) continue;
      this.docIds.delete(id);
      this.forget(docId);
      removed += 1;
    }
    return removed;
  }

  /**
   * Records holding every word of `query` (the last one may be the start of a word), best first: words in
   * the title count more. Case, accents and punctuation are ignored; words of five letters or more
   * forgive a typo, and words of six or more also find the compounds they end (Bundeskriminalamt for
   * kriminalamt). Arabic is found with or without its article and clitics (المطار, والمطار, مطار).
   * Quotes are ignored too: a quoted phrase finds records holding all of its words.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { ranked, matchedTerms } = this.rank(query, options);
    return ranked.map((record) => this.hitOf(record, matchedTerms, this.textOf(record)));
  }

  /** As `search`, reading the hits' texts through `readTexts` when the index was given it. */
  async searchWithSnippets(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    if (!this.readTexts) return this.search(query, options);
    const { ranked, matchedTerms } = this.rank(query, options);
    if (ranked.length === 0) return [];
    const texts = await this.readTexts(ranked.map(({ kind, recordId }) => ({ kind, recordId })));
    return ranked.map((record, index) => this.hitOf(record, matchedTerms, texts[index] ?? ''));
  }

  private rank(
    query: string,
    options: SearchOptions,
  ): { ranked: (IndexedRecord & { score: number })[]; matchedTerms: Set<string> } {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const terms = [
      ...new Set(
        wordsOf(query)
          .map(normalizeTerm)
          .filter((term) => term.length > 0),
      ),
    ];
    if (limit <= 0 || terms.length === 0) return { ranked: [], matchedTerms: new Set() };
    const { matches, matchedTerms } = this.engine.match({
      terms,
      prefixLast: true,
      accept: this.acceptFor(options),
    });
    const best = topResults(matches, limit, (docId) => {
      const record = this.recordsByDoc[docId];
      return record ? searchIdOf(record.kind, record.recordId) : '';
    });
    const ranked = best.flatMap(({ docId, score }) => {
      const record = this.recordsByDoc[docId];
      return record ? [{ ...record, score }] : [];
    });
    return { ranked, matchedTerms };
  }

  private acceptFor({ dossierId, kinds }: SearchOptions): ((docId: number) => boolean) | undefined {
    if (dossierId === undefined && kinds === undefined) return undefined;
    const wantedKinds = kinds ? new Set<SearchKind>(kinds) : undefined;
    return (docId) => {
      const record = this.recordsByDoc[docId];
      if (!record) return false;
      return (
        (dossierId === undefined || record.dossierId === dossierId) &&
        (wantedKinds === undefined || wantedKinds.has(record.kind))
      );
    };
  }

  private textOf(record: IndexedRecord): string {
    return record.text ?? this.getText?.(record.kind, record.recordId) ?? '';
  }

  private hitOf(
    record: IndexedRecord & { score: number },
    terms: ReadonlySet<string>,
    text: string,
  ): SearchHit {
    const { kind, recordId, dossierId, title, score } = record;
    return {
      kind,
      recordId,
      dossierId,
      title,
      titleHighlights: highlightRanges(title, terms),
      score,
      snippet: snippetOf(text, terms),
    };
  }
}

/**
 * The best `limit` matches, equal scores in id order, so the same records and query always give the same
 * hits in the same order, and ties never depend on the order the records came in. Ids are only made for
 * ties: a common word matches thousands of records.
 */
function topResults(matches: EngineMatch[], limit: number, idOf: (docId: number) => string): EngineMatch[] {
  return matches
    .sort((a, b) => b.score - a.score || compareIds(idOf(a.docId), idOf(b.docId)))
    .slice(0, limit);
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
