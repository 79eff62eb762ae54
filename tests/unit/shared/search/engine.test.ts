import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { ENGINE_OPTIONS, indexAllAtOnce } from '../../../../shared/search/engine';
import { type SearchDocument, searchIdOf } from '../../../../shared/search/search-document';

function document(
  kind: SearchDocument['kind'],
  recordId: string,
  title: string,
  text: string,
): SearchDocument {
  return { id: searchIdOf(kind, recordId), kind, recordId, dossierId: 'd-1', title, text };
}

/** MiniSearch's serialised form, with terms sorted: the order of its tree depends on insertion order. */
function contentOf(engine: MiniSearch<SearchDocument>) {
  const { index, ...rest } = engine.toJSON();
  return { ...rest, index: [...index].sort(([a], [b]) => a.localeCompare(b)) };
}

describe('indexAllAtOnce', () => {
  it('makes the same engine as adding the documents one by one with MiniSearch', () => {
    const documents = [
      document('source', 's-1', 'Hafen München', 'Zoll, zoll, ZOLL und Zoll; Zöllner am Kai.\nZweite Zeile'),
      document('source', 's-2', '', 'الميناء الميناء الميناء الميناء Ελλάς ΟΔΟΣ'),
      document('dossier', 'd-1', 'Port watch', ''),
      document('briefing', 'b-1', 'Weekly note', 'Kai and quay; Straße, STRASSE, strasse.'),
    ];
    const oneByOne = new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
    for (const each of documents) oneByOne.add(each);
    const atOnce = indexAllAtOnce(documents);

    expect(contentOf(atOnce)).toEqual(contentOf(oneByOne));
    const query = { combineWith: 'AND', prefix: true } as const;
    expect(atOnce.search('zoll kai', query)).toEqual(oneByOne.search('zoll kai', query));
  });

  it('gives an engine that takes later additions, replacements and removals', () => {
    const atOnce = indexAllAtOnce([document('source', 's-1', 'Pier', 'Ropes and buoys.')]);
    atOnce.add(document('source', 's-2', 'Jetty', 'Buoys again.'));
    atOnce.replace(document('source', 's-1', 'Pier', 'Only ropes now.'));
    expect(atOnce.search('buoys').map((hit) => hit.id)).toEqual(['source:s-2']);
    atOnce.discard('source:s-2');
    expect(atOnce.search('buoys')).toEqual([]);
    expect(atOnce.search('ropes').map((hit) => hit.id)).toEqual(['source:s-1']);
  });
});
