// Merges two copies of a 5,000-source dossier with 20 briefings of 20 pages each, where each officer
// changed 5% (sources regraded, retitled or annotated, paragraphs rewritten, a few sources added), as the
// CLI and the app do: mergeDossiers with the Yjs briefing text, then every conflict kept both ways.
// The last line is `merge ms=<merge time> rss MB=<peak resident memory>`. Targets: < 2,000 ms, < 400 MB.

import {
  type Briefing,
  type DossierDocument,
  parseDossierDocument,
  type RichTextDoc,
  type Source,
} from '../shared/model';
import { choicesForAll, mergeDossiers, resolveConflicts } from '../shared/sharing';
import * as briefingState from '../shared/sharing/briefing-state';
import { random } from './support/random';

const SOURCES = 5_000;
const BRIEFINGS = 20;
/** About 500 words a page, 80 words a paragraph. */
const PARAGRAPHS_PER_BRIEFING = 20 * 6;
const CHANGED = 0.05;
const MB = 1000 * 1000;
const DOSSIER = 'd-bench';
const T0 = '2025-01-06T08:00:00.000Z';

const WORDS = (
  'the ministry said cooperation on border security and returns would continue under the joint declaration ' +
  'officials from both interior ministries met in Rabat to review the training of police units and the exchange ' +
  'of liaison officers while smuggling networks moved routes towards the Atlantic coast according to the cable ' +
  'la coopération sécuritaire entre les deux pays comprend un échange régulier d’informations ' +
  'die Bundespolizei entsendet Verbindungsbeamte und unterstützt die Ausbildung der Grenzschutzeinheiten ' +
  'التعاون الأمني بين البلدين يشمل تبادل المعلومات حول شبكات التهريب'
).split(' ');

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, words = 80): RichTextDoc['content'][number] {
  const sentences = Array.from({ length: Math.ceil(words / 16) }, () => sentence(next, 16)).join(' ');
  return { type: 'paragraph', content: [{ type: 'text', text: sentences }] };
}

function source(next: () => number, at: number): Source {
  return {
    id: `s-${at}`,
    dossierId: DOSSIER,
    title: sentence(next, 8).slice(0, 120),
    outlet: ['Ministry of the Interior', 'Le Matin', 'Hespress', 'Deutsche Welle'][at % 4] as string,
    author: '',
    retrievedAt: '2025-01-06',
    language: (['en', 'fr', 'de', 'ar'] as const)[at % 4] as string,
    body: { type: 'doc', content: [paragraph(next, 120), paragraph(next, 60)] },
    notes: '',
    marking: { scheme: 'tlp', level: 'green' },
    grading: { reliability: 'C', credibility: 3 },
    attachmentIds: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

function briefing(next: () => number, at: number): Briefing {
  return {
    id: `b-${at}`,
    dossierId: DOSSIER,
    title: `Weekly readout ${at + 1}`,
    templateId: 'briefing-note',
    marking: { scheme: 'tlp', level: 'amber' },
    status: 'draft',
    content: {
      type: 'doc',
      content: Array.from({ length: PARAGRAPHS_PER_BRIEFING }, (_, n) =>
        n % 30 === 0
          ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(next, 5) }] }
          : paragraph(next),
      ),
    },
    createdAt: T0,
    updatedAt: T0,
  };
}

function ancestor(): DossierDocument {
  const next = random(1);
  return parseDossierDocument({
    formatVersion: 1,
    dossier: {
      id: DOSSIER,
      title: 'Rabat liaison (bench)',
      summary: '',
      tags: [],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: T0,
      updatedAt: T0,
      status: 'active',
      lineage: { id: DOSSIER, revision: 'r1', history: [] },
    },
    sources: Array.from({ length: SOURCES }, (_, at) => source(next, at)),
    entities: [],
    timeline: [],
    briefings: Array.from({ length: BRIEFINGS }, (_, at) => briefing(next, at)),
    briefingVersions: [],
    attachments: [],
  });
}

/** One officer's 5%: sources edited and added, paragraphs rewritten; `seed` decides which. */
function officerCopy(base: DossierDocument, seed: number, revision: string): DossierDocument {
  const next = random(seed);
  const copy = structuredClone(base);
  copy.dossier.lineage = { id: DOSSIER, revision, history: ['r1'] };
  const at = '2025-01-13T09:00:00.000Z';
  for (const source of copy.sources) {
    if (next() >= CHANGED) continue;
    const what = next();
    if (what < 0.4) source.grading = { reliability: next() < 0.5 ? 'B' : 'A', credibility: 2 };
    else if (what < 0.7) source.title = sentence(next, 7).slice(0, 120);
    else source.notes = sentence(next, 20);
    source.updatedAt = at;
  }
  for (let n = 0; n < SOURCES * 0.01; n++)
    copy.sources.push({ ...source(next, 100_000 + seed * 1000 + n), updatedAt: at });
  for (const item of copy.briefings) {
    item.content.content = item.content.content.map((block) => (next() < CHANGED ? paragraph(next) : block));
    item.updatedAt = at;
  }
  return copy;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const base = ancestor();
const baseStates = new Map(
  base.briefings.map((item) => [item.id, briefingState.createBriefingState(item.content)]),
);
const sideStates = (copy: DossierDocument) =>
  new Map(
    copy.briefings.map((item) => [
      item.id,
      briefingState.updateBriefingState(baseStates.get(item.id) as Uint8Array, item.content),
    ]),
  );
const mine = officerCopy(base, 2, 'r2');
const theirs = officerCopy(base, 3, 'r3');
const states = { mine: sideStates(mine), theirs: sideStates(theirs) };

gc();
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const start = performance.now();
const merged = mergeDossiers({ base, mine, theirs, states, text: briefingState });
const resolved = resolveConflicts(merged, choicesForAll(merged, 'both'));
const ms = performance.now() - start;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);

const { report } = resolved;
console.log(
  `merged ${SOURCES} sources and ${BRIEFINGS} briefings of ${PARAGRAPHS_PER_BRIEFING} paragraphs: ${report.added} added, ${report.changed} changed, ${merged.conflicts.length} conflicts kept both ways, ${report.textMerged} briefings merged as text`,
);
console.log(`merge ms=${Math.round(ms)} rss MB=${Math.round(peak / MB)}`);
if (ms >= 2000 || peak / MB >= 400) {
  console.error('over target: 2,000 ms and 400 MB');
  process.exitCode = 1;
}
