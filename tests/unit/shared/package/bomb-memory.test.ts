// The limit: a 20 MB package that inflates to 4 GiB is refused within seconds, with a peak memory
// under 300 MB. Each variant is read in its own Node process, so its peak is the read's alone. The time
// bound is generous on purpose (a correctness limit on a shared machine); `npm run bench -- package`
// prints the measured figures.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bombPackage, QUICK_BOMB_VARIANTS } from '../../../fixtures/hostile/bomb';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'dossier-bomb-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CHILD = path.resolve(__dirname, '../../../fixtures/hostile/read-in-child.ts');
const REFUSALS = ['ZIP_BOMB_SIZE', 'ZIP_BOMB_RATIO', 'SIZE_MISMATCH', 'TOO_LARGE'];

describe('a 20 MB package that inflates to 4 GiB', () => {
  for (const variant of QUICK_BOMB_VARIANTS) {
    it(`is refused within seconds and under 300 MB of memory: ${variant}`, async () => {
      const bytes = await bombPackage(variant);
      expect(bytes.length).toBeGreaterThan(15 * 1024 * 1024);
      expect(bytes.length).toBeLessThan(25 * 1024 * 1024);
      const file = path.join(work, `${variant}.dossier`);
      writeFileSync(file, bytes);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, file], {
        maxBuffer: 1024 * 1024,
      });
      const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
      expect(REFUSALS).toContain(result.code);
      expect(result.peakMiB).toBeLessThan(300);
      expect(result.ms).toBeLessThan(60_000);
    }, 120_000);
  }
});
