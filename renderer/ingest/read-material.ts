// Turns what the dialog was given (a paste, a file) into material and runs the clean-up on it. A file's
// size is checked before its bytes are read, so a huge one is refused at once.

import { ingestMaterial } from '../../shared/ingest';
import { MAX_MATERIAL_BYTES, materialTooLarge } from '../../shared/ingest/ingest-error';
import type { IngestResult, Material } from '../../shared/ingest/material';
import {
  folderOfFiles,
  MATERIAL_FILE_EXTENSIONS,
  materialFromHtml,
  materialFromPastedText,
  type PagePictures,
  pictureMimeType,
  readMaterialFileAndPictures,
  throwIfCancelled,
} from '../../shared/ingest/readers';
import { nowTimestamp } from '../../shared/model';
import type { IngestedOriginal } from '../db/dossier-store';
import { translate } from '../i18n';
import { appIngestLibraries } from './ingest-libraries';
import type { IncomingMaterialFile, IngestStart } from './ingest-requests';

/** The file types the picker offers, without their dots as the open-file dialog wants them. */
export const MATERIAL_EXTENSIONS = MATERIAL_FILE_EXTENSIONS.map((extension) => extension.replace(/^\./, ''));

export function materialLabel(start: IngestStart): string {
  if (start.kind === 'file') return start.file.name;
  return translate('ingest:pastedText');
}

/** Material, and for a file what is kept of it as it was read: the file, then a saved page's pictures. */
export interface StartRead {
  readonly material: Material;
  readonly originals: readonly IngestedOriginal[];
  readonly pictures?: PagePictures;
}

/** The browser's type for a file it knows, else what its name says; never empty. */
function mimeTypeOf(name: string): string {
  const lower = name.toLowerCase();
  if (/\.html?$/.test(lower)) return 'text/html';
  if (/\.mht(ml)?$/.test(lower)) return 'multipart/related';
  if (lower.endsWith('.pdf')) return 'application/pdf';
  if (lower.endsWith('.docx'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'text/markdown';
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text/plain';
  return pictureMimeType(name) ?? 'application/octet-stream';
}

async function readIncoming(file: IncomingMaterialFile, signal: AbortSignal): Promise<Uint8Array> {
  if (file.size > MAX_MATERIAL_BYTES) throw materialTooLarge(file.name, file.size);
  const bytes = await file.read();
  throwIfCancelled(signal);
  return bytes;
}

export async function materialFromStart(start: IngestStart, signal: AbortSignal): Promise<StartRead> {
  switch (start.kind) {
    case 'empty':
      return { material: materialFromPastedText(''), originals: [] };
    case 'paste':
      // A browser puts both flavours on the clipboard; the HTML one keeps headings, lists and tables.
      return {
        material: start.html?.trim()
          ? materialFromHtml(start.html, appIngestLibraries)
          : materialFromPastedText(start.text),
        originals: [],
      };
    case 'file': {
      const { file } = start;
      const capturedAt = nowTimestamp();
      const bytes = await readIncoming(file, signal);
      const companions = await Promise.all(
        ((await start.companions?.()) ?? []).map(async (companion) => ({
          name: companion.name,
          bytes: await readIncoming(companion, signal),
        })),
      );
      const read = await readMaterialFileAndPictures({ name: file.name, bytes }, appIngestLibraries, {
        signal,
        folder: folderOfFiles(companions),
      });
      throwIfCancelled(signal);
      // An .mhtml holds its pictures; an .html page's come from its folder and are kept beside it.
      const folderPictures = /\.mht(ml)?$/i.test(file.name) ? [] : (read.pictures?.found ?? []);
      const originals: IngestedOriginal[] = [
        {
          bytes: new Blob([bytes as Uint8Array<ArrayBuffer>]),
          name: file.name,
          mimeType: mimeTypeOf(file.name),
          capturedAt,
        },
        ...folderPictures.map((picture) => ({
          bytes: new Blob([picture.bytes as Uint8Array<ArrayBuffer>]),
          name: picture.name,
          mimeType: picture.mimeType,
          capturedAt,
        })),
      ];
      return { material: read.material, originals, ...(read.pictures ? { pictures: read.pictures } : {}) };
    }
  }
}

/** What the review step is given: the clean-up's result and what would be kept as the original. */
export interface IngestRead {
  readonly result: IngestResult;
  readonly originals: readonly IngestedOriginal[];
  readonly pictures?: PagePictures;
}

/** Reads the material and cleans it up; throws IngestError with a message for the user, or CancelledError. */
export async function ingestStart(start: IngestStart, signal: AbortSignal): Promise<IngestRead> {
  const { material, ...kept } = await materialFromStart(start, signal);
  return { result: ingestMaterial(material, { today: nowTimestamp().slice(0, 10) }), ...kept };
}
