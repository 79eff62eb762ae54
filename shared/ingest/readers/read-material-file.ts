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
  const name = baseName(file.name);
  const { bytes } = file;
  if (bytes.byteLength > MAX_MATERIAL_BYTES) throw materialTooLarge(name, bytes.byteLength);
  throwIfCancelled(signal);
  if (bytes.byteLength === 0) throw new IngestError('EMPTY', `${name} is empty: there is nothing to add.`);
  const type = materialFileType(name);
  switch (type) {
    case 'text': {
      const text = textOf(name, bytes);
      return { kind: looksLikeMarkdown(text) ? 'markdown' : 'text', text, name };
    }
    case 'markdown':
      return { kind: 'markdown', text: textOf(name, bytes), name };
    case 'html':
      return materialFromHtml(textOf(name, bytes, true), libs, { name });
    case 'docx':
      return materialFromDocx({ name, bytes }, libs, signal);
    case 'pdf':
      return materialFromPdf({ name, bytes }, libs, signal);
    default:
      throw unsupported(name, bytes);
  }
}
