// Full-text search over dossiers, sources and briefings: which records a search document is made of, the
// MiniSearch index that answers queries (accent- and case-insensitive, prefix as you type, light fuzzy,
// title first, every word required), and hits with plain-text snippets and highlight ranges.

import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { type Briefing, type Dossier, plainTextOf, type Source } from '../model';
import { type HighlightRange, highlightRanges, type Snippet, snippetOf } from './snippet';
import { indexTermsOf, normalizeTerm, wordsOf } from './terms';

export const SEARCH_KINDS = ['dossier', 'source', 'briefing'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The model record each kind of search document is made from. */
export interface SearchableRecord {
  dossier: Dossier;
  source: Source;
  briefing: Briefing;
}

/** What the index is given for one record: its title and all its other words as plain text. */
export interface SearchDocument {
  /** `kind:recordId`, unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  /** The dossier the record belongs to; a dossier's own id for a dossier. */
  dossierId: string;
  title: string;
  /** Everything else searchable, one part a line; snippets are cut from it. */
  text: string;
}

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
   * given, which costs about the plain text's size in memory (one byte a character for Latin-1 text, two
   * otherwise; ~70 MB for 10,000 sources of 1,000 words). A caller that already holds the texts, or
   * prefers to read them only for the hits it shows, passes this and the index keeps no text at all.
   * It is called for the returned hits only, at most `limit` times a search.
   */
  getText?: (kind: SearchKind, recordId: string) => string | undefined;
}

/** Title words count this many times as much as words of the text. */
const TITLE_BOOST = 3;
/** Words this long or longer also match with one typo (two from ten letters on). */
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.2;
/**
 * The last word of a query also matches longer words it starts, as the user types, once it has this
 * many characters: a single letter would match a large part of the vocabulary and be slow for little use.
 */
const PREFIX_MIN_LENGTH = 2;
const DEFAULT_LIMIT = 50;

export function searchIdOf(kind: SearchKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/** The search document of a dossier, source or briefing: plain text only, rich text flattened. */
export function searchDocumentOf<K extends SearchKind>(kind: K, record: SearchableRecord[K]): SearchDocument {
  const base = { id: searchIdOf(kind, record.id), kind, recordId: record.id, title: record.title };
  switch (kind) {
    case 'dossier': {
      const dossier = record as Dossier;
      return { ...base, dossierId: dossier.id, text: joinLines([dossier.summary, ...dossier.tags]) };
    }
    case 'source': {
      const source = record as Source;
      // Outlet and author first: they are short, so a search for them finds its snippet at once.
      const text = joinLines([source.outlet, source.author, plainTextOf(source.body), source.notes]);
      return { ...base, dossierId: source.dossierId, text };
    }
    default: {
      const briefing = record as Briefing;
      return { ...base, dossierId: briefing.dossierId, text: plainTextOf(briefing.content) };
    }
  }
}

function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join('\n');
}

/** What the index keeps of each document beside MiniSearch's postings: enough to make a hit. */
export interface IndexedRecord {
  kind: SearchKind;
  recordId: string;
  dossierId: string;
  title: string;
  /** Absent when the caller supplies `getText`. */
  text?: string;
}

/**
 * The version of the saved index's format and of how text becomes terms: a change to either (the
 * tokenizer, the normalisation, MiniSearch's serialisation) bumps it, so old saved indexes are rebuilt.
 */
export const SEARCH_INDEX_FORMAT = 1;

/** An index as `toJSON` saves it. */
export interface SavedSearchIndex {
  format: number;
  keepsText: boolean;
  engine: AsPlainObject;
  records: IndexedRecord[];
}

function isSavedSearchIndex(value: unknown): value is SavedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<SavedSearchIndex>;
  return (
    typeof saved.format === 'number' &&
    typeof saved.keepsText === 'boolean' &&
    typeof saved.engine === 'object' &&
    saved.engine !== null &&
    Array.isArray(saved.records)
  );
}

/** How MiniSearch is set up, the same when building and when loading a saved index. */
const ENGINE_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: [],
  // The id is always derived, so `remove(kind, recordId)` finds what `upsert` put in.
  extractField: (document, field) =>
    field === 'id' ? searchIdOf(document.kind, document.recordId) : document[field as keyof SearchDocument],
  // Documents arrive as text and are normalised and counted in one pass; queries word by word.
  tokenize: indexTermsOf,
  processTerm: (term) => term,
  searchOptions: { tokenize: wordsOf, processTerm: normalizeTerm },
};

/**
 * A search index over the records of any number of dossiers, kept in memory and updated record by
 * record. Pure TypeScript, so it can live in the renderer or a worker. Not persisted: rebuild it from
 * the store at start.
 */
export class DossierSearchIndex {
  private engine: MiniSearch<SearchDocument>;
  private readonly records = new Map<string, IndexedRecord>();
  private readonly getText: SearchIndexOptions['getText'];

  constructor(options: SearchIndexOptions = {}) {
    this.getText = options.getText;
    this.engine = new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
  }

  /**
   * An index saved by `toJSON`, or undefined when it cannot be used and must be rebuilt from the records:
   * saved by another format version, with texts when `getText` is now given (or without them when it is
   * not), or damaged. Loading is several times faster than indexing the records again.
   */
  static fromJSON(saved: unknown, options: SearchIndexOptions = {}): DossierSearchIndex | undefined {
    if (!isSavedSearchIndex(saved) || saved.format !== SEARCH_INDEX_FORMAT) return undefined;
    if (saved.keepsText === Boolean(options.getText)) return undefined;
    const index = new DossierSearchIndex(options);
    try {
      index.engine = MiniSearch.loadJS<SearchDocument>(saved.engine, ENGINE_OPTIONS);
    } catch {
      return undefined;
    }
    for (const record of saved.records) index.records.set(searchIdOf(record.kind, record.recordId), record);
    if (index.records.size !== index.engine.documentCount) return undefined;
    return index;
  }

  /**
   * The whole index as plain data (JSON or structured clone, e.g. for IndexedDB), to be loaded with
   * `fromJSON` at the next start instead of indexing every record again. Holds the texts unless
   * `getText` was given.
   */
  toJSON(): SavedSearchIndex {
    return {
      format: SEARCH_INDEX_FORMAT,
      keepsText: !this.getText,
      engine: this.engine.toJSON(),
      records: [...this.records.values()],
    };
  }

  /** How many records are indexed. */
  get size(): number {
    return this.records.size;
  }

  /** Index many documents; one already indexed (same kind and record id) is replaced. */
  addAll(documents: Iterable<SearchDocument>): void {
    for (const document of documents) this.upsert(document);
  }

  /** Index a document, replacing the record's old words if it was indexed before. */
  upsert(document: SearchDocument): void {
    const id = searchIdOf(document.kind, document.recordId);
    // Discarding leaves the old postings in place until MiniSearch vacuums them in the background; they
    // are never returned meanwhile.
    if (this.engine.has(id)) this.engine.replace(document);
    else this.engine.add(document);
    const { kind, recordId, dossierId, title, text } = document;
    this.records.set(id, this.getText ? { kind, recordId, dossierId, title } : { kind, recordId, dossierId, title, text });
  }

  /** Forget a record; false when it was not indexed. */
  remove(kind: SearchKind, recordId: string): boolean {
    const id = searchIdOf(kind, recordId);
    if (!this.records.delete(id)) return false;
    this.engine.discard(id);
    return true;
  }

  /** Forget a dossier and every source and briefing in it; returns how many records went. */
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
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false),
      maxFuzzy: 2,
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
 * same index and query always give the same hits in the same order, whatever order records came in.
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
