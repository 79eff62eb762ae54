// What a paste or a drop hands over, as the ingest dialog starts with it: a file, HTML, or plain text.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { materialFileType, pictureMimeType } from '../../shared/ingest/readers';
import { MAX_SAVED_PAGE_PICTURES } from '../../shared/ipc';
import { type IncomingMaterialFile, type IngestStart, incomingFromFile } from './ingest-requests';

/** The folders a drop carries (a saved page's `_files` folder dropped with the page), taken during the event. */
export function droppedFolders(data: DataTransfer | null): FileSystemDirectoryEntry[] {
  return [...(data?.items ?? [])].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    return entry?.isDirectory ? [entry as FileSystemDirectoryEntry] : [];
  });
}

/** Files a drop or paste carries, .dossier packages and folders left out (those go to the import dialog). */
export function materialFiles(data: DataTransfer | null): File[] {
  const folders = new Set(droppedFolders(data).map((folder) => folder.name));
  return [...(data?.files ?? [])].filter(
    (file) => !file.name.toLowerCase().endsWith(`.${DOSSIER_EXTENSION}`) && !folders.has(file.name),
  );
}

function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries hands them over in batches until it hands over none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

/** The pictures of dropped folders (and of their folders, one level down), named "folder/file". */
export async function picturesOfFolders(
  folders: readonly FileSystemDirectoryEntry[],
): Promise<IncomingMaterialFile[]> {
  const pictures: IncomingMaterialFile[] = [];
  const visit = async (folder: FileSystemDirectoryEntry, prefix: string, depth: number) => {
    for (const entry of await entriesOf(folder)) {
      if (pictures.length >= MAX_SAVED_PAGE_PICTURES) return;
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory && depth < 1)
        await visit(entry as FileSystemDirectoryEntry, `${name}/`, depth + 1);
      else if (entry.isFile && pictureMimeType(entry.name)) {
        const file = await new Promise<File>((resolve, reject) =>
          (entry as FileSystemFileEntry).file(resolve, reject),
        );
        pictures.push({ ...incomingFromFile(file), name });
      }
    }
  };
  for (const folder of folders) await visit(folder, `${folder.name}/`, 0);
  return pictures;
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
 * its folder's pictures. A saved page dropped with its `_files` folder, or with the folder's pictures, is
 * read with them.
 */
export function startFromFiles(
  files: readonly File[],
  folders: readonly FileSystemDirectoryEntry[] = [],
): IngestStart | undefined {
  const page =
    files.find((file) => ['html', 'mhtml'].includes(materialFileType(file.name) ?? '')) ??
    files.find((file) => !pictureMimeType(file.name)) ??
    files[0];
  if (!page) return undefined;
  const others = files.filter((file) => file !== page).map(incomingFromFile);
  if (others.length === 0 && folders.length === 0) return { kind: 'file', file: incomingFromFile(page) };
  return {
    kind: 'file',
    file: incomingFromFile(page),
    companions: async () => [...others, ...(await picturesOfFolders(folders))],
  };
}
