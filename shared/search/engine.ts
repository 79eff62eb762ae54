// The inverted index under the search index: every term once in a sorted array, postings in typed arrays,
// and the matching (exact, as typed, one typo, end of a compound) and BM25 scoring of a query over them.
// Chosen over MiniSearch, FlexSearch and SQLite FTS5 on measurements: docs/decisions/005-search-engine.md.

import { ownCopy, termCountsOf } from './terms';

/** What a document gives the engine: its title and the rest of its words. */
export interface EngineDocument {
  title: string;
  text: string;
}

/** How one query is matched. */
export interface EngineQuery {
  /** Normalised query words; a record must hold every one (or a word derived from it). */
  terms: readonly string[];
  /** Whether the last word also matches longer words it starts (the user is still typing it). */
  prefixLast: boolean;
  /** A document a caller does not want is neither scored nor returned. */
  accept?: (docId: number) => boolean;
}

export interface EngineMatch {
  docId: number;
  score: number;
}

/** BM25 as MiniSearch computes it (k, b, and BM25+'s d), so ranking stays what users had. */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
/** Title words count this many times as much as words of the text. */
const TITLE_BOOST = 3;
/** Weights of words derived from a query word, below the word itself, as MiniSearch weighs them. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const ENDING_WEIGHT = 0.375;
/**
 * Words this long or longer also match words one typo away. Only one: two made two-word queries over
 * 10,000 sources half again slower and matched much that was not meant.
 */
export const FUZZY_MIN_LENGTH = 5;
/** The last word matches longer words it starts once it has this many characters. */
export const PREFIX_MIN_LENGTH = 2;
/**
 * Words this long or longer also match words that end with them: "kriminalamt" finds
 * "Bundeskriminalamt", "polizei" finds "Grenzpolizei". Shorter endings ("amt") would match too much.
 */
export const ENDING_MIN_LENGTH = 6;

// A posting's fields in one byte: how often the term is in the title (high bits) and in the text (low).
const TEXT_BITS = 2;
const TEXT_MASK = 0b11;

/**
 * An inverted index over numbered documents. Built once from all documents (`build`), then kept current
 * document by document: an added document gets the next number, a removed one is only marked, so its
 * postings stay (never returned) until the index is next built, as MiniSearch's discard did.
 */
export class SearchEngine {
  /** Every term of the build, sorted; a term's id is its position. */
  private terms: string[] = [];
  /** Term ids sorted by their reversed text, to find the words that end with a query word. */
  private termsByEnding = new Uint32Array(0);
  /** Postings of term id t: postingDocs/postingFields from postingStarts[t] to postingStarts[t + 1]. */
  private postingStarts = new Uint32Array(1);
  private postingDocs = new Uint32Array(0);
  private postingFields = new Uint8Array(0);
  /** In how many documents each term of the build is in the title, and in the text. */
  private titleFrequency = new Uint32Array(0);
  private textFrequency = new Uint32Array(0);
  /** Terms met after the build, with ids after the build's, and every posting added after the build. */
  private readonly laterTermIds = new Map<string, number>();
  private readonly laterPostings = new Map<number, number[]>();
  /** Characters of every term, for the typo candidates of a query word. */
  private readonly alphabet = new Set<string>();
  /** Per document: distinct terms of its title and text (MiniSearch's field lengths), and whether live. */
  private titleLengths: number[] = [];
  private textLengths: number[] = [];
  private live: boolean[] = [];
  private liveCount = 0;
  private titleLengthSum = 0;
  private textLengthSum = 0;

  /** How many distinct terms the index holds. */
  get termCount(): number {
    return this.terms.length + this.laterTermIds.size;
  }

  /** How many documents have been numbered (live or removed): the next document's number. */
  get documentSlots(): number {
    return this.live.length;
  }

  /**
   * An engine holding `documents`, numbered by their position. Each text is counted once; the postings
   * are then laid out term by term in a few typed arrays, which hold 10M words of text in tens of MB where
   * MiniSearch's maps of maps took hundreds.
   */
  static build(documents: readonly EngineDocument[]): SearchEngine {
    const engine = new SearchEngine();
    const provisional = new Map<string, number>();
    const provisionalTerms: string[] = [];
    const documentTerms: Int32Array[] = [];
    const documentFields: Uint8Array[] = [];
    let postingCount = 0;
    for (const document of documents) {
      const title = termCountsOf(document.title);
      const text = termCountsOf(document.text);
      const termIds = new Int32Array(text.size + title.size);
      const packed = new Uint8Array(termIds.length);
      let position = 0;
      const note = (term: string, field: number) => {
        let id = provisional.get(term);
        if (id === undefined) {
          id = provisionalTerms.length;
          const kept = ownCopy(term);
          provisional.set(kept, id);
          provisionalTerms.push(kept);
        }
        termIds[position] = id;
        packed[position] = field;
        position += 1;
      };
      for (const [term, count] of text) note(term, count | ((title.get(term) ?? 0) << TEXT_BITS));
      for (const [term, count] of title) if (!text.has(term)) note(term, count << TEXT_BITS);
      documentTerms.push(termIds.subarray(0, position));
      documentFields.push(packed.subarray(0, position));
      postingCount += position;
      engine.numberDocument(title.size, text.size);
    }
    // Sorted terms make prefixes a range and let typo candidates be looked up by binary search. The
    // default sort (code-unit order, as `<` compares) is several times faster than one with a comparator.
    engine.terms = [...provisionalTerms].sort();
    const finalId = new Uint32Array(provisionalTerms.length);
    engine.terms.forEach((term, id) => {
      finalId[provisional.get(term) as number] = id;
    });
    provisional.clear();
    for (const term of engine.terms) for (const character of term) engine.alphabet.add(character);
    const endings = new Map<string, number>();
    engine.terms.forEach((term, id) => {
      endings.set(reverse(term), id);
    });
    engine.termsByEnding = Uint32Array.from(
      [...endings.keys()].sort(),
      (ending) => endings.get(ending) as number,
    );

    // Counting sort of the postings by term: document order is kept within each term.
    const starts = new Uint32Array(engine.terms.length + 1);
    for (const termIds of documentTerms) {
      for (const id of termIds) {
        const slot = (finalId[id] as number) + 1;
        starts[slot] = (starts[slot] as number) + 1;
      }
    }
    for (let id = 0; id < engine.terms.length; id += 1)
      starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
    const next = starts.slice(0, engine.terms.length);
    engine.postingDocs = new Uint32Array(postingCount);
    engine.postingFields = new Uint8Array(postingCount);
    engine.titleFrequency = new Uint32Array(engine.terms.length);
    engine.textFrequency = new Uint32Array(engine.terms.length);
    documentTerms.forEach((termIds, docId) => {
      const packed = documentFields[docId] as Uint8Array;
      termIds.forEach((provisionalId, position) => {
        const id = finalId[provisionalId] as number;
        const slot = next[id] as number;
        next[id] = slot + 1;
        const field = packed[position] as number;
        engine.postingDocs[slot] = docId;
        engine.postingFields[slot] = field;
        if (field >> TEXT_BITS) engine.titleFrequency[id] = (engine.titleFrequency[id] as number) + 1;
        if (field & TEXT_MASK) engine.textFrequency[id] = (engine.textFrequency[id] as number) + 1;
      });
    });
    engine.postingStarts = starts;
    return engine;
  }

  /** Index one more document; returns its number. */
  add(document: EngineDocument): number {
    const title = termCountsOf(document.title);
    const text = termCountsOf(document.text);
    const docId = this.numberDocument(title.size, text.size);
    const fields = new Map<string, number>();
    for (const [term, count] of title) fields.set(term, count << TEXT_BITS);
    for (const [term, count] of text) fields.set(term, (fields.get(term) ?? 0) | count);
    for (const [term, field] of fields) {
      let id = this.idOf(term);
      if (id < 0) {
        id = this.terms.length + this.laterTermIds.size;
        this.laterTermIds.set(ownCopy(term), id);
        for (const character of term) this.alphabet.add(character);
      }
      let postings = this.laterPostings.get(id);
      if (!postings) {
        postings = [];
        this.laterPostings.set(id, postings);
      }
      postings.push(docId, field);
    }
    return docId;
  }

  /** Stop returning a document; false when it was not live. */
  remove(docId: number): boolean {
    if (!this.live[docId]) return false;
    this.live[docId] = false;
    this.liveCount -= 1;
    this.titleLengthSum -= this.titleLengths[docId] as number;
    this.textLengthSum -= this.textLengths[docId] as number;
    return true;
  }

  private numberDocument(titleLength: number, textLength: number): number {
    const docId = this.live.length;
    this.live.push(true);
    this.titleLengths.push(titleLength);
    this.textLengths.push(textLength);
    this.liveCount += 1;
    this.titleLengthSum += titleLength;
    this.textLengthSum += textLength;
    return docId;
  }

  /**
   * Live documents holding every query word or a word derived from it, with their scores (unsorted), and
   * every index term that matched, for highlighting.
   */
  match(query: EngineQuery): { matches: EngineMatch[]; matchedTerms: Set<string> } {
    const matchedTerms = new Set<string>();
    const slots = this.live.length;
    const scores = new Float64Array(slots);
    // How many query words each document has matched so far: one that missed a word drops out.
    const matched = new Uint16Array(slots);
    const averageTitle = this.liveCount ? this.titleLengthSum / this.liveCount : 0;
    const averageText = this.liveCount ? this.textLengthSum / this.liveCount : 0;
    const { accept } = query;
    query.terms.forEach((term, index) => {
      const last = index === query.terms.length - 1;
      for (const [id, weight] of this.derivedTerms(term, last && query.prefixLast)) {
        matchedTerms.add(this.termOf(id));
        const [titleDocuments, textDocuments] = this.documentFrequencies(id);
        const titleIdf = idf(this.liveCount, titleDocuments);
        const textIdf = idf(this.liveCount, textDocuments);
        this.forEachPosting(id, (docId, field) => {
          const seen = matched[docId] as number;
          if (seen !== index && seen !== index + 1) return;
          if (!this.live[docId] || (index === 0 && seen === 0 && accept && !accept(docId))) return;
          matched[docId] = index + 1;
          const titleCount = field >> TEXT_BITS;
          const textCount = field & TEXT_MASK;
          let score = 0;
          if (titleCount)
            score +=
              TITLE_BOOST * bm25(titleCount, titleIdf, this.titleLengths[docId] as number, averageTitle);
          if (textCount) score += bm25(textCount, textIdf, this.textLengths[docId] as number, averageText);
          scores[docId] = (scores[docId] as number) + weight * score;
        });
      }
    });
    const matches: EngineMatch[] = [];
    const wanted = query.terms.length;
    if (wanted === 0) return { matches, matchedTerms };
    for (let docId = 0; docId < slots; docId += 1) {
      if (matched[docId] === wanted) matches.push({ docId, score: scores[docId] as number });
    }
    return { matches, matchedTerms };
  }

  /**
   * The index terms a query word stands for, with their weights: the word itself (1), the words it starts
   * when it is being typed, words one typo away when it is long enough, and words ending with it (the last
   * parts of compounds). A term reached several ways counts with its best weight.
   */
  private derivedTerms(term: string, asPrefix: boolean): Map<number, number> {
    const derived = new Map<number, number>();
    const offer = (id: number, weight: number) => {
      if (weight > (derived.get(id) ?? 0)) derived.set(id, weight);
    };
    const exact = this.idOf(term);
    if (exact >= 0) offer(exact, 1);
    const length = term.length;
    if (asPrefix && length >= PREFIX_MIN_LENGTH) {
      this.forEachTermStarting(term, (id, other) => {
        if (other.length > length)
          offer(id, (PREFIX_WEIGHT * length) / (length + 0.3 * (other.length - length)));
      });
    }
    if (length >= ENDING_MIN_LENGTH) {
      this.forEachTermEnding(term, (id, other) => {
        if (other.length > length)
          offer(id, (ENDING_WEIGHT * length) / (length + 0.3 * (other.length - length)));
      });
    }
    if (length >= FUZZY_MIN_LENGTH) {
      for (const candidate of oneEditAway(term, this.alphabet)) {
        const id = this.idOf(candidate);
        if (id >= 0) offer(id, (FUZZY_WEIGHT * length) / (length + 1));
      }
    }
    return derived;
  }

  private termOf(id: number): string {
    if (id < this.terms.length) return this.terms[id] as string;
    for (const [term, laterId] of this.laterTermIds) if (laterId === id) return term;
    return '';
  }

  private idOf(term: string): number {
    const position = lowerBound(this.terms, term);
    if (this.terms[position] === term) return position;
    return this.laterTermIds.get(term) ?? -1;
  }

  private forEachTermStarting(prefix: string, visit: (id: number, term: string) => void): void {
    for (let id = lowerBound(this.terms, prefix); id < this.terms.length; id += 1) {
      const term = this.terms[id] as string;
      if (!term.startsWith(prefix)) break;
      visit(id, term);
    }
    for (const [term, id] of this.laterTermIds) if (term.startsWith(prefix)) visit(id, term);
  }

  private forEachTermEnding(ending: string, visit: (id: number, term: string) => void): void {
    const reversedEnding = reverse(ending);
    let low = 0;
    let high = this.termsByEnding.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const term = this.terms[this.termsByEnding[middle] as number] as string;
      if (reverse(term) < reversedEnding) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < this.termsByEnding.length; position += 1) {
      const id = this.termsByEnding[position] as number;
      const term = this.terms[id] as string;
      if (!term.endsWith(ending)) break;
      visit(id, term);
    }
    for (const [term, id] of this.laterTermIds) if (term.endsWith(ending)) visit(id, term);
  }

  private documentFrequencies(id: number): [title: number, text: number] {
    let title = id < this.terms.length ? (this.titleFrequency[id] as number) : 0;
    let text = id < this.terms.length ? (this.textFrequency[id] as number) : 0;
    const later = this.laterPostings.get(id);
    if (later) {
      for (let index = 1; index < later.length; index += 2) {
        const field = later[index] as number;
        if (field >> TEXT_BITS) title += 1;
        if (field & TEXT_MASK) text += 1;
      }
    }
    return [title, text];
  }

  private forEachPosting(id: number, visit: (docId: number, field: number) => void): void {
    if (id < this.terms.length) {
      const end = this.postingStarts[id + 1] as number;
      for (let slot = this.postingStarts[id] as number; slot < end; slot += 1) {
        visit(this.postingDocs[slot] as number, this.postingFields[slot] as number);
      }
    }
    const later = this.laterPostings.get(id);
    if (later) {
      for (let index = 0; index < later.length; index += 2)
        visit(later[index] as number, later[index + 1] as number);
    }
  }
}

function idf(documentCount: number, withTerm: number): number {
  return Math.log(1 + (documentCount - withTerm + 0.5) / (withTerm + 0.5));
}

function bm25(count: number, inverse: number, fieldLength: number, averageLength: number): number {
  const norm = 1 - BM25_B + (BM25_B * fieldLength) / (averageLength || 1);
  return inverse * (BM25_D + (count * (BM25_K + 1)) / (count + BM25_K * norm));
}

/** Every string one deletion, substitution or insertion (of a character the index holds) away. */
function oneEditAway(word: string, alphabet: ReadonlySet<string>): Set<string> {
  const candidates = new Set<string>();
  for (let position = 0; position <= word.length; position += 1) {
    const head = word.slice(0, position);
    const tail = word.slice(position);
    if (tail) candidates.add(head + tail.slice(1));
    for (const character of alphabet) {
      candidates.add(head + character + tail);
      if (tail && character !== tail[0]) candidates.add(head + character + tail.slice(1));
    }
  }
  candidates.delete(word);
  return candidates;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function reverse(term: string): string {
  let reversed = '';
  for (let index = term.length - 1; index >= 0; index -= 1) reversed += term[index];
  return reversed;
}
