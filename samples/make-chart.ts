// Draws the sample dossier's chart of joint operations, arrests and training sessions in 2022 and 2023
// (figures from the police cooperation report) and writes it to samples/attachments/<sha256>.png, the
// name the `dossier` command looks it up by. Run: npx tsx samples/make-chart.ts

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type Rgb } from '../tests/unit/shared/export/support/png';

const WIDTH = 720;
const HEIGHT = 360;
const SCALE = 3; // each font pixel is 3×3 image pixels

// A 5×7 pixel font with just the characters the chart writes.
const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  G: ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [40, 40, 40];
const Y2022: Rgb = [142, 160, 184];
const Y2023: Rgb = [31, 56, 100];

const canvas: Rgb[] = new Array(WIDTH * HEIGHT).fill(WHITE);
const fill = (x0: number, y0: number, w: number, h: number, colour: Rgb) => {
  for (let y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + h); y += 1)
    for (let x = Math.max(0, x0); x < Math.min(WIDTH, x0 + w); x += 1) canvas[y * WIDTH + x] = colour;
};
const textWidth = (text: string) => text.length * 6 * SCALE - SCALE;
const write = (text: string, centreX: number, top: number, colour: Rgb) => {
  let x = Math.round(centreX - textWidth(text) / 2);
  for (const char of text) {
    const glyph = GLYPHS[char] ?? GLYPHS[' '];
    glyph?.forEach((row, gy) => {
      [...row].forEach((bit, gx) => {
        if (bit === '1') fill(x + gx * SCALE, top + gy * SCALE, SCALE, SCALE, colour);
      });
    });
    x += 6 * SCALE;
  }
};

const panels = [
  { title: 'OPERATIONS', values: [15, 22] },
  { title: 'ARRESTS', values: [120, 185] },
  { title: 'TRAINING', values: [8, 12] },
];
const panelWidth = WIDTH / panels.length;
const baseline = 290;
const tallest = 200;
panels.forEach((panel, index) => {
  const centre = panelWidth * index + panelWidth / 2;
  const max = Math.max(...panel.values);
  write(panel.title, centre, 18, INK);
  panel.values.forEach((value, bar) => {
    const height = Math.round((value / max) * tallest);
    const x = Math.round(centre - 70 + bar * 80);
    fill(x, baseline - height, 60, height, bar === 0 ? Y2022 : Y2023);
    write(String(value), x + 30, baseline - height - 28, INK);
    write(bar === 0 ? '2022' : '2023', x + 30, baseline + 14, INK);
  });
  fill(Math.round(centre - 90), baseline, 180, 2, INK);
});

const png = encodePng(WIDTH, HEIGHT, (x, y) => canvas[y * WIDTH + x] ?? WHITE);
const sha = createHash('sha256').update(png).digest('hex');
const file = path.join(import.meta.dirname, 'attachments', sha);
writeFileSync(file, png);
console.log(`${file} (${png.length} bytes)`);
