import { describe, expect, it } from 'vitest';
import { type EngineDocument, SearchEngine } from '../../../../shared/search/engine';

const documents: EngineDocument[] = [
  { title: 'Hafen München', text: 'Zoll, zoll, ZOLL und Zoll; Zöllner am Kai.\nZweite Zeile' },
  { title: '', text: 'الميناء الميناء الميناء الميناء Ελλάς ΟΔΟΣ' },
  { title: 'Port watch', text: '' },
  { title: 'Weekly note', text: 'Kai and quay; Straße, STRASSE, strasse. Zollbehörde.' },
];

const query = (engine: SearchEngine, terms: string[], prefixLast = true) =>
  engine
    .match({ terms, prefixLast })
    .matches.sort((a, b) => a.docId - b.docId)
    .map(({ docId, score }) => [docId, score.toFixed(9)]);

describe('SearchEngine', () => {
  it('builds at once the same index as adding the documents one by one', () => {
    const atOnce = SearchEngine.build(documents);
    const oneByOne = new SearchEngine();
    for (const document of documents) oneByOne.add(document);
    expect(atOnce.termCount).toBe(oneByOne.termCount);
    for (const terms of [
      ['zoll'],
      ['kai'],
      ['zoll', 'kai'],
      ['zol'],
      ['strasse'],
      ['ميناء'],
      ['behorde'],
      ['zolner'],
    ]) {
      expect(query(atOnce, terms)).toEqual(query(oneByOne, terms));
    }
    expect(query(atOnce, ['kai'])).toHaveLength(2);
    expect(query(atOnce, ['behorde'])).toHaveLength(1);
  });

  it('takes later additions and removals, and never returns a removed document', () => {
    const engine = SearchEngine.build([{ title: 'Pier', text: 'Ropes and buoys.' }]);
    const jetty = engine.add({ title: 'Jetty', text: 'Buoys again, and hawsers.' });
    expect(query(engine, ['buoys']).map(([docId]) => docId)).toEqual([0, jetty]);
    expect(query(engine, ['hawsers']).map(([docId]) => docId)).toEqual([jetty]);
    expect(engine.remove(0)).toBe(true);
    expect(engine.remove(0)).toBe(false);
    expect(query(engine, ['buoys']).map(([docId]) => docId)).toEqual([jetty]);
    expect(query(engine, ['ropes'])).toEqual([]);
  });
});
