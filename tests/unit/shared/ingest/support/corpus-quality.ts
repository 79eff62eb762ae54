// Scores the ingest pipeline against the real-shaped corpus (tests/fixtures/ingest/real-shaped/): each
// article read from its file as `dossier ingest` reads it, compared with the keep/drop, entities and dates
// written by hand beside it. Shared by the corpus test (floors) and `npm run bench -- ingest` (the line).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliIngestLibraries } from '../../../../../cli/ingest-libraries';
import { ingestMaterial } from '../../../../../shared/ingest';
import { blockText } from '../../../../../shared/ingest/cleanup';
import { entityKey } from '../../../../../shared/ingest/entities';
import type { IngestResult } from '../../../../../shared/ingest/material';
import { readMaterialFile } from '../../../../../shared/ingest/readers';

export const CORPUS_DIR = join(import.meta.dirname, '../../../../fixtures/ingest/real-shaped');

export interface CorpusExpectation {
  readonly language: string;
  readonly published?: string;
  /** Written after the rules were tuned and never tuned on: how the pipeline does on text it has not seen. */
  readonly untuned?: boolean;
  /** Texts (or the start of them) the article is made of: they must stay in the kept blocks. */
  readonly keep: readonly string[];
  /** Page furniture: none of these may be left in the kept blocks. */
  readonly drop: readonly string[];
  /** Every entity a reader would want suggested: [name, kind]. */
  readonly entities: readonly (readonly [string, string])[];
  /** The dates the text mentions, at their precision (2024-03-05, 2024-03, 2024). */
  readonly dates: readonly string[];
}

export interface CorpusArticle {
  readonly name: string;
  readonly file: string;
  readonly expected: CorpusExpectation;
}

export function corpusArticles(): CorpusArticle[] {
  const files = readdirSync(CORPUS_DIR).filter(
    (file) => /\.(html|txt|md)$/.test(file) && file !== 'README.md',
  );
  return files.sort().map((file) => {
    const name = file.replace(/\.[a-z]+$/, '');
    const expected = JSON.parse(
      readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8'),
    ) as CorpusExpectation;
    return { name, file, expected };
  });
}

export async function ingestCorpusArticle(article: CorpusArticle): Promise<IngestResult> {
  const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, article.file)));
  const material = await readMaterialFile({ name: article.file, bytes }, cliIngestLibraries);
  return ingestMaterial(material, { today: '2026-12-01' });
}

/** Spacing ignored, so a text split across a line break in the file still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface ArticleScore {
  readonly name: string;
  readonly untuned: boolean;
  /** Furniture dropped / furniture written down (recall), and article text wrongly dropped. */
  readonly dropTrue: number;
  readonly dropMissed: string[];
  readonly keepLost: string[];
  readonly keepTotal: number;
  readonly entityFound: number;
  readonly entityMissed: string[];
  readonly entityWrong: string[];
  readonly entitySuggested: number;
  readonly datesFound: number;
  readonly datesMissed: string[];
}

export function scoreArticle(article: CorpusArticle, result: IngestResult): ArticleScore {
  const kept = squeeze(
    result.blocks
      .filter((reviewed) => !reviewed.dropped)
      .map((reviewed) => blockText(reviewed.block))
      .join(' ¶ '),
  );
  const inKept = (text: string) => kept.includes(squeeze(text));
  const { expected } = article;
  const dropMissed = expected.drop.filter(inKept);
  const keepLost = expected.keep.filter((text) => !inKept(text));

  const expectedEntities = new Map(expected.entities.map(([name, kind]) => [entityKey(name), kind]));
  const matched = new Set<string>();
  const entityWrong: string[] = [];
  for (const suggestion of result.entities) {
    const keys = [suggestion.name, ...suggestion.aliases].map(entityKey);
    const key = keys.find((candidate) => expectedEntities.get(candidate) === suggestion.kind);
    if (key && !matched.has(key)) matched.add(key);
    else entityWrong.push(`${suggestion.name} (${suggestion.kind})`);
  }
  const entityMissed = expected.entities
    .filter(([name]) => !matched.has(entityKey(name)))
    .map(([name, kind]) => `${name} (${kind})`);

  const foundDates = new Set(result.dates.map((date) => date.date));
  const datesMissed = expected.dates.filter((date) => !foundDates.has(date));
  return {
    name: article.name,
    untuned: expected.untuned === true,
    dropTrue: expected.drop.length - dropMissed.length,
    dropMissed,
    keepLost,
    keepTotal: expected.keep.length,
    entityFound: matched.size,
    entityMissed,
    entityWrong,
    entitySuggested: result.entities.length,
    datesFound: expected.dates.length - datesMissed.length,
    datesMissed,
  };
}

export interface CorpusQuality {
  readonly boilerplate: { readonly precision: number; readonly recall: number };
  readonly entities: { readonly precision: number; readonly recall: number };
  readonly dates: { readonly recall: number };
  readonly articles: readonly ArticleScore[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Boilerplate: a "positive" is a block dropped. Precision counts article text lost against furniture
 * dropped; recall the furniture dropped out of all written down.
 */
export function corpusQuality(scores: readonly ArticleScore[]): CorpusQuality {
  const sum = (pick: (score: ArticleScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0);
  const dropTrue = sum((score) => score.dropTrue);
  const dropAll = dropTrue + sum((score) => score.dropMissed.length);
  const keepLost = sum((score) => score.keepLost.length);
  const entityFound = sum((score) => score.entityFound);
  const entityExpected = entityFound + sum((score) => score.entityMissed.length);
  const datesFound = sum((score) => score.datesFound);
  const datesAll = datesFound + sum((score) => score.datesMissed.length);
  return {
    boilerplate: { precision: ratio(dropTrue, dropTrue + keepLost), recall: ratio(dropTrue, dropAll) },
    entities: {
      precision: ratio(
        entityFound,
        sum((score) => score.entitySuggested),
      ),
      recall: ratio(entityFound, entityExpected),
    },
    dates: { recall: ratio(datesFound, datesAll) },
    articles: scores,
  };
}

export async function measureCorpus(): Promise<CorpusQuality> {
  const scores: ArticleScore[] = [];
  for (const article of corpusArticles())
    scores.push(scoreArticle(article, await ingestCorpusArticle(article)));
  return corpusQuality(scores);
}

/** The quality over the untuned articles alone: the figure that says how the rules generalise. */
export function untunedQuality(quality: CorpusQuality): CorpusQuality {
  return corpusQuality(quality.articles.filter((score) => score.untuned));
}

export function qualityLine(quality: CorpusQuality, label = 'ingest-quality'): string {
  const f = (value: number) => value.toFixed(2);
  return `${label} boilerplate P=${f(quality.boilerplate.precision)} R=${f(quality.boilerplate.recall)} entities P=${f(quality.entities.precision)} R=${f(quality.entities.recall)} dates R=${f(quality.dates.recall)}`;
}
