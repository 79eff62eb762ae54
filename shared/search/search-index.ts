// Full-text search over dossiers, sources, briefings, entities and timeline events: the index that answers
// queries (accent- and case-insensitive, prefix as you type, one typo forgiven, title first, every word
// required), and hits with plain-text snippets and highlight ranges.

import MiniSearch, { type SearchResult } from 'minisearch';
import { ENGINE_OPTIONS, indexAllAtOnce } from './engine';
import { type SearchDocument, type SearchKind, searchIdOf } from './search-document';
import { type HighlightRange, highlightRanges, type Snippet, snippetOf } from './snippet';

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
   * Where snippets read a record's text. When omitted, the index keeps the text of every document it is
   * given, which costs the plain text's size in memory (one byte a character for Latin-1 text, two
   * otherwise: 60–130 MB for 10,000 sources of 1,000 words). A caller that already holds the texts, or
   * prefers to read them only for the hits it shows, passes this and the index keeps no text at all.
   * It is called for the returned hits only, at most `limit` times a search.
   */
  getText?: (kind: SearchKind, recordId: string) => string | undefined;
}

/** Title words count this many times as much as words of the text. */
const TITLE_BOOST = 3;
/**
 * Words this long or longer also match words one typo away. Only one: allowing two on long words made
 * two-word queries over 10,000 sources half again slower.
 */
const FUZZY_MIN_LENGTH = 5;
const FUZZY_DISTANCE = 1;
/**
 * The last word of a query also matches longer words it starts, as the user types, once it has this
 * many characters: a single letter would match a large part of the vocabulary and be slow for little use.
 */
const PREFIX_MIN_LENGTH = 2;
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
 * store at start with one `addAll` (about 9 s and 260 MB of postings for 10,000 sources of 1,000 words on
 * a 2-core machine; a worker keeps the window responsive meanwhile), then `upsert` on every write.
 */
export class DossierSearchIndex {
  private engine: MiniSearch<SearchDocument>;
  private readonly records = new Map<string, IndexedRecord>();
  private readonly getText: SearchIndexOptions['getText'];

  constructor(options: SearchIndexOptions = {}) {
    this.getText = options.getText;
    this.engine = new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
  }

  /** How many records are indexed. */
  get size(): number {
    return this.records.size;
  }

  /**
   * Index many documents; one already indexed (same kind and record id) is replaced, and of two given
   * with the same kind and record id the last counts. Into an empty index, several times faster than
   * `upsert` one by one: build the index at start with one call.
   */
  addAll(documents: Iterable<SearchDocument>): void {
    if (this.records.size > 0) {
      for (const document of documents) this.upsert(document);
      return;
    }
    const latest = new Map<string, SearchDocument>();
    for (const document of documents) latest.set(searchIdOf(document.kind, document.recordId), document);
    const unique = [...latest.values()];
    this.engine = indexAllAtOnce(unique);
    for (const document of unique) this.keep(document);
  }

  /** Index a document, replacing the record's old words if it was indexed before. */
  upsert(document: SearchDocument): void {
    const id = searchIdOf(document.kind, document.recordId);
    // Discarding leaves the old postings in place until MiniSearch vacuums them in the background; they
    // are never returned meanwhile.
    if (this.engine.has(id)) this.engine.replace(document);
    else this.engine.add(document);
    this.keep(document);
  }

  private keep(document: SearchDocument): void {
    const { kind, recordId, dossierId, title, text } = document;
    const record: IndexedRecord = this.getText
      ? { kind, recordId, dossierId, title }
      : { kind, recordId, dossierId, title, text };
    this.records.set(searchIdOf(kind, recordId), record);
  }

  /** Forget a record; false when it was not indexed. */
  remove(kind: SearchKind, recordId: string): boolean {
    const id = searchIdOf(kind, recordId);
    if (!this.records.delete(id)) return false;
    this.engine.discard(id);
    return true;
  }

  /** Forget a dossier and every record in it; returns how many records went. */
  removeDossier(dossierId: string): number {
    const ids: string[] = [];
    for (const [id, record] of this.records) if (record.dossierId === dossierId) ids.push(id);
    for (const id of ids) this.records.delete(id);
    this.engine.discardAll(ids);
    return ids.length;
  }

  /**
   * Records holding every word of `query` (the last one may be the start of a word), best first: words in
   * the title count more. Case, accents and punctuation are ignored; words of five letters or more
   * forgive a typo. Quotes are ignored too: a quoted phrase finds records holding all of its words.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    const results = this.engine.search(query, {
      combineWith: 'AND',
      boost: { title: TITLE_BOOST },
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_DISTANCE : false),
      filter: this.filterFor(options),
    });
    return topResults(results, limit).map((result) => this.hitOf(result));
  }

  private filterFor({ dossierId, kinds }: SearchOptions): ((result: SearchResult) => boolean) | undefined {
    if (dossierId === undefined && kinds === undefined) return undefined;
    const wantedKinds = kinds ? new Set<SearchKind>(kinds) : undefined;
    return (result) => {
      const record = this.records.get(result.id as string);
      if (!record) return false;
      return (
        (dossierId === undefined || record.dossierId === dossierId) &&
        (wantedKinds === undefined || wantedKinds.has(record.kind))
      );
    };
  }

  private hitOf(result: SearchResult): SearchHit {
    const record = this.records.get(result.id as string);
    if (!record) throw new Error(`The search index returned ${String(result.id)}, which it does not hold.`);
    const { kind, recordId, dossierId, title } = record;
    const terms = new Set(result.terms);
    const text = record.text ?? this.getText?.(kind, recordId) ?? '';
    return {
      kind,
      recordId,
      dossierId,
      title,
      titleHighlights: highlightRanges(title, terms),
      score: result.score,
      snippet: snippetOf(text, terms),
    };
  }
}

/**
 * The best `limit` results. MiniSearch sorts by score only; equal scores are put in id order here, so the
 * same records and query always give the same hits in the same order, and ties never depend on the order
 * the records came in.
 */
function topResults(results: SearchResult[], limit: number): SearchResult[] {
  let end = Math.min(limit, results.length);
  const last = results[end - 1];
  while (last && end < results.length && results[end]?.score === last.score) end += 1;
  return results
    .slice(0, end)
    .sort((a, b) => b.score - a.score || compareIds(a.id as string, b.id as string))
    .slice(0, limit);
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
