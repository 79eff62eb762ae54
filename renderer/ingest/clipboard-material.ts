// What a paste or a drop hands over, as the ingest dialog starts with it: a file, HTML, or plain text.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { materialFileType, pictureMimeType } from '../../shared/ingest/readers';
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

/**
 * The dialog's start from files dropped together: the page (or the one file) is the material, the rest
 * its folder's pictures. A saved page dropped with its `_files` pictures is read with them.
 */
export function startFromFiles(files: readonly File[]): IngestStart | undefined {
  const page =
    files.find((file) => ['html', 'mhtml'].includes(materialFileType(file.name) ?? '')) ??
    files.find((file) => !pictureMimeType(file.name)) ??
    files[0];
  if (!page) return undefined;
  const companions = files.filter((file) => file !== page).map(incomingFromFile);
  return { kind: 'file', file: incomingFromFile(page), ...(companions.length ? { companions } : {}) };
}
