// The pictures of a saved web page chosen in the open dialog: the folder a browser saves beside the page
// ("article_files", "article-Dateien", "article_fichiers"), read only for pictures directly inside it,
// never through a link and never past the limits, so choosing a page brings what it showed.

import * as nodeFiles from 'node:fs/promises';
import path from 'node:path';
import { pictureMimeType } from '../../shared/ingest/readers/saved-page';
import { MAX_SAVED_PAGE_FOLDER_BYTES, MAX_SAVED_PAGE_PICTURES } from '../../shared/ipc';

/** The suffixes browsers give the folder, in the languages of the desk. */
const FOLDER_SUFFIXES = ['_files', '-Dateien', '_fichiers', '-files'];

export interface FolderPicture {
  /** "<folder>/<file>", as the page's references name it. */
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** The pictures saved with an .html page, or none when it has no such folder. */
export async function readSavedPageFolder(page: string): Promise<FolderPicture[]> {
  if (!/\.html?$/i.test(page)) return [];
  const stem = path.basename(page).replace(/\.html?$/i, '');
  const parent = path.dirname(page);
  for (const suffix of FOLDER_SUFFIXES) {
    const folderName = `${stem}${suffix}`;
    const folder = path.join(parent, folderName);
    const info = await nodeFiles.lstat(folder).catch(() => null);
    if (!info?.isDirectory()) continue;
    const pictures: FolderPicture[] = [];
    let total = 0;
    for (const entry of await nodeFiles.readdir(folder, { withFileTypes: true })) {
      // Only plain files: a link could lead anywhere on the machine.
      if (!entry.isFile() || !pictureMimeType(entry.name)) continue;
      const file = path.join(folder, entry.name);
      const { size } = await nodeFiles.lstat(file);
      if (pictures.length >= MAX_SAVED_PAGE_PICTURES || total + size > MAX_SAVED_PAGE_FOLDER_BYTES) break;
      total += size;
      pictures.push({
        name: `${folderName}/${entry.name}`,
        bytes: new Uint8Array(await nodeFiles.readFile(file)),
      });
    }
    return pictures;
  }
  return [];
}
