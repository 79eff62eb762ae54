// Reads an office's .dotx/.docx as a reference document, trusting nothing in it: the ZIP is checked as a
// dossier package is (sizes, ratio, names), XML with a DOCTYPE is refused, and only what the export uses is
// kept: styles, theme, page setup, and the default header and footer with their pictures. Macros, embedded
// objects and external relationships are never kept, and the user is told they were left out.

// The ZIP reader is the package's own (not re-exported by shared/package, whose index is the package API).
import { concatBytes, randomAccessFromBytes } from '../../package/bytes';
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from '../../package/limits';
import { PackageError } from '../../package/package-error';
import { type InflateBudget, readZipDirectory, readZipEntry, type ZipEntry } from '../../package/zip-reader';
import { type ImageFormat, readImageFile } from '../image/image-file';
import {
  ADVICE_SAVE_AGAIN,
  ReferenceDocumentError,
  type ReferenceErrorCode,
  type ReferenceNotice,
} from './reference-error';
import { attribute, findElement, findElements } from './xml-text';

/** Page size and margins in twips, as Word's `w:pgSz` and `w:pgMar` hold them. */
export interface ReferencePage {
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
    readonly header: number;
    readonly footer: number;
    readonly gutter: number;
  };
}

export interface ReferenceImage {
  /** The relationship id the header or footer refers to it by. */
  readonly id: string;
  readonly format: ImageFormat;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A header or footer of the reference: its root tag (for the namespaces), its content, its pictures. */
export interface ReferenceFurniture {
  readonly rootTag: string;
  readonly body: string;
  readonly images: readonly ReferenceImage[];
}

export interface OfficeReference {
  /** The reference's styles.xml, checked; merged into ours by id when exporting. */
  readonly styles?: string;
  readonly theme?: string;
  readonly page?: ReferencePage;
  readonly header?: ReferenceFurniture;
  readonly footer?: ReferenceFurniture;
  /** What was left out, to tell the user. */
  readonly notices: readonly ReferenceNotice[];
}

const MiB = 1024 * 1024;

/** What a reference document may be: a house template is a few hundred kilobytes, a logo far less. */
export const REFERENCE_LIMITS = Object.freeze({
  maxFileBytes: 20 * MiB,
  zip: Object.freeze<PackageLimits>({
    ...DEFAULT_PACKAGE_LIMITS,
    maxEntries: 2_000,
    maxTotalUncompressedBytes: 100 * MiB,
    ratioGraceBytes: MiB,
  }),
  /** One XML part we read (styles, theme, document, header): far beyond any real template's. */
  maxXmlBytes: 16 * MiB,
  maxImageBytes: 5 * MiB,
  /** Pixels on the longer side of a header or footer picture. */
  maxImageSide: 5_000,
});

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  styles: `${REL}/styles`,
  theme: `${REL}/theme`,
  header: `${REL}/header`,
  footer: `${REL}/footer`,
  image: `${REL}/image`,
} as const;

const WORD_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
]);
const MACRO_MAIN_TYPES = new Set([
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);
/** Parts that hold programs: VBA projects, ActiveX controls, embedded OLE objects. */
const ACTIVE_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)(activeX|embeddings)\//i;
/** Field codes that fetch or run something outside the document. */
const REACHING_FIELD = /\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|HYPERLINK)\b/i;

function refusal(code: ReferenceErrorCode, what: string, advice = ADVICE_SAVE_AGAIN) {
  return new ReferenceDocumentError(code, `This Word file cannot be used as a template: ${what}. ${advice}`);
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function readRelationships(xml: string): Relationship[] {
  return findElements(xml, 'Relationship').map(({ openTag }) => ({
    id: attribute(openTag, 'Id') ?? '',
    type: attribute(openTag, 'Type') ?? '',
    target: attribute(openTag, 'Target') ?? '',
    external: (attribute(openTag, 'TargetMode') ?? '').toLowerCase() === 'external',
  }));
}

/** A relationship's target as a part name, relative to the part that names it; undefined if it leaves the ZIP. */
function resolvePart(from: string, target: string): string | undefined {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  const parts = [...base];
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** The archive's entries, read on demand within one inflate budget; every refusal becomes ours. */
class ReferenceArchive {
  private readonly budget: InflateBudget = { inflated: 0 };
  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(bytes: Uint8Array): Promise<ReferenceArchive> {
    const entries = await translateZipErrors(bytes, () =>
      readZipDirectory(randomAccessFromBytes(bytes), REFERENCE_LIMITS.zip),
    );
    return new ReferenceArchive(bytes, new Map(entries.map((entry) => [entry.name, entry])));
  }

  async read(name: string, maxBytes: number): Promise<Uint8Array | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.uncompressedSize > maxBytes) return undefined;
    return translateZipErrors(this.bytes, async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of readZipEntry(
        randomAccessFromBytes(this.bytes),
        entry,
        REFERENCE_LIMITS.zip,
        this.budget,
      )) {
        chunks.push(chunk);
      }
      return concatBytes(chunks);
    });
  }

  async readXml(name: string): Promise<string | undefined> {
    const bytes = await this.read(name, REFERENCE_LIMITS.maxXmlBytes);
    if (!bytes) {
      if (this.entries.has(name)) throw refusal('REFERENCE_TOO_LARGE', `its part ${name} is too large`);
      return undefined;
    }
    let xml: string;
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      throw new ReferenceDocumentError(
        'REFERENCE_DAMAGED',
        `This Word file cannot be used as a template: its part ${name} is not UTF-8 text. ${ADVICE_SAVE_AGAIN}`,
        error,
      );
    }
    // Word never writes a DOCTYPE; one here is there to make an XML reader expand or fetch entities.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
      throw refusal(
        'REFERENCE_XML_UNSAFE',
        `its part ${name} declares a DOCTYPE or entities, which Word never writes`,
      );
    }
    return xml;
  }
}

async function translateZipErrors<T>(bytes: Uint8Array, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    if (error.code.startsWith('ZIP_BOMB')) {
      throw new ReferenceDocumentError(
        'REFERENCE_ZIP_BOMB',
        'This Word file cannot be used as a template: its contents inflate far beyond what a template holds, as "zip bombs" do. Nothing was stored. Ask the sender for the office template again.',
        error,
      );
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw refusal('REFERENCE_NOT_WORD', 'it is not a Word document or template (.dotx or .docx)');
    }
    throw new ReferenceDocumentError(
      'REFERENCE_DAMAGED',
      `This Word file cannot be used as a template: it is damaged (${error.message}). ${ADVICE_SAVE_AGAIN}`,
      error,
    );
  }
}

function twips(tag: string | undefined, name: string): number | undefined {
  const value = tag ? attribute(tag, name) : undefined;
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Number(value);
}

/** The page setup of the document's last section: the one its body ends with. */
function readPage(sectPr: string | undefined): ReferencePage | undefined {
  if (!sectPr) return undefined;
  const size = findElement(sectPr, 'w:pgSz')?.openTag;
  const margin = findElement(sectPr, 'w:pgMar')?.openTag;
  const width = twips(size, 'w:w');
  const height = twips(size, 'w:h');
  // A page between 5 cm and 1.5 m a side: anything else is not a page a briefing is printed on.
  const plausible = (value: number | undefined): value is number =>
    value !== undefined && value >= 2_835 && value <= 85_000;
  if (!plausible(width) || !plausible(height)) return undefined;
  const length = (name: string, fallback: number) => {
    const value = twips(margin, name);
    return value === undefined || Math.abs(value) > Math.min(width, height) / 2 ? fallback : Math.abs(value);
  };
  return {
    width,
    height,
    landscape: size ? attribute(size, 'w:orient') === 'landscape' : false,
    margin: {
      top: length('w:top', 1417),
      right: length('w:right', 1417),
      bottom: length('w:bottom', 1417),
      left: length('w:left', 1417),
      header: length('w:header', 567),
      footer: length('w:footer', 567),
      gutter: length('w:gutter', 0),
    },
  };
}

/** Removes from a header's or footer's content what reaches outside it or runs something. */
function cleanFurnitureBody(body: string, keptIds: ReadonlySet<string>): { body: string; reached: boolean } {
  let reached = false;
  let cleaned = body;
  // Embedded objects, controls and pulled-in documents: never kept.
  for (const name of ['w:object', 'w:control', 'w:altChunk', 'w:subDoc']) {
    for (const element of findElements(cleaned, name).reverse()) {
      cleaned = cleaned.slice(0, element.start) + cleaned.slice(element.end);
    }
  }
  // Fields that fetch a picture or text from elsewhere: the field's code is emptied, its shown text stays.
  for (const element of findElements(cleaned, 'w:instrText').reverse()) {
    if (REACHING_FIELD.test(element.inner)) {
      reached = true;
      cleaned = `${cleaned.slice(0, element.start)}<w:instrText></w:instrText>${cleaned.slice(element.end)}`;
    }
  }
  for (const element of findElements(cleaned, 'w:fldSimple').reverse()) {
    if (REACHING_FIELD.test(attribute(element.openTag, 'w:instr') ?? '')) {
      reached = true;
      cleaned = cleaned.slice(0, element.start) + element.inner + cleaned.slice(element.end);
    }
  }
  // References to relationships we did not keep (links, linked pictures): the attribute goes.
  cleaned = cleaned.replace(/\sr:([A-Za-z]+)\s*=\s*("([^"]*)"|'([^']*)')/g, (whole, _name, _q, a, b) => {
    if (keptIds.has(a ?? b ?? '')) return whole;
    reached = true;
    return '';
  });
  return { body: cleaned, reached };
}

async function readFurniture(
  archive: ReferenceArchive,
  part: string,
  rootName: 'w:hdr' | 'w:ftr',
  notices: Set<ReferenceNotice['code']>,
): Promise<ReferenceFurniture | undefined> {
  const xml = await archive.readXml(part);
  const root = xml ? findElement(xml, rootName) : undefined;
  if (!root) return undefined;
  const relationships = readRelationships((await archive.readXml(relsPathOf(part))) ?? '');
  const images: ReferenceImage[] = [];
  for (const relationship of relationships) {
    if (relationship.external) continue;
    if (relationship.type !== REL_TYPE.image) continue;
    const target = resolvePart(part, relationship.target);
    const entry = target ? archive.entries.get(target) : undefined;
    if (!target || !entry) continue;
    if (entry.uncompressedSize > REFERENCE_LIMITS.maxImageBytes) {
      throw refusal(
        'REFERENCE_IMAGE_TOO_LARGE',
        `the picture ${target} is ${Math.round(entry.uncompressedSize / MiB)} MB, more than the ${REFERENCE_LIMITS.maxImageBytes / MiB} MB a logo may be`,
        'Make the logo smaller (a few hundred pixels wide is plenty), save the template again and add it.',
      );
    }
    const bytes = (await archive.read(target, REFERENCE_LIMITS.maxImageBytes)) as Uint8Array;
    const file = readImageFile(bytes);
    if (!file) {
      notices.add('IMAGE_LEFT_OUT');
      continue;
    }
    if (Math.max(file.width, file.height) > REFERENCE_LIMITS.maxImageSide) {
      throw refusal(
        'REFERENCE_IMAGE_TOO_LARGE',
        `the picture ${target} is ${file.width} × ${file.height} pixels, more than the ${REFERENCE_LIMITS.maxImageSide} a side a logo may be`,
        'Make the logo smaller (a few hundred pixels wide is plenty), save the template again and add it.',
      );
    }
    images.push({ id: relationship.id, format: file.format, bytes, width: file.width, height: file.height });
  }
  const { body, reached } = cleanFurnitureBody(root.inner, new Set(images.map((image) => image.id)));
  if (reached) notices.add('EXTERNAL_LINKS_REMOVED');
  return { rootTag: root.openTag, body, images };
}

const NOTICE_MESSAGES: Record<ReferenceNotice['code'], string> = {
  MACROS_REMOVED:
    'The file held macros or embedded programs; they were left out, and only its styles, page setup, header and footer are used.',
  EXTERNAL_LINKS_REMOVED:
    'The file pointed to things outside it (linked pictures, remote templates or fields); those links were left out.',
  IMAGE_LEFT_OUT:
    'A picture in its header or footer is in a format Word export cannot carry (only PNG, JPEG, GIF and BMP); it was left out.',
};

/**
 * Reads and checks a reference document. Throws ReferenceDocumentError when the file cannot be used; what is
 * only left out is listed in `notices`.
 */
export async function readOfficeReference(bytes: Uint8Array): Promise<OfficeReference> {
  if (bytes.length > REFERENCE_LIMITS.maxFileBytes) {
    throw refusal(
      'REFERENCE_TOO_LARGE',
      `it is ${Math.round(bytes.length / MiB)} MB, more than the ${REFERENCE_LIMITS.maxFileBytes / MiB} MB a template may be`,
      'Remove large pictures from the template, save it again and add it.',
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw refusal('REFERENCE_NOT_WORD', 'it is not a Word document or template (.dotx or .docx)');
  }
  const archive = await ReferenceArchive.open(bytes);
  const notices = new Set<ReferenceNotice['code']>();

  const contentTypes = await archive.readXml('[Content_Types].xml');
  const rootRels = readRelationships((await archive.readXml('_rels/.rels')) ?? '');
  const main = resolvePart('', rootRels.find((rel) => rel.type === REL_TYPE.officeDocument)?.target ?? '');
  if (!contentTypes || !main || !archive.entries.has(main)) {
    throw refusal('REFERENCE_NOT_WORD', 'it is not a Word document or template (.dotx or .docx)');
  }
  const override = findElements(contentTypes, 'Override').find(
    ({ openTag }) => attribute(openTag, 'PartName') === `/${main}`,
  );
  const mainType = override ? (attribute(override.openTag, 'ContentType') ?? '') : '';
  if (MACRO_MAIN_TYPES.has(mainType)) notices.add('MACROS_REMOVED');
  else if (!WORD_MAIN_TYPES.has(mainType)) {
    throw refusal('REFERENCE_NOT_WORD', 'it is not a Word document or template (.dotx or .docx)');
  }
  for (const name of archive.entries.keys()) {
    if (ACTIVE_PART.test(name)) notices.add('MACROS_REMOVED');
    if (name.endsWith('.rels')) {
      const rels = readRelationships((await archive.readXml(name)) ?? '');
      if (rels.some((rel) => rel.external)) notices.add('EXTERNAL_LINKS_REMOVED');
    }
  }

  const documentXml = (await archive.readXml(main)) ?? '';
  const documentRels = readRelationships((await archive.readXml(relsPathOf(main))) ?? '');
  const partOf = (type: string, id?: string) => {
    const rel = documentRels.find((r) => r.type === type && !r.external && (id === undefined || r.id === id));
    return rel ? resolvePart(main, rel.target) : undefined;
  };
  const body = findElement(documentXml, 'w:body');
  const sections = body ? findElements(body.inner, 'w:sectPr') : [];
  const lastSection = sections[sections.length - 1]?.xml;
  const furniturePart = (kind: 'header' | 'footer') => {
    const refs = lastSection ? findElements(lastSection, `w:${kind}Reference`) : [];
    const chosen = refs.find(({ openTag }) => attribute(openTag, 'w:type') === 'default') ?? refs[0];
    const id = chosen ? attribute(chosen.openTag, 'r:id') : undefined;
    return id ? partOf(REL_TYPE[kind], id) : undefined;
  };

  const stylesPart = partOf(REL_TYPE.styles);
  const themePart = partOf(REL_TYPE.theme);
  const headerPart = furniturePart('header');
  const footerPart = furniturePart('footer');
  const styles = stylesPart ? await archive.readXml(stylesPart) : undefined;
  const theme = themePart ? await archive.readXml(themePart) : undefined;
  return {
    styles: styles && findElement(styles, 'w:styles') ? styles : undefined,
    theme: theme && /<a:theme[\s>]/.test(theme) ? theme : undefined,
    page: readPage(lastSection),
    header: headerPart ? await readFurniture(archive, headerPart, 'w:hdr', notices) : undefined,
    footer: footerPart ? await readFurniture(archive, footerPart, 'w:ftr', notices) : undefined,
    notices: [...notices].map((code) => ({ code, message: NOTICE_MESSAGES[code] })),
  };
}
