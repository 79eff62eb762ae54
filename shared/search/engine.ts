// The MiniSearch engine under the search index: how it is set up, and how a whole set of documents is
// indexed at once several times faster than document by document.

import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { type SearchDocument, searchIdOf } from './search-document';
import { indexTermsOf, normalizeTerm, termCountsOf, wordsOf } from './terms';

/** The fields indexed; MiniSearch's field ids are their positions here. */
const FIELDS = ['title', 'text'] as const;

/** How MiniSearch is set up, the same when building and when loading a saved index. */
export const ENGINE_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
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
 * A new engine holding `documents` (ids unique), the same as adding them one by one would make it.
 *
 * MiniSearch's `add` walks its radix tree once for every word of every document, which is most of the
 * time spent indexing long texts. Here each text's terms are counted first, the postings collected in plain
 * objects, and the whole given to `MiniSearch.loadJS` in its documented serialised form
 * (`AsPlainObject`, version 2), which puts each term in the tree only once. A test compares the result
 * with what `add` makes, so a MiniSearch release that changes either is caught.
 */
export function indexAllAtOnce(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const postings = new Map<string, Record<number, number>[]>();
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength = FIELDS.map(() => 0);
  documents.forEach((document, shortId) => {
    documentIds[shortId] = searchIdOf(document.kind, document.recordId);
    const lengths: number[] = [];
    FIELDS.forEach((field, fieldId) => {
      const counts = termCountsOf(document[field]);
      // As MiniSearch counts a field's length: its distinct terms, averaged the way `add` does it.
      lengths.push(counts.size);
      averageFieldLength[fieldId] =
        ((averageFieldLength[fieldId] ?? 0) * shortId + counts.size) / (shortId + 1);
      for (const [term, count] of counts) {
        let byField = postings.get(term);
        if (!byField) {
          byField = [];
          postings.set(term, byField);
        }
        let frequencies = byField[fieldId];
        if (!frequencies) {
          frequencies = {};
          byField[fieldId] = frequencies;
        }
        frequencies[shortId] = count;
      }
    });
    fieldLength[shortId] = lengths;
  });
  const index: AsPlainObject['index'] = [];
  for (const [term, byField] of postings) {
    const data: Record<string, Record<number, number>> = {};
    byField.forEach((frequencies, fieldId) => {
      data[fieldId] = frequencies;
    });
    index.push([term, data]);
  }
  return MiniSearch.loadJS<SearchDocument>(
    {
      documentCount: documents.length,
      nextId: documents.length,
      documentIds,
      fieldIds: Object.fromEntries(FIELDS.map((field, fieldId) => [field, fieldId])),
      fieldLength,
      averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    ENGINE_OPTIONS,
  );
}
