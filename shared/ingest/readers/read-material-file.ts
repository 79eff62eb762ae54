// A dropped or picked file as material: refused when too large or empty, then sent to the reader its
// extension names, which checks the bytes really are of that type.

import { IngestError, MAX_MATERIAL_BYTES, materialTooLarge } from '../ingest-error';
import type { Material } from '../material';
import { throwIfCancelled } from './cancel';
import { materialFromDocx } from './docx-reader';
import { describeFileBytes, fileExtension, MATERIAL_FILE_TYPES_TEXT, materialFileType } from './file-type';
import { materialFromHtml } from './html-material';
import type { IngestLibraries } from './libraries';
import { looksLikeMarkdown } from './pasted-text';
import { materialFromPdf } from './pdf-reader';
import {
  archivePictures,
  folderPictures,
  mhtmlPage,
  type PageFolder,
  type PagePictures,
  pictureReferences,
} from './saved-page';
import { decodeTextFile } from './text-file';

export interface MaterialFile {
  /** The file's name as the user knows it; a path is cut to its last part. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1) || 'The file';
}

function unsupported(name: string, bytes: Uint8Array): IngestError {
  const extension = fileExtension(name);
  const looksLike = describeFileBytes(bytes);
  const what = extension
    ? `${name} is a ${extension} file, which Dossier Desk does not read`
    : `${name} has no extension to tell its type`;
  const advice = extension === '.doc' ? ' Open it in Word and save it as a Word Document (.docx).' : '';
  const bytesSay = !extension && looksLike ? ` (its bytes look like ${looksLike})` : '';
  return new IngestError(
    'UNSUPPORTED_TYPE',
    `${what}${bytesSay}. It reads ${MATERIAL_FILE_TYPES_TEXT} files.${advice || ' Save it as one of those, or paste its text.'}`,
  );
}

function textOf(name: string, bytes: Uint8Array, html = false): string {
  const text = decodeTextFile(name, bytes, { html });
  if (!text.trim())
    throw new IngestError('EMPTY', `${name} holds only blank space: there is nothing to add.`);
  return text;
}

/** Reads a file into material, or throws an IngestError saying what is wrong with it and what to do. */
export async function readMaterialFile(
  file: MaterialFile,
  libs: IngestLibraries,
  signal?: AbortSignal,
): Promise<Material> {
  return (await readMaterialFileAndPictures(file, libs, { signal })).material;
}

export interface MaterialFileRead {
  readonly material: Material;
  /** A saved web page's pictures (.html, .mhtml): where each was found, or why not. */
  readonly pictures?: PagePictures;
}

export interface MaterialFileOptions {
  readonly signal?: AbortSignal;
  /** Where an .html page's relative pictures are looked up: its `_files` folder. */
  readonly folder?: PageFolder;
}

/** As readMaterialFile, and a saved page's pictures, from its folder or its archive, never the web. */
export async function readMaterialFileAndPictures(
  file: MaterialFile,
  libs: IngestLibraries,
  options: MaterialFileOptions = {},
): Promise<MaterialFileRead> {
  const { signal } = options;
  const name = baseName(file.name);
  const { bytes } = file;
  if (bytes.byteLength > MAX_MATERIAL_BYTES) throw materialTooLarge(name, bytes.byteLength);
  throwIfCancelled(signal);
  if (bytes.byteLength === 0) throw new IngestError('EMPTY', `${name} is empty: there is nothing to add.`);
  const type = materialFileType(name);
  switch (type) {
    case 'text': {
      const text = textOf(name, bytes);
      return { material: { kind: looksLikeMarkdown(text) ? 'markdown' : 'text', text, name } };
    }
    case 'markdown':
      return { material: { kind: 'markdown', text: textOf(name, bytes), name } };
    case 'html': {
      const html = textOf(name, bytes, true);
      // The page is parsed once: its picture references are read before the clean-up takes anything out.
      let references: string[] = [];
      const material = materialFromHtml(html, libs, {
        name,
        onParsed: (doc) => {
          references = pictureReferences(doc);
        },
      });
      const noFolder: PageFolder = async () => undefined;
      return { material, pictures: await folderPictures(references, options.folder ?? noFolder) };
    }
    case 'mhtml': {
      const page = mhtmlPage(name, bytes);
      let references: string[] = [];
      const material = materialFromHtml(page.html, libs, {
        name,
        ...(page.url ? { url: page.url } : {}),
        onParsed: (doc) => {
          references = pictureReferences(doc);
        },
      });
      return { material, pictures: archivePictures(references, page.archive) };
    }
    case 'docx':
      return { material: await materialFromDocx({ name, bytes }, libs, signal) };
    case 'pdf':
      return { material: await materialFromPdf({ name, bytes }, libs, signal) };
    default:
      throw unsupported(name, bytes);
  }
}
