// Turns what the dialog was given (a paste, a file) into material and runs the clean-up on it. A file's
// size is checked before its bytes are read, so a huge one is refused at once.

import { ingestMaterial } from '../../shared/ingest';
import { MAX_MATERIAL_BYTES, materialTooLarge } from '../../shared/ingest/ingest-error';
import type { IngestResult, Material } from '../../shared/ingest/material';
import {
  MATERIAL_FILE_EXTENSIONS,
  materialFromHtml,
  materialFromPastedText,
  readMaterialFile,
  throwIfCancelled,
} from '../../shared/ingest/readers';
import { nowTimestamp } from '../../shared/model';
import { translate } from '../i18n';
import { appIngestLibraries } from './ingest-libraries';
import type { IngestStart } from './ingest-requests';

/** The file types the picker offers, without their dots as the open-file dialog wants them. */
export const MATERIAL_EXTENSIONS = MATERIAL_FILE_EXTENSIONS.map((extension) => extension.replace(/^\./, ''));

export function materialLabel(start: IngestStart): string {
  if (start.kind === 'file') return start.file.name;
  return translate('ingest:pastedText');
}

export async function materialFromStart(start: IngestStart, signal: AbortSignal): Promise<Material> {
  switch (start.kind) {
    case 'empty':
      return materialFromPastedText('');
    case 'paste':
      // A browser puts both flavours on the clipboard; the HTML one keeps headings, lists and tables.
      return start.html?.trim()
        ? materialFromHtml(start.html, appIngestLibraries)
        : materialFromPastedText(start.text);
    case 'file': {
      const { file } = start;
      if (file.size > MAX_MATERIAL_BYTES) throw materialTooLarge(file.name, file.size);
      const bytes = await file.read();
      throwIfCancelled(signal);
      const material = await readMaterialFile({ name: file.name, bytes }, appIngestLibraries, signal);
      throwIfCancelled(signal);
      return material;
    }
  }
}

/** Reads the material and cleans it up; throws IngestError with a message for the user, or CancelledError. */
export async function ingestStart(start: IngestStart, signal: AbortSignal): Promise<IngestResult> {
  const material = await materialFromStart(start, signal);
  return ingestMaterial(material, { today: nowTimestamp().slice(0, 10) });
}
