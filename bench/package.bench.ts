// Packs and unpacks a dossier of 2,000 sources and 500 MB of attachments with the `dossier` CLI code, then
// zips and unzips the same files with Info-ZIP, and prints times and peak memory. The last line is
// `pack-vs-zip ratio=<(pack + unpack) / (zip -r + unzip)>`. Targets: peak RSS < 300 MB, ratio <= 1.5.
// Signing (pack --sign-key) and verification (dossier verify --trust) of the same package are timed too,
// and a 20 MB package that inflates to 4 GiB is read in a child process, per variant (time, peak RSS).

import { spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../cli/dossier';
import { BOMB_VARIANTS, bombPackage } from '../tests/fixtures/hostile/bomb';

const SOURCES = 2_000;
const ATTACHMENTS = 250;
const ATTACHMENT_BYTES = 2 * 1000 * 1000; // 250 × 2 MB = 500 MB
const MB = 1000 * 1000;

const quiet = { out: () => undefined, err: (line: string) => console.error(line) };

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work`, sampling this process's resident memory every 5 ms; returns seconds and the peak in MB. */
async function measure(work: () => Promise<unknown>): Promise<{ seconds: number; peakMb: number }> {
  gc();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds: (performance.now() - start) / 1000, peakMb: peak / MB };
}

function time(command: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} failed`);
  return (performance.now() - start) / 1000;
}

/** Random (incompressible, like photos and PDFs) attachments written in 1 MB pieces, and their metadata. */
function writeAttachments(dir: string) {
  const piece = Buffer.alloc(MB);
  const metadata = [];
  for (let index = 0; index < ATTACHMENTS; index++) {
    const hash = createHash('sha256');
    const temporary = path.join(dir, `incoming-${index}`);
    const fd = openSync(temporary, 'w');
    for (let written = 0; written < ATTACHMENT_BYTES; written += MB) {
      randomFillSync(piece);
      hash.update(piece);
      writeSync(fd, piece);
    }
    closeSync(fd);
    const id = hash.digest('hex');
    spawnSync('mv', [temporary, path.join(dir, id)]);
    metadata.push({ id, name: `scan-${index}.pdf`, mimeType: 'application/pdf', size: ATTACHMENT_BYTES });
  }
  return metadata;
}

function dossierJson(attachments: { id: string }[]) {
  const T = '2025-03-10T08:15:00.000Z';
  const text = (index: number) =>
    `Report ${index}: the delegation met officials on security cooperation, returns and police training. `.repeat(
      5,
    );
  return {
    formatVersion: 1,
    dossier: {
      id: 'd-bench',
      title: 'Benchmark dossier',
      summary: 'Two thousand sources and five hundred megabytes of attachments.',
      tags: ['bench'],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: T,
      updatedAt: T,
      status: 'active',
    },
    sources: Array.from({ length: SOURCES }, (_, index) => ({
      id: `s-${index}`,
      dossierId: 'd-bench',
      title: `Source ${index}`,
      outlet: 'Example Daily',
      author: 'A. Reporter',
      url: `https://news.example.org/${index}`,
      retrievedAt: '2025-03-10',
      language: 'en',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: text(index) }] }] },
      notes: `Notes on source ${index}.`,
      marking: { scheme: 'tlp', level: 'green' },
      grading: { reliability: 'B', credibility: 2 },
      attachmentIds: index < attachments.length ? [attachments[index]?.id] : [],
      createdAt: T,
      updatedAt: T,
    })),
    entities: [],
    timeline: [],
    briefings: [],
    briefingVersions: [],
    attachments,
  };
}

async function run(...argv: string[]): Promise<void> {
  const code = await main(argv, quiet);
  if (code !== 0) throw new Error(`dossier ${argv[0]} exited ${code}`);
}

const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
try {
  const input = path.join(work, 'input');
  const attachmentsDir = path.join(input, 'attachments');
  mkdirSync(attachmentsDir, { recursive: true });
  const attachments = writeAttachments(attachmentsDir);
  writeFileSync(path.join(input, 'dossier.json'), JSON.stringify(dossierJson(attachments)));
  const totalMb = (ATTACHMENTS * ATTACHMENT_BYTES) / MB;
  console.log(
    `dossier: ${SOURCES} sources, ${ATTACHMENTS} attachments, ${totalMb.toFixed(0)} MB of attachments`,
  );

  gc();
  console.log(
    `baseline RSS: ${(process.memoryUsage().rss / MB).toFixed(0)} MB (Node, tsx and the loaded code, before packing)`,
  );
  const packageFile = path.join(work, 'bench.dossier');
  const pack = await measure(() =>
    run('pack', path.join(input, 'dossier.json'), '--attachments', attachmentsDir, '--out', packageFile),
  );
  console.log(
    `pack:     ${pack.seconds.toFixed(2)} s, peak RSS ${pack.peakMb.toFixed(0)} MB, package ${(statSync(packageFile).size / MB).toFixed(0)} MB`,
  );
  const unpack = await measure(() => run('unpack', packageFile, '--out', path.join(work, 'unpacked')));
  console.log(
    `unpack:   ${unpack.seconds.toFixed(2)} s, peak RSS ${unpack.peakMb.toFixed(0)} MB (validates everything)`,
  );

  const passphrase = path.join(work, 'passphrase');
  writeFileSync(passphrase, 'benchmark passphrase\n');
  const sealed = path.join(work, 'bench-encrypted.dossier');
  const packInto = (out: string, ...options: string[]) =>
    measure(() =>
      run(
        'pack',
        path.join(input, 'dossier.json'),
        '--attachments',
        attachmentsDir,
        '--out',
        out,
        ...options,
      ),
    );
  const packEncrypted = await packInto(sealed, '--passphrase-file', passphrase);
  console.log(
    `pack -e:  ${packEncrypted.seconds.toFixed(2)} s, peak RSS ${packEncrypted.peakMb.toFixed(0)} MB (encrypted)`,
  );
  const unpackEncrypted = await measure(() =>
    run('unpack', sealed, '--out', path.join(work, 'unpacked-encrypted'), '--passphrase-file', passphrase),
  );
  console.log(
    `unpack -e: ${unpackEncrypted.seconds.toFixed(2)} s, peak RSS ${unpackEncrypted.peakMb.toFixed(0)} MB (encrypted)`,
  );
  rmSync(sealed);
  rmSync(path.join(work, 'unpacked-encrypted'), { recursive: true });

  const key = path.join(work, 'bench.key');
  await run('keygen', '--name', 'Bench officer', '--out', key);
  const signed = path.join(work, 'bench-signed.dossier');
  const packSigned = await packInto(signed, '--sign-key', key);
  console.log(
    `sign:     ${packSigned.seconds.toFixed(2)} s pack --sign-key (${(packSigned.seconds - pack.seconds).toFixed(2)} s over pack), peak RSS ${packSigned.peakMb.toFixed(0)} MB`,
  );
  const verify = await measure(() => run('verify', signed, '--trust', `${key}.card`));
  console.log(
    `verify:   ${verify.seconds.toFixed(2)} s verify --trust (every entry and the signature), peak RSS ${verify.peakMb.toFixed(0)} MB`,
  );
  rmSync(signed);

  const zipFile = path.join(work, 'bench.zip');
  const zip = time('zip', ['-q', '-r', zipFile, 'dossier.json', 'attachments'], input);
  console.log(`zip -r:   ${zip.toFixed(2)} s (archive ${(statSync(zipFile).size / MB).toFixed(0)} MB)`);
  const unzip = time('unzip', ['-q', zipFile, '-d', path.join(work, 'unzipped')], work);
  console.log(`unzip:    ${unzip.toFixed(2)} s`);
  // For reference only (not in the ratio): zip storing without trying to compress, as we do for
  // incompressible attachments.
  rmSync(zipFile);
  const zipStored = time('zip', ['-q', '-0', '-r', zipFile, 'dossier.json', 'attachments'], input);
  console.log(`zip -0 -r: ${zipStored.toFixed(2)} s (store only, for reference)`);

  const peak = Math.max(
    pack.peakMb,
    unpack.peakMb,
    packEncrypted.peakMb,
    unpackEncrypted.peakMb,
    packSigned.peakMb,
    verify.peakMb,
  );
  const maxRss = process.resourceUsage().maxRSS / 1000;
  console.log(
    `peak RSS: ${peak.toFixed(0)} MB sampled, ${maxRss.toFixed(0)} MB kernel maximum for the whole run (target < 300 MB)`,
  );
  // After the figures above, so making the bomb does not count in this process's peak; it is read by the
  // app's reader in its own process, so the peak printed is the read's alone.
  const reader = path.resolve('tests/fixtures/hostile/read-in-child.ts');
  for (const variant of BOMB_VARIANTS) {
    const file = path.join(work, `bomb-${variant}.dossier`);
    writeFileSync(file, await bombPackage(variant));
    const child = spawnSync(process.execPath, ['--import', 'tsx', reader, file], { encoding: 'utf8' });
    const figures = JSON.parse(child.stdout.trim() || '{}') as {
      code?: string;
      ms?: number;
      peakMiB?: number;
    };
    console.log(
      `bomb:     ${variant}: ${figures.code} after ${((figures.ms ?? 0) / 1000).toFixed(2)} s, peak RSS ${figures.peakMiB} MiB (${(statSync(file).size / MB).toFixed(0)} MB file, 4 GiB inflated)`,
    );
    rmSync(file);
  }

  console.log(
    `pack/zip -r ${(pack.seconds / zip).toFixed(2)}, unpack/unzip ${(unpack.seconds / unzip).toFixed(2)}`,
  );
  const ratio = (pack.seconds + unpack.seconds) / (zip + unzip);
  console.log(`pack-vs-zip ratio=${ratio.toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
