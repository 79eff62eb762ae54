// `npm run bench -- search`: builds the full-text index over 10,000 generated sources of 1,000 words each
// (bench/support/search-corpus.ts: English, French, German and Arabic drawn with Zipf frequencies from a
// vocabulary of a few hundred thousand words; rich-text bodies flattened by the model's plainTextOf, as
// the app does) and runs 200 queries: single words, two-word AND queries, prefixes as typed, words without
// their accents, Arabic without its article and the last parts of German compounds, each with its 50 best
// hits' snippets. The texts are kept out of the JS heap, in a buffer standing in for the store, and read
// for the hits only, as the app's worker reads them from IndexedDB.
// Prints the corpus' distinct terms beside the figures, the build time (wall clock and CPU: this machine
// is shared, so the load average is printed too), the heap the index holds after a full GC, and the
// median and p95 query time. Targets: median under 10 ms, p95 under 25 ms, index heap under 150 MB,
// build under 10 s.

import { availableParallelism, loadavg } from 'node:os';
import { DossierSearchIndex, type RecordRef, type SearchDocument, searchDocumentOf } from '../shared/search';
import { queryOf, SOURCES, sourceOf, WORDS_PER_SOURCE } from './support/search-corpus';

const QUERIES = 200;
const WARM_UP = 20;
const TARGET_MEDIAN_MS = 10;
const TARGET_P95_MS = 25;
const TARGET_HEAP_MB = 150;
const TARGET_BUILD_MS = 10_000;

// ---- Measuring
const gc = (globalThis as { gc?: () => void }).gc;
function settle(): void {
  for (let n = 0; n < 3; n += 1) gc?.();
}
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (value: number) => value.toFixed(1);
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

if (!gc) console.warn('Run with --expose-gc (npm run bench does) for memory figures after a full GC.');

settle();
const heapBefore = process.memoryUsage().heapUsed;
const buffersBefore = process.memoryUsage().arrayBuffers;
const rssBefore = process.memoryUsage().rss;

let documents: SearchDocument[] = [];
let started = performance.now();
for (let n = 0; n < SOURCES; n += 1) documents.push(searchDocumentOf('source', sourceOf(n)));
const generateMs = performance.now() - started;
const textChars = documents.reduce((sum, document) => sum + document.text.length, 0);

// The store's stand-in: every text encoded once in one buffer outside the JS heap, read back by offset,
// as the worker reads the hits' records from IndexedDB.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encoded = documents.map((document) => encoder.encode(document.text));
const store = Buffer.alloc(encoded.reduce((sum, bytes) => sum + bytes.length, 0));
const storeOffsets = new Map<string, [start: number, end: number]>();
let storeEnd = 0;
documents.forEach((document, position) => {
  const bytes = encoded[position] as Uint8Array;
  store.set(bytes, storeEnd);
  storeOffsets.set(document.recordId, [storeEnd, storeEnd + bytes.length]);
  storeEnd += bytes.length;
});
encoded.length = 0;
async function readTexts(records: readonly RecordRef[]): Promise<(string | undefined)[]> {
  return records.map(({ recordId }) => {
    const range = storeOffsets.get(recordId);
    return range ? decoder.decode(store.subarray(range[0], range[1])) : undefined;
  });
}

const loadAverage = loadavg()[0] ?? 0;
const index = new DossierSearchIndex({ readTexts });
started = performance.now();
const cpuBefore = process.cpuUsage();
index.addAll(documents);
const buildCpu = process.cpuUsage(cpuBefore);
const buildMs = performance.now() - started;
const buildCpuMs = (buildCpu.user + buildCpu.system) / 1000;

// Only the index is left alive in the heap (with the store's offsets, a few hundred KB).
documents = [];
settle();
const heapAfter = process.memoryUsage().heapUsed;
// The postings are typed arrays, whose bytes V8 keeps outside heapUsed: they count here, the store does not.
const indexBuffers = process.memoryUsage().arrayBuffers - buffersBefore - store.length;
const rssAfter = process.memoryUsage().rss;

const queries = Array.from({ length: QUERIES }, (_, n) => queryOf(n));
for (const query of queries.slice(0, WARM_UP)) await index.searchWithSnippets(query);

const times: number[] = [];
// CPU time too: on this shared machine a query's wall time includes waiting for a core.
const cpuTimes: number[] = [];
let totalHits = 0;
let emptyQueries = 0;
for (const query of queries) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const hits = await index.searchWithSnippets(query);
  const cpu = process.cpuUsage(cpuStart);
  times.push(performance.now() - start);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  totalHits += hits.length;
  if (hits.length === 0) emptyQueries += 1;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = percentile(times, 0.5);
const p95 = percentile(times, 0.95);

// Keeping the index up to date: one source edited at a time, as the store does on every save.
const upsertTimes: number[] = [];
for (let n = 0; n < 100; n += 1) {
  const edited = searchDocumentOf('source', sourceOf(n * 97));
  const start = performance.now();
  index.upsert(edited);
  upsertTimes.push(performance.now() - start);
}
upsertTimes.sort((a, b) => a - b);

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const heapMb = (heapAfter - heapBefore + indexBuffers) / 2 ** 20;
console.log(
  `search-corpus sources=${index.size} words=${SOURCES * WORDS_PER_SOURCE} distinct terms=${index.termCount} text MB=${mb(textChars)} (chars; store buffer MB=${mb(store.length)}, outside the heap)`,
);
console.log(
  `search-documents ms=${ms(generateMs)} (generating sources and plainTextOf, not part of the build)`,
);
console.log(
  `search-build ms=${ms(buildMs)} cpu ms=${ms(buildCpuMs)} target<${TARGET_BUILD_MS} ${verdict(buildMs < TARGET_BUILD_MS)} (load average ${loadAverage.toFixed(2)} on ${availableParallelism()} cores at the start)`,
);
console.log(
  `search-memory index heap MB=${heapMb.toFixed(1)} target<${TARGET_HEAP_MB} ${verdict(heapMb < TARGET_HEAP_MB)} (JS heap MB=${mb(heapAfter - heapBefore)} + typed arrays MB=${mb(indexBuffers)}; no text kept; distinct terms=${index.termCount}) rss MB=${mb(rssAfter - rssBefore)}`,
);
console.log(
  `search-query median ms=${ms(median)} p95 ms=${ms(p95)} max ms=${ms(times.at(-1) ?? 0)} target median<${TARGET_MEDIAN_MS} ${verdict(median < TARGET_MEDIAN_MS)} p95<${TARGET_P95_MS} ${verdict(p95 < TARGET_P95_MS)} (distinct terms=${index.termCount}, queries=${QUERIES}, limit 50 with snippets read from the store, mean hits=${(totalHits / QUERIES).toFixed(1)}, no hits=${emptyQueries}, load average ${(loadavg()[0] ?? 0).toFixed(2)})`,
);
console.log(
  `search-query-cpu median ms=${ms(percentile(cpuTimes, 0.5))} p95 ms=${ms(percentile(cpuTimes, 0.95))} (CPU time of the same queries, what they cost without waiting for a core)`,
);
console.log(
  `search-upsert median ms=${ms(percentile(upsertTimes, 0.5))} p95 ms=${ms(percentile(upsertTimes, 0.95))} (one edited source of 1,000 words re-indexed in the 10,000)`,
);
