// The pictures of a saved web page, found where the browser saved them and nowhere else: the `_files`
// folder beside an .html page (files given with it), or the parts of an .mhtml archive. Nothing is ever
// fetched; references to the web, and those that would climb out of the page's folder, are only counted.

import { IngestError } from '../ingest-error';
import type { HtmlDocumentLike } from './dom-like';
import { fileExtension } from './file-type';
import { type MhtmlArchive, type MhtmlPart, mhtmlPageText, readMhtml } from './mhtml';

/** A picture the page shows, with its bytes from the folder or the archive. */
export interface PagePicture {
  /** The reference as the page writes it. */
  readonly reference: string;
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface PagePictures {
  readonly found: readonly PagePicture[];
  /** Relative references with no file given for them. */
  readonly missing: readonly string[];
  /** Pictures on the web (http, https), never fetched. */
  readonly remote: readonly string[];
  /** References that leave the page's folder (`../`): refused, never looked up. */
  readonly refused: readonly string[];
}

/**
 * Looks a picture up by its path relative to the page's folder, segments already normalised (no `.`,
 * `..` or empty ones). Undefined when there is no such file.
 */
export type PageFolder = (segments: readonly string[]) => Promise<PagePicture | undefined>;

const PICTURE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
};

/** A picture's MIME type from its name; undefined for files that are not pictures. */
export function pictureMimeType(name: string): string | undefined {
  return PICTURE_TYPES[fileExtension(name)];
}

/** The picture references of a page, each once, in page order (an img's src, each srcset's first). */
export function pictureReferences(doc: HtmlDocumentLike): string[] {
  const references: string[] = [];
  const elements = Array.from(doc.querySelectorAll('img, picture source, input[type=image]'));
  for (const element of elements) {
    const src = element.getAttribute('src')?.trim();
    if (src) references.push(src);
    const srcset = element.getAttribute('srcset')?.trim();
    const first = srcset?.split(',')[0]?.trim().split(/\s+/)[0];
    if (first) references.push(first);
  }
  return [...new Set(references)].filter((reference) => !/^(data|blob|about|javascript):/i.test(reference));
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A relative reference's path segments, or undefined when it climbs out of the page's folder. */
export function relativeSegments(reference: string): string[] | undefined {
  const path = reference.split(/[?#]/)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  if (decoded.startsWith('/') || decoded.startsWith('\\')) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length ? segments : undefined;
}

/** The pictures of an .html page (its `pictureReferences`), looked up in the folder saved with it. */
export async function folderPictures(
  references: readonly string[],
  folder: PageFolder,
): Promise<PagePictures> {
  const found: PagePicture[] = [];
  const missing: string[] = [];
  const remote: string[] = [];
  const refused: string[] = [];
  for (const reference of references) {
    if (REMOTE.test(reference)) {
      remote.push(reference);
      continue;
    }
    const segments = relativeSegments(reference);
    if (!segments) {
      refused.push(reference);
      continue;
    }
    const picture = await folder(segments);
    if (picture) found.push({ ...picture, reference });
    else missing.push(reference);
  }
  return { found, missing, remote, refused };
}

/**
 * A folder made of the files given with the page (dropped or picked together): a reference finds the
 * file of its path, or, since a drop gives names without folders, the one file of its last segment's name.
 */
export function folderOfFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): PageFolder {
  return async (segments) => {
    const path = segments.join('/');
    const last = segments[segments.length - 1] ?? '';
    const file =
      files.find((candidate) => candidate.name.replace(/\\/g, '/').endsWith(path)) ??
      files.find((candidate) => candidate.name === last);
    if (!file) return undefined;
    const mimeType = pictureMimeType(file.name);
    return mimeType ? { reference: path, name: last, mimeType, bytes: file.bytes } : undefined;
  };
}

function unsafeLocation(name: string, location: string): IngestError {
  return new IngestError(
    'UNSAFE_REFERENCE',
    `${name} is refused: one of its parts claims the location “${location}”, which climbs out of the page (“../”). A browser never saves that; the file was altered. Save the page again, or copy its text and paste it.`,
  );
}

/** Every part's Content-Location must be a URL or a path inside the page; anything else refuses the file. */
export function checkMhtmlLocations(name: string, archive: MhtmlArchive): void {
  for (const part of archive.parts) {
    const location = part.contentLocation;
    if (!location || REMOTE.test(location)) continue;
    if (!relativeSegments(location) || /(^|[/\\])\.\.([/\\]|$)/.test(location)) {
      throw unsafeLocation(name, location);
    }
  }
}

function partUrl(location: string | undefined, base: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

/** The pictures of an .mhtml page (its `pictureReferences`), resolved inside the archive by `cid:` and Content-Location. */
export function archivePictures(references: readonly string[], archive: MhtmlArchive): PagePictures {
  const base = archive.page.contentLocation;
  const byLocation = new Map<string, MhtmlPart>();
  for (const part of archive.parts) {
    const url = partUrl(part.contentLocation, base);
    if (url) byLocation.set(url, part);
    if (part.contentLocation) byLocation.set(part.contentLocation, part);
  }
  const found: PagePicture[] = [];
  const missing: string[] = [];
  const remote: string[] = [];
  for (const reference of references) {
    const part = /^cid:/i.test(reference)
      ? archive.parts.find((candidate) => candidate.contentId === decodeURIComponent(reference.slice(4)))
      : (byLocation.get(reference) ?? byLocation.get(partUrl(reference, base) ?? ''));
    // An external-body part only points at the web: it holds no picture.
    if (part?.contentType.startsWith('image/')) {
      const name = part.contentLocation?.split(/[/?#]/).filter(Boolean).pop() ?? part.contentId ?? 'picture';
      found.push({ reference, name, mimeType: part.contentType, bytes: part.bytes });
    } else if (/^https?:|^\/\//i.test(reference) || part) remote.push(reference);
    else missing.push(reference);
  }
  return { found, missing, remote, refused: [] };
}

/** An .mhtml file's page as HTML text, after the archive has been checked. */
export function mhtmlPage(
  name: string,
  bytes: Uint8Array,
): { html: string; archive: MhtmlArchive; url?: string } {
  const archive = readMhtml(name, bytes);
  checkMhtmlLocations(name, archive);
  const html = mhtmlPageText(name, archive);
  const url = archive.page.contentLocation;
  return { html, archive, ...(url && /^https?:/i.test(url) ? { url } : {}) };
}
