import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusQuality, corpusArticles, measureCorpus, qualityLine } from './support/corpus-quality';

// The floors sit at or just under what the pipeline reached over the 44 articles when they were set
// (boilerplate P=1.00 R=0.98, entities P=0.87 R=0.80, dates R=0.96), never above: raise them as it improves.
// The targets: boilerplate P ≥ 0.95, R ≥ 0.9; entities P ≥ 0.85, R ≥ 0.8; dates R ≥ 0.9.
const FLOORS = {
  boilerplatePrecision: 0.97,
  boilerplateRecall: 0.97,
  entityPrecision: 0.85,
  entityRecall: 0.8,
  dateRecall: 0.95,
};

describe('the real-shaped corpus', () => {
  let quality: CorpusQuality;
  beforeAll(async () => {
    quality = await measureCorpus();
    console.log(qualityLine(quality));
  }, 120_000);

  it('holds at least 40 articles in English, French, German and Arabic, each with its expectations', () => {
    const articles = corpusArticles();
    expect(articles.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(articles.map((article) => article.expected.language));
    expect([...languages].sort()).toEqual(['ar', 'de', 'en', 'fr']);
    for (const article of articles) expect(article.expected.keep.length, article.name).toBeGreaterThan(0);
  });

  it('drops page furniture without losing the article', () => {
    expect(quality.boilerplate.precision).toBeGreaterThanOrEqual(FLOORS.boilerplatePrecision);
    expect(quality.boilerplate.recall).toBeGreaterThanOrEqual(FLOORS.boilerplateRecall);
  });

  it('suggests the people, organisations and places written down, with their kind', () => {
    expect(quality.entities.precision).toBeGreaterThanOrEqual(FLOORS.entityPrecision);
    expect(quality.entities.recall).toBeGreaterThanOrEqual(FLOORS.entityRecall);
  });

  it('finds the dates written down, to the right day', () => {
    expect(quality.dates.recall).toBeGreaterThanOrEqual(FLOORS.dateRecall);
  });
});
