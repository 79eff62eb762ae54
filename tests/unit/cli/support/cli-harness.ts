// What the CLI tests share: running `dossier` in-process with its output captured, and the sample dossier
// laid out on disk as `dossier pack` takes it.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../../cli/dossier';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';

/** `dossier <argv>` in this process: its exit code, stdout lines, and stderr lines (empty ones dropped). */
export async function runDossier(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return {
    code,
    out,
    err: err
      .join('\n')
      .split('\n')
      .filter((line) => line !== ''),
  };
}

/** A dossier.json and its attachments folder under `work/name`; returns the dossier.json and the folder. */
export function sampleDossierOnDisk(work: string, name: string): { json: string; dir: string } {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'attachments'), { recursive: true });
  const attachments = sampleAttachments();
  for (const attachment of attachments) {
    writeFileSync(path.join(dir, 'attachments', sha256Hex(attachment.bytes)), attachment.bytes);
  }
  const json = path.join(dir, 'dossier.json');
  writeFileSync(json, JSON.stringify(sampleDossierJson(attachments), null, 2));
  return { json, dir };
}
