// `npm run bench -- cli`: how long the `dossier` command takes to start, as a whole process from the shell:
// `node -e 0` (Node alone, the floor), `dossier --version` and `dossier templates`, each run RUNS times
// after one warm-up, interleaved so that all three meet the same load; the medians count.
// Target: `dossier templates` under 120 ms. This machine is shared, so the load average is printed too.

import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const RUNS = 21;
const TARGET_TEMPLATES_MS = 120;

const COMMANDS: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'dossier --version': ['cli/bin/dossier.cjs', '--version'],
  'dossier templates': ['cli/bin/dossier.cjs', 'templates'],
};

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const times = new Map<string, number[]>(Object.keys(COMMANDS).map((name) => [name, []]));
const loadAtStart = loadavg()[0] ?? 0;
for (let run = 0; run <= RUNS; run += 1) {
  for (const [name, args] of Object.entries(COMMANDS)) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.status !== 0) {
      console.error(`${name} failed: ${result.stderr}`);
      process.exit(1);
    }
    if (run > 0) times.get(name)?.push(elapsed);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `load average ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end, on ${availableParallelism()} cores`,
);
for (const [name, values] of times) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `cli-start ${name.padEnd(18)} median ms=${median(values).toFixed(0)} min ms=${(sorted[0] ?? 0).toFixed(0)}`,
  );
}
const templatesMs = median(times.get('dossier templates') ?? []);
console.log(
  `cli-templates ms=${templatesMs.toFixed(0)} target<${TARGET_TEMPLATES_MS} ${templatesMs < TARGET_TEMPLATES_MS ? 'met' : 'MISSED'} (Node ${process.version}${'enableCompileCache' in (await import('node:module')).default ? ', compile cache on' : ', no compile cache in this Node'})`,
);
