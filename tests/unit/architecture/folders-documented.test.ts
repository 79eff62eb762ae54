// docs/architecture.md must name every folder of the source tree, so a newcomer finds each one explained.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const TOP = [
  'shared',
  'renderer',
  'electron',
  'cli',
  'templates',
  'samples',
  'build',
  'scripts',
  'bench',
  'docs',
];

function folders(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`;
    if (!statSync(path.join(ROOT, relative)).isDirectory()) return [];
    return [relative, ...folders(relative, depth - 1)];
  });
}

describe('docs/architecture.md', () => {
  it('names every folder of the source tree', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
    const all = [
      ...TOP,
      ...TOP.flatMap((top) => folders(top, 2)),
      'tests/unit',
      'tests/e2e',
      'tests/fixtures',
    ];
    const missing = all.filter((folder) => !doc.includes(`\`${folder}/\``) && !doc.includes(`${folder}/`));
    expect(missing).toEqual([]);
  });
});
