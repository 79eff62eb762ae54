// Typing and opening in the briefing editor, in Debian's Chromium with the built web app (dist/renderer,
// `npm run build` first): a generated 300-page briefing (144k words; headings, lists, tables, 50 images, a
// citation in most paragraphs) and the 5-page sample briefing. Each is opened, then 60 characters are typed
// mid-document at a typist's pace, in ROUNDS rounds (the briefing opened afresh for each). A keystroke is timed in the page from its keydown event to the next
// animation frame; opening from the address change to the first frame that shows the top of the text.
// Prints `typing median ms=… p95 ms=… max ms=…` and `open ms=…` per briefing. Targets (300 pages):
// median < 8 ms, p95 < 16 ms, open < 500 ms. The reference, in the same run: the same 300 pages copied
// into a plain contenteditable (no ProseMirror, React or store), typed into the same way, printed as
// `typing-vs-contenteditable ratio=<ours/plain>` (medians): what the browser alone costs per keystroke.
// Diagnostics: TYPING_TRACE=1 (self time by trace event, and the page's main-thread time per key),
// TYPING_PROFILE=1 (JavaScript self time by function); TYPING_TRACE_FILE / TYPING_PROFILE_FILE keep them.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import type { Briefing, RichTextDoc, RichTextNode } from '../shared/model';
import { launchChromium } from '../tests/e2e/support/chromium';
import { putRecords } from '../tests/e2e/support/database';
import { random } from './support/random';
import { tableOf } from './support/rich-text';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const PAGES = 300;
const WORDS_PER_PAGE = 480;
const IMAGES = 50;
const TYPED = 'The liaison office confirmed the figures in its March report.';
/** A brisk typist: about twelve characters a second. */
const KEY_DELAY_MS = 80;
const OPENINGS = 3;
/** Rounds of typing per briefing (and per side, against the plain contenteditable). */
const ROUNDS = 3;
const AT = '2025-01-06T08:00:00.000Z';

const VOCABULARY = (
  'the ministry said cooperation on border security and returns would continue under the joint declaration ' +
  'officials from both interior ministries met in Rabat to review the training of police units and the exchange ' +
  'of liaison officers while smuggling networks moved routes towards the Atlantic coast according to the cable'
).split(' ');

interface SampleDossier {
  dossier: Record<string, unknown> & { marking: { scheme: string; level: string } };
  sources: (Record<string, unknown> & { id: string })[];
  briefings: Briefing[];
  attachments: { id: string; name: string; mimeType: string; size: number }[];
}

function words(next: () => number, count: number): string {
  const picked = Array.from(
    { length: count },
    () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string,
  );
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** 300 pages of sections: a heading, paragraphs citing sources, a list, now and then a table or an image. */
function longBriefing(sourceIds: readonly string[], imageIds: readonly string[]): RichTextDoc {
  const next = random(14);
  const blocks: RichTextNode[] = [];
  let written = 0;
  let section = 0;
  const target = PAGES * WORDS_PER_PAGE;
  const cited = (text: string): RichTextNode => ({
    type: 'paragraph',
    content: [
      { type: 'text', text },
      ...(next() < 0.85
        ? [
            {
              type: 'citation' as const,
              attrs: { sourceId: sourceIds[Math.floor(next() * sourceIds.length)] as string },
            },
          ]
        : []),
    ],
  });
  const sections = Math.ceil(target / 600);
  while (written < target) {
    section += 1;
    blocks.push({
      type: 'heading',
      attrs: { level: section % 5 === 1 ? 1 : 2 },
      content: [{ type: 'text', text: `Section ${section}: ${words(next, 4)}` }],
    });
    for (let paragraph = 0; paragraph < 6; paragraph++) {
      blocks.push(cited(words(next, 80)));
      written += 80;
    }
    blocks.push({
      type: section % 2 ? 'bulletList' : 'orderedList',
      ...(section % 2 ? {} : { attrs: { start: 1 } }),
      content: Array.from({ length: 3 }, () => ({
        type: 'listItem',
        content: [cited(words(next, 12))],
      })),
    } as RichTextNode);
    written += 36;
    if (section % 8 === 0) {
      blocks.push(
        tableOf(
          ['Date', 'Event', 'Source'],
          Array.from({ length: 4 }, () => [words(next, 2), words(next, 8), words(next, 3)]),
        ),
      );
      written += 52;
    }
    const image = Math.floor((section * IMAGES) / sections);
    if (image < IMAGES && Math.floor(((section - 1) * IMAGES) / sections) !== image) {
      blocks.push({
        type: 'image',
        attrs: { attachmentId: imageIds[image] as string, alt: `Figure ${image + 1}` },
      } as RichTextNode);
    }
  }
  return { type: 'doc', content: blocks } as RichTextDoc;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 10) / 10;

async function measureOpen(page: Page, baseUrl: string, briefingId: string): Promise<number> {
  await page.goto(`${baseUrl}#/library/active`);
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const shown = () => document.querySelector('.briefing-prose > *') !== null;
        const done = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = `#/briefing/${id}`;
      }),
    briefingId,
  );
}

/** What the keys go into: the app's editor, or a plain contenteditable holding a copy of its blocks. */
type Into = 'editor' | 'plain';

async function measureTyping(page: Page, into: Into): Promise<number[]> {
  // The counts show once the whole text is in the editor (a long one is appended after the first screen).
  await page.locator('.word-count').waitFor({ state: 'visible', timeout: 60_000 });
  const middle = await page.locator('.briefing-prose > p').count();
  const target = page.locator('.briefing-prose > p').nth(Math.floor(middle / 2));
  if (into === 'plain')
    // The browser's own cost: the same blocks and styles, editable, with no editor, store or React behind.
    await page.evaluate(() => {
      const prose = document.querySelector('.briefing-prose') as HTMLElement;
      const plain = prose.cloneNode(true) as HTMLElement;
      prose.hidden = true;
      prose.classList.remove('briefing-prose');
      prose.after(plain);
    });
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  if (process.env.TYPING_NO_SPELLCHECK)
    await page.evaluate(() => document.querySelector('.briefing-prose')?.setAttribute('spellcheck', 'false'));
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyTimes: number[] }).__keyTimes = times;
    window.addEventListener(
      'keydown',
      (event) => {
        // From when the key event was made, so time spent waiting behind earlier work counts too.
        const from = event.timeStamp;
        requestAnimationFrame(() => times.push(performance.now() - from));
      },
      { capture: true },
    );
  });
  const profiler = process.env.TYPING_PROFILE ? await page.context().newCDPSession(page) : undefined;
  await profiler?.send('Profiler.enable');
  await profiler?.send('Profiler.start');
  const tracing = process.env.TYPING_TRACE ? await startTrace(page) : undefined;
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  if (tracing) printTrace(await tracing());
  await page.waitForFunction(
    (count) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length >= count,
    TYPED.length,
  );
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    if (process.env.TYPING_PROFILE_FILE)
      writeFileSync(`${process.env.TYPING_PROFILE_FILE}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
    printProfile(profile as CpuProfile);
  }
  await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor({ timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts?: number;
  dur?: number;
  /** The thread's CPU time, where the dur is wall time. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** With TYPING_TRACE set: records Chromium's trace while the keys are typed; the function ends it. */
async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', {
    categories: process.env.TYPING_TRACE_CATEGORIES ?? 'devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    await complete;
    if (process.env.TYPING_TRACE_FILE)
      writeFileSync(`${process.env.TYPING_TRACE_FILE}-${Date.now()}.json`, JSON.stringify(events));
    return events;
  };
}

/** The page's main-thread time per key, then where it went: each trace event's self time, most first. */
function printTrace(events: readonly TraceEvent[]): void {
  const main = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )?.tid;
  const spans = events
    .filter((event) => event.ph === 'X' && event.dur && event.tid === main)
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = spans.filter((event) => event.name === 'ThreadControllerImpl::RunTask');
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0) / 1000 / TYPED.length;
  console.log(
    `main thread per key: wall ms=${sum(tasks.map((task) => task.dur ?? 0)).toFixed(1)} cpu ms=${sum(tasks.map((task) => task.tdur ?? 0)).toFixed(1)}`,
  );
  // Self time: an event's duration less the events nested in it.
  const self = new Map<string, number>();
  const open: { end: number; name: string; self: number }[] = [];
  const close = (entry: { name: string; self: number }) =>
    self.set(entry.name, (self.get(entry.name) ?? 0) + entry.self / 1000);
  for (const event of spans) {
    const start = event.ts ?? 0;
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= start) close(open.pop() as (typeof open)[number]);
    const parent = open.at(-1);
    if (parent) parent.self -= event.dur ?? 0;
    const name = `${event.name} ${event.args?.data?.type ?? ''}`;
    open.push({ end: start + (event.dur ?? 0), name, self: event.dur ?? 0 });
  }
  for (const entry of open) close(entry);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** With TYPING_PROFILE set: where the page spent its time while typing, by function, most first. */
function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id);
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

/** Opens a briefing (OPENINGS times when `into` is the editor), types into it, prints and returns the median. */
/** The briefing opened OPENINGS times; the median, in ms. */
async function measureOpens(page: Page, baseUrl: string, briefingId: string): Promise<number> {
  const opens: number[] = [];
  for (let run = 0; run < OPENINGS; run++) {
    const profiler =
      process.env.TYPING_PROFILE_OPEN && run === 1 ? await page.context().newCDPSession(page) : undefined;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    opens.push(await measureOpen(page, baseUrl, briefingId));
    if (profiler) printProfile((await profiler.send('Profiler.stop')).profile as CpuProfile);
    await page.locator('.briefing-prose').waitFor();
  }
  return [...opens].sort((a, b) => a - b)[Math.floor(opens.length / 2)] ?? Number.NaN;
}

/** Opens the briefing afresh and types the line into it; the keystrokes' times. */
async function typeRound(page: Page, baseUrl: string, briefingId: string, into: Into): Promise<number[]> {
  await measureOpen(page, baseUrl, briefingId);
  await page.locator('.briefing-prose').waitFor();
  return measureTyping(page, into);
}

/** Prints the keystrokes' median, p95 and max; returns the median. */
function printTyping(label: string, times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${label}:`);
  console.log(
    `typing median ms=${round(percentile(sorted, 50))} p95 ms=${round(percentile(sorted, 95))} max ms=${round(sorted.at(-1) ?? Number.NaN)} (${sorted.length} keystrokes)`,
  );
  return percentile(sorted, 50);
}

/**
 * ROUNDS rounds of the line typed into the editor and into the plain copy by turns, so that both meet the
 * same moments of a shared machine; each side's keystrokes are pooled.
 */
async function bench(page: Page, baseUrl: string, label: string, briefingId: string, plainToo: boolean) {
  const open = await measureOpens(page, baseUrl, briefingId);
  const ours: number[] = [];
  const plain: number[] = [];
  for (let turn = 0; turn < ROUNDS; turn++) {
    ours.push(...(await typeRound(page, baseUrl, briefingId, 'editor')));
    if (plainToo) plain.push(...(await typeRound(page, baseUrl, briefingId, 'plain')));
  }
  const oursMedian = printTyping(label, ours);
  console.log(`open ms=${Math.round(open)}`);
  if (!plainToo) return;
  // The reference measured in the same run: what Chromium itself spends per keystroke on these blocks.
  const plainMedian = printTyping(
    `${label} in a plain contenteditable (the same blocks and styles, no editor)`,
    plain,
  );
  console.log(`typing-vs-contenteditable ratio=${(oursMedian / plainMedian).toFixed(2)}`);
}

const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleDossier;
const png = readFileSync(path.join(ROOT, 'samples', 'attachments', sample.attachments[0]?.id ?? ''));
// Fifty different images: bytes after a PNG's end are ignored by the browser but change the hash.
const images = Array.from({ length: IMAGES }, (_, index) => {
  const bytes = new Uint8Array(png.length + 4);
  bytes.set(png);
  new DataView(bytes.buffer).setUint32(png.length, index);
  return { id: bytesToHex(sha256(bytes)), bytes: [...bytes] };
});
const sourceIds = sample.sources.map((source) => source.id);
const long: Briefing = {
  ...(sample.briefings[0] as Briefing),
  id: 'b-bench-300-pages',
  title: 'Three hundred pages',
  content: longBriefing(
    sourceIds,
    images.map((image) => image.id),
  ),
  updatedAt: AT,
};
const stats = JSON.stringify(long.content);
console.log(
  `300-page briefing: ${long.content.content.length} blocks, ${Math.round(stats.length / 1024)} KB of JSON`,
);

const server = await preview({
  configFile: path.join(ROOT, 'vite.config.ts'),
  logLevel: 'warn',
  preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('the preview server did not report its URL');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx names the functions it compiles with a helper the page does not have.
  await context.addInitScript('globalThis.__name = (target) => target;');
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'New dossier' }).waitFor();
  const { markingRankOf } = await import('../renderer/db/schema');
  await putRecords(page, {
    dossiers: [{ ...sample.dossier, markingRank: markingRankOf(sample.dossier.marking as never) }],
    sources: sample.sources,
    briefings: [...sample.briefings, long],
    attachments: [
      ...sample.attachments.map((attachment) => ({ ...attachment, chunkCount: 1, createdAt: AT })),
      ...images.map((image, index) => ({
        id: image.id,
        name: `figure-${index + 1}.png`,
        mimeType: 'image/png',
        size: image.bytes.length,
        chunkCount: 1,
        createdAt: AT,
      })),
    ],
  });
  // Blobs cannot cross into the page as JSON: the chunks are made there from the bytes.
  await page.evaluate(
    async (chunks) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const transaction = db.transaction('attachmentChunks', 'readwrite');
        for (const chunk of chunks) {
          transaction.objectStore('attachmentChunks').put({
            attachmentId: chunk.id,
            index: 0,
            data: new Blob([new Uint8Array(chunk.bytes)], { type: 'image/png' }),
          });
        }
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    [{ id: sample.attachments[0]?.id ?? '', bytes: [...png] }, ...images],
  );
  await bench(page, baseUrl, '300 pages', long.id, true);
  await bench(page, baseUrl, '5-page sample', sample.briefings[0]?.id ?? '', false);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
