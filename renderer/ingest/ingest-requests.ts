// Asks for the "New source from material" dialog from anywhere (the command, the menu, a paste or a drop
// on the Sources tab) and holds what it should start with until the Sources tab shows it.

import { useSyncExternalStore } from 'react';

/** A file on its way in: its size is known before its bytes are read, so a huge one is refused early. */
export interface IncomingMaterialFile {
  readonly name: string;
  readonly size: number;
  read(): Promise<Uint8Array>;
}

/** What the dialog opens with: nothing yet, a paste, or a file. */
export type IngestStart =
  | { readonly kind: 'empty' }
  | { readonly kind: 'paste'; readonly text: string; readonly html?: string }
  | {
      readonly kind: 'file';
      readonly file: IncomingMaterialFile;
      /** Given with a saved .html page: the pictures of its `_files` folder (a dropped folder is read late). */
      readonly companions?: () => Promise<readonly IncomingMaterialFile[]>;
    };

export interface IngestRequest {
  /** Counts requests, so a second request while one is open starts the dialog afresh. */
  readonly id: number;
  readonly dossierId: string;
  readonly start: IngestStart;
}

let current: IngestRequest | null = null;
let counter = 0;
const listeners = new Set<() => void>();

function publish(next: IngestRequest | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function requestIngest(dossierId: string, start: IngestStart = { kind: 'empty' }): void {
  counter += 1;
  publish({ id: counter, dossierId, start });
}

export function closeIngest(): void {
  if (current) publish(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open request for this dossier, if any. */
export function useIngestRequest(dossierId: string): IngestRequest | null {
  const request = useSyncExternalStore(subscribe, () => current);
  return request?.dossierId === dossierId ? request : null;
}

/** A File from a drop, a paste or an input, as the dialog reads it. */
export function incomingFromFile(file: File): IncomingMaterialFile {
  return {
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}
