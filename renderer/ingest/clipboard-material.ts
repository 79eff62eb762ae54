// What a paste or a drop hands over, as the ingest dialog starts with it: a file, HTML, or plain text.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { type IngestStart, incomingFromFile } from './ingest-requests';

/** Files a drop or paste carries, .dossier packages left out: those go to the import dialog. */
export function materialFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter(
    (file) => !file.name.toLowerCase().endsWith(`.${DOSSIER_EXTENSION}`),
  );
}

/** The dialog's start from a paste: a pasted file, else the HTML and text flavours (possibly empty). */
export function startFromClipboard(data: DataTransfer | null): IngestStart {
  const text = data?.getData('text/plain') ?? '';
  const html = data?.getData('text/html') ?? '';
  const [file] = materialFiles(data);
  if (file && !text.trim() && !html.trim()) return { kind: 'file', file: incomingFromFile(file) };
  return { kind: 'paste', text, ...(html.trim() ? { html } : {}) };
}

/** True when the drag carries files (their names are only known on drop). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return Boolean(data?.types.includes('Files'));
}
