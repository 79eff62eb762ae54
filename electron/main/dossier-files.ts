// `.dossier` files handed to the app by the OS: on the command line of the first or a second launch
// (Windows, Linux) or through `open-file` (macOS). They wait until the window can take them.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc';

/** The `.dossier` paths in an argv, ignoring Electron's and Chromium's own flags. */
export function dossierPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${DOSSIER_EXTENSION}`))
    .map((arg) => path.resolve(cwd, arg));
}

export interface DossierFileDelivery {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Reads one file for delivery to the renderer; refuses what is not a regular file or is too large. */
export async function readDossierFile(file: string): Promise<DossierFileDelivery | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.size > MAX_IPC_FILE_BYTES) return null;
  const bytes = await readFile(file).catch(() => null);
  return bytes ? { name: path.basename(file), bytes: new Uint8Array(bytes) } : null;
}

/** Holds files that arrive before the renderer is ready, then hands each to `deliver` in order. */
export class DossierFileQueue {
  private pending: string[] = [];
  private deliver: ((file: string) => void) | null = null;

  add(files: readonly string[]): void {
    for (const file of files) {
      if (this.deliver) this.deliver(file);
      else this.pending.push(file);
    }
  }

  attach(deliver: (file: string) => void): void {
    this.deliver = deliver;
    const waiting = this.pending;
    this.pending = [];
    for (const file of waiting) deliver(file);
  }

  detach(): void {
    this.deliver = null;
  }
}
