// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own Node process (so one bench's
// memory does not count against the next), and prints their figures. `npm run bench -- export` runs
// only the benches whose file name contains "export".

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filter = process.argv[2] ?? '';
const benches = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark in bench/ matches "${filter}".`);
  process.exit(2);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${bench}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
