// The contents' page numbers from the export's own page layout, checked against LibreOffice's rendering of
// the same document, and the font tables it measures with checked against the font files they come from.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../../../../shared/export/layout';
import { compareWithPages, pdfPages, writtenContents } from '../support/contents-pages';
import { exportBlocks } from '../support/export-briefing';
import { loadTemplate } from '../support/fixture-dossier';
import { convertToPdf } from '../support/read-docx';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const LIBERATION = '/usr/share/fonts/truetype/liberation2';

/** The little of fontkit (which ships no types) these tests read: advance widths. */
interface FontFile {
  readonly unitsPerEm: number;
  glyphForCodePoint(code: number): { readonly advanceWidth: number };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(file: string): FontFile };

// A deterministic briefing of some thirty pages: headings of two levels, paragraphs of varying length, a few
// citations (footnotes), lists and tables, so page breaks fall in every kind of place.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const WORDS = 'liaison border exchange ministry assessment delegation network police partner threat'.split(
  ' ',
);
const sentence = (count: number) =>
  Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
const text = (value: string) => ({ type: 'text', text: value });
const cell = (type: string, value: string) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [{ type: 'paragraph', content: [text(value)] }],
});

function longBriefing(): unknown[] {
  const blocks: unknown[] = [];
  for (let index = 0; index < 260; index += 1) {
    if (index % 12 === 0) {
      const level = index % 36 === 0 ? 1 : 2;
      blocks.push({
        type: 'heading',
        attrs: { level },
        content: [text(`Part ${index / 12 + 1} ${sentence(3)}`)],
      });
    }
    const content: unknown[] = [text(`${sentence(10 + Math.floor(random() * 60))}.`)];
    if (index % 9 === 4) {
      const sourceId = ['s-daily', 's-liaison', 's-digest'][Math.floor(index / 9) % 3];
      content.push({ type: 'citation', attrs: { sourceId } });
    }
    blocks.push({ type: 'paragraph', content });
    if (index % 25 === 10) {
      blocks.push({
        type: 'bulletList',
        content: [sentence(12), sentence(20)].map((item) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [text(item)] }],
        })),
      });
    }
    if (index % 40 === 20) {
      blocks.push({
        type: 'table',
        content: [
          { type: 'tableRow', content: ['Year', 'Cases'].map((value) => cell('tableHeader', value)) },
          ...[2021, 2022, 2023].map((year) => ({
            type: 'tableRow',
            content: [cell('tableCell', String(year)), cell('tableCell', sentence(8))],
          })),
        ],
      });
    }
  }
  return blocks;
}

let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'page-layout-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the contents page numbers', () => {
  it('are the pages LibreOffice puts the headings on', async () => {
    const { bytes } = await exportBlocks(longBriefing(), { template: loadTemplate('briefing-note') });
    const file = path.join(work, 'long.docx');
    writeFileSync(file, bytes);
    const [pdf] = convertToPdf([file], work);
    const entries = writtenContents(bytes);
    expect(entries.length).toBeGreaterThan(20);
    // Some thirty pages: the numbers run well past the cover and contents.
    expect(entries.at(-1)?.page).toBeGreaterThan(25);
    const check = compareWithPages(entries, pdfPages(pdf as string));
    expect(check.worse).toEqual([]);
    expect(check.exact / check.total).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});

describe('the font tables', () => {
  it('are what the generator writes from the Liberation fonts today', () => {
    const generated = path.join(ROOT, 'shared/export/layout/font-metrics.generated.ts');
    const committed = readFileSync(generated, 'utf8');
    const out = path.join(work, 'font-metrics.generated.ts');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/generate-font-metrics.mjs')], {
      env: { ...process.env, FONT_METRICS_OUT: out },
    });
    expect(readFileSync(out, 'utf8')).toBe(committed);
  });

  it('measure text as wide as the font files do, for Arial as Liberation Sans and Times as Liberation Serif', () => {
    for (const [family, file] of [
      ['Arial', 'LiberationSans-Bold.ttf'],
      ['Times New Roman', 'LiberationSerif-Regular.ttf'],
    ] as const) {
      const font = fontkit.openSync(path.join(LIBERATION, file));
      const sample = 'Zusammenarbeit, coopération: 2023–2024 “€”';
      const units = [...sample].reduce(
        (sum, char) => sum + font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth,
        0,
      );
      const bold = file.includes('Bold');
      expect(textWidth(sample, { family, bold, italic: false }, 11)).toBeCloseTo(
        (units / font.unitsPerEm) * 11,
        6,
      );
    }
  });
});
