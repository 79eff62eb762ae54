// `npm run bench -- search`: builds the full-text index over 10,000 generated sources of 1,000 words each
// (rich-text bodies flattened by the model's plainTextOf, as the app does) and runs 200 queries: single
// words, two-word AND queries and prefixes as typed, each with its 50 best hits' snippets.
// Prints the build time (wall clock and CPU: this machine is shared, so the load average is printed too),
// the memory the index holds (heap and RSS, after a full GC), and the median and p95 query time.
// Targets: median query under 50 ms, build under 10 s.

import { availableParallelism, loadavg } from 'node:os';
import type { RichTextDoc, Source } from '../shared/model';
import { DossierSearchIndex, type SearchDocument, searchDocumentOf } from '../shared/search';

const SOURCES = 10_000;
const WORDS_PER_SOURCE = 1_000;
const WORDS_PER_PARAGRAPH = 100;
const DOSSIERS = 200;
const QUERIES = 200;
const WARM_UP = 20;
const TARGET_QUERY_MS = 50;
const TARGET_BUILD_MS = 10_000;

// ---- A deterministic generator (mulberry32), so every run indexes and asks the same.
let seed = 0x5eed_d055;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// ---- A vocabulary of a few thousand words: English stems with their inflections, German (with compounds)
// and French words with their accents, names of places and people, and Arabic for a few sources.
const ENGLISH =
  `border police customs harbour port vessel cargo container shipment smuggle traffic network cell group
  minister ministry agency directorate service office officer agent liaison delegation embassy consulate
  report assess analyse brief inform warn monitor observe record interview question detain arrest charge
  court judge trial sentence appeal prison release transfer extradite deport return migrate travel visa
  passport document forge fraud launder finance fund bank account transfer payment money cash currency
  threat risk attack plot prevent protect secure defend guard patrol inspect search seize confiscate
  weapon explosive drug narcotic cocaine heroin cannabis precursor chemical laboratory sample evidence
  witness informant source contact handler meeting conference summit visit talk negotiate agree sign
  treaty accord memorandum protocol framework program project initiative training exercise operation
  mission deploy station base camp facility building compound warehouse depot terminal airport airfield
  aircraft flight route corridor road highway bridge tunnel coast shore island strait channel river
  region province district city town village capital centre north south east west northern southern
  election party parliament senate government cabinet president premier deputy spokesman statement
  press media newspaper broadcast channel website forum message post account channel video image photo
  cyber hack breach intrusion malware server domain address phone number device computer network data
  intelligence analysis estimate judgement confidence likely unlikely possible probable certain doubt
  cooperate coordinate exchange share request respond reply deny confirm claim allege suspect accuse
  increase decrease rise fall grow decline expand reduce improve worsen change shift continue resume
  security safety stability crisis conflict tension dispute incident event accident collision sinking
  rescue recover search locate identify track trace follow watch film photograph measure count estimate
  early late recent previous current future annual monthly weekly daily public private official secret
  foreign domestic local national regional international bilateral multilateral joint common mutual
  senior junior chief head leader member partner ally rival opponent critic supporter sponsor donor`
    .split(/\s+/)
    .filter(Boolean);
const ENGLISH_ENDINGS = ['', 's', 'ed', 'ing', 'er', 'ers', 'ment', 'ation', 'al', 'ly'];

const GERMAN =
  `Behörde Grenze Polizei Zoll Hafen Schiff Ladung Schmuggel Netzwerk Gruppe Ministerium Abteilung
  Beamter Verbindung Botschaft Bericht Bewertung Überwachung Festnahme Anklage Gericht Urteil Gefängnis
  Auslieferung Rückführung Reise Ausweis Fälschung Betrug Geldwäsche Zahlung Bedrohung Gefahr Anschlag
  Schutz Sicherheit Waffe Sprengstoff Rauschgift Probe Beweis Zeuge Quelle Treffen Vertrag Abkommen
  Übung Einsatz Straße Brücke Küste Insel Stadt Bezirk Land Wahl Regierung Äußerung Erklärung Presse
  Zeitung Nachricht Gerät Rechner Daten Einschätzung Zusammenarbeit Austausch Anfrage Prüfung Lösung
  München Köln Düsseldorf Nürnberg Lübeck Görlitz`
    .split(/\s+/)
    .filter(Boolean);

const FRENCH =
  `sécurité frontière douane police navire cargaison réseau ministère délégation ambassade rapport
  évaluation enquête arrestation procès tribunal prison extradition voyage passeport fraude paiement
  menace attentat protection arme stupéfiant échantillon preuve témoin réunion accord traité opération
  côte île région ville élection gouvernement déclaration presse journal données coopération échange
  demande réponse crise événement sauvetage étranger intérieur général préfecture gendarmerie caméra
  Marseille Nîmes Orléans Besançon Genève`
    .split(/\s+/)
    .filter(Boolean);

const NAMES =
  `Rabat Casablanca Tanger Agadir Fès Marrakech Oujda Tétouan Algeciras Ceuta Melilla Almería Málaga
  Rotterdam Antwerpen Hamburg Bremerhaven Genua Piräus Valletta Tunis Tripoli Alger Nouakchott Dakar
  Bamako Niamey Lagos Accra Abidjan Lisboa Porto Madrid Brussels Berlin Paris London Vienna Warsaw
  Ahmed Youssef Fatima Karim Laila Nadia Omar Rachid Samira Tarek Zineb Hakim Jürgen Björn Søren
  François Hélène Zoë Noël Chloé Agnès Renée Müller Schäfer Bouzid Amrani Benali Chraïbi Lefèvre
  Guðmundsdóttir Kovačević Dvořák Łukasz`
    .split(/\s+/)
    .filter(Boolean);

const ARABIC =
  `الأمن الحدود الشرطة الجمارك الميناء السفينة الشحنة الشبكة الوزارة الوفد السفارة التقرير التحقيق
  الاعتقال المحكمة السجن التسليم السفر جواز الاحتيال التهديد الهجوم الحماية السلاح المخدرات الدليل
  الشاهد الاجتماع الاتفاقية العملية الساحل الجزيرة المنطقة المدينة الانتخابات الحكومة البيان الصحافة
  التعاون التبادل الطلب الرد الأزمة الحادث الإنقاذ الرباط طنجة الدار البيضاء`
    .split(/\s+/)
    .filter(Boolean);

function shuffled<T>(list: T[]): T[] {
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other] as T, list[index] as T];
  }
  return list;
}

const germanCompounds = Array.from({ length: 600 }, () => {
  const [first, second] = [pick(GERMAN), pick(GERMAN)];
  return `${first}${second.toLowerCase()}`;
});
const LATIN_VOCABULARY = shuffled([
  ...new Set([
    ...ENGLISH.flatMap((stem) => ENGLISH_ENDINGS.map((ending) => `${stem}${ending}`)),
    ...GERMAN,
    ...germanCompounds,
    ...FRENCH,
    ...NAMES,
  ]),
]);

/** A word drawn with Zipf-like frequencies: the first words of the list are common, the last rare. */
function zipfWord(vocabulary: readonly string[]): string {
  const rank = Math.floor((vocabulary.length + 1) ** random()) - 1;
  return vocabulary[Math.min(rank, vocabulary.length - 1)] as string;
}

// ---- The sources: one in twenty is in Arabic (mixed with names), the rest draw on the Latin vocabulary.
const T = '2025-01-15T10:00:00.000Z';
function paragraphOf(arabic: boolean): RichTextDoc['content'][number] {
  const words: string[] = [];
  for (let n = 0; n < WORDS_PER_PARAGRAPH; n += 1) {
    words.push(arabic && random() < 0.8 ? pick(ARABIC) : zipfWord(LATIN_VOCABULARY));
  }
  const text = `${words.join(' ')}.`;
  return { type: 'paragraph', content: [{ type: 'text', text: text[0]?.toUpperCase() + text.slice(1) }] };
}

function sourceOf(n: number): Source {
  const arabic = n % 20 === 7;
  const content = Array.from({ length: WORDS_PER_SOURCE / WORDS_PER_PARAGRAPH }, () => paragraphOf(arabic));
  return {
    id: `s-${n}`,
    dossierId: `d-${n % DOSSIERS}`,
    title: Array.from({ length: 6 }, () => zipfWord(LATIN_VOCABULARY)).join(' '),
    outlet: pick(['Le Matin', 'Hespress', 'Der Spiegel', 'El País', 'Reuters', 'Jeune Afrique']),
    author: `${pick(NAMES)} ${pick(NAMES)}`,
    retrievedAt: '2025-01-15',
    language: arabic ? 'ar' : 'en',
    body: { type: 'doc', content },
    notes: n % 3 === 0 ? Array.from({ length: 30 }, () => zipfWord(LATIN_VOCABULARY)).join(' ') : '',
    marking: { scheme: 'tlp', level: 'amber' },
    grading: { reliability: 'B', credibility: 2 },
    attachmentIds: [],
    createdAt: T,
    updatedAt: T,
  };
}

// ---- Queries people type: a word, two words, the start of a word, and words typed without accents.
function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
function queryOf(n: number): string {
  switch (n % 5) {
    case 0:
    case 1:
      return zipfWord(LATIN_VOCABULARY);
    case 2:
      return `${zipfWord(LATIN_VOCABULARY)} ${zipfWord(LATIN_VOCABULARY)}`;
    case 3: {
      const word = zipfWord(LATIN_VOCABULARY);
      return word.slice(0, 3 + Math.floor(random() * 3));
    }
    default:
      return stripAccents(pick([...GERMAN, ...FRENCH, ...NAMES])).toLowerCase();
  }
}

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
const rssBefore = process.memoryUsage().rss;

let documents: SearchDocument[] = [];
let started = performance.now();
for (let n = 0; n < SOURCES; n += 1) documents.push(searchDocumentOf('source', sourceOf(n)));
const generateMs = performance.now() - started;
const textChars = documents.reduce((sum, document) => sum + document.text.length, 0);
// V8 keeps a string in one byte a character when all of it is Latin-1, else two.
const textBytes = documents.reduce(
  (sum, document) => sum + document.text.length * (/[\u0100-\uffff]/.test(document.text) ? 2 : 1),
  0,
);

const loadAverage = loadavg()[0] ?? 0;
const index = new DossierSearchIndex();
started = performance.now();
const cpuBefore = process.cpuUsage();
index.addAll(documents);
const buildCpu = process.cpuUsage(cpuBefore);
const buildMs = performance.now() - started;
const buildCpuMs = (buildCpu.user + buildCpu.system) / 1000;

// Only the index (and the texts it keeps for snippets) is left alive.
documents = [];
settle();
const heapAfter = process.memoryUsage().heapUsed;
const rssAfter = process.memoryUsage().rss;

const queries = Array.from({ length: QUERIES }, (_, n) => queryOf(n));
for (const query of queries.slice(0, WARM_UP)) index.search(query);

const times: number[] = [];
let totalHits = 0;
let emptyQueries = 0;
for (const query of queries) {
  const start = performance.now();
  const hits = index.search(query);
  times.push(performance.now() - start);
  totalHits += hits.length;
  if (hits.length === 0) emptyQueries += 1;
}
times.sort((a, b) => a - b);
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
console.log(
  `search-corpus sources=${index.size} words=${SOURCES * WORDS_PER_SOURCE} vocabulary=${LATIN_VOCABULARY.length + ARABIC.length} text MB=${mb(textChars)} (chars)`,
);
console.log(
  `search-documents ms=${ms(generateMs)} (generating sources and plainTextOf, not part of the build)`,
);
console.log(
  `search-build ms=${ms(buildMs)} cpu ms=${ms(buildCpuMs)} target<${TARGET_BUILD_MS} ${verdict(buildMs < TARGET_BUILD_MS)} (load average ${loadAverage.toFixed(2)} on ${availableParallelism()} cores at the start)`,
);
console.log(
  `search-memory MB=${mb(heapAfter - heapBefore)} (heap held by the index, of which kept text MB=${mb(textBytes)}) rss MB=${mb(rssAfter - rssBefore)}`,
);
console.log(
  `search-query median ms=${ms(median)} p95 ms=${ms(p95)} max ms=${ms(times.at(-1) ?? 0)} target median<${TARGET_QUERY_MS} ${verdict(median < TARGET_QUERY_MS)} (queries=${QUERIES}, limit 50 with snippets, mean hits=${(totalHits / QUERIES).toFixed(1)}, no hits=${emptyQueries})`,
);
console.log(
  `search-upsert median ms=${ms(percentile(upsertTimes, 0.5))} p95 ms=${ms(percentile(upsertTimes, 0.95))} (one edited source of 1,000 words re-indexed in the 10,000)`,
);
