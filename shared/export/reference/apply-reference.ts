// Dresses an exported document in an office's reference document, on the package's parts before they are
// zipped: the reference's styles replace ours where it has them (by the ids Word knows, so nothing is mapped
// by hand), its theme replaces ours, and its header and footer content sits inside our marking lines, which
// stay first in every header and last in every footer. The page setup is applied earlier (briefing-document).

import { STYLE } from '../style-ids';
import { IMAGE_CONTENT_TYPES } from './pack-reference';
import type { OfficeReference, ReferenceFurniture } from './read-reference';
import { attribute, escapeAttribute, findElement, findElements, namespaceDeclarations } from './xml-text';

type PartData = string | ArrayBuffer | ArrayBufferView;

/**
 * Word's built-in styles our content uses or an office restyles: taken from the reference when it has them.
 * Our own styles (cover, banners, table text…) stay ours, so the marking keeps its look whatever the office's.
 */
export const REFERENCE_STYLE_IDS = [
  'Normal',
  'Title',
  'Subtitle',
  'Heading1',
  'Heading2',
  'Heading3',
  'Quote',
  'IntenseQuote',
  'ListParagraph',
  'ListBullet',
  'ListNumber',
  'Caption',
  'FootnoteText',
  'FootnoteReference',
  'Hyperlink',
  'TableGrid',
  'TOCHeading',
  'TOC1',
  'TOC2',
  'TOC3',
  'Header',
  'Footer',
] as const;

/** Ours whatever the reference says: the marking and our page furniture must look as the scheme wants. */
const OUR_OWN_STYLE_IDS = new Set<string>([
  STYLE.markingBanner,
  STYLE.pageLine,
  STYLE.coverTitle,
  STYLE.coverSubtitle,
  STYLE.coverDetail,
  STYLE.contentsHeading,
  STYLE.annexNote,
  STYLE.tableText,
  STYLE.tableHeading,
  STYLE.figure,
  STYLE.blockQuote,
]);

const decoder = new TextDecoder();
const textOf = (data: PartData | undefined): string | undefined => {
  if (data === undefined) return undefined;
  if (typeof data === 'string') return data;
  return decoder.decode(ArrayBuffer.isView(data) ? data : new Uint8Array(data));
};

interface StyleEntry {
  readonly id: string;
  readonly xml: string;
}

function stylesOf(xml: string): StyleEntry[] {
  return findElements(xml, 'w:style').map(({ openTag, xml: text }) => ({
    id: attribute(openTag, 'w:styleId') ?? '',
    xml: text,
  }));
}

/** Styles a piece of WordprocessingML refers to (pStyle, rStyle, tblStyle). */
function referencedStyleIds(xml: string): string[] {
  return [...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle)\s+w:val="([^"]*)"/g)].map(
    (match) => match[1] as string,
  );
}

/** Where `w:numPr` goes in a paragraph's properties: before the first of these (ECMA-376 CT_PPrBase order). */
const AFTER_NUMPR =
  /<w:(suppressLineNumbers|pBdr|shd|tabs|suppressAutoHyphens|kinsoku|wordWrap|overflowPunct|topLinePunct|autoSpaceDE|autoSpaceDN|bidi|adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)[\s/>]/;

/**
 * A reference style made ready for our document: its numbering (a numbering part we do not carry) goes, and a
 * heading gets ours when the template numbers headings; Normal stays the default paragraph style.
 */
function adoptStyle(style: StyleEntry, ours: ReadonlyMap<string, StyleEntry>): string {
  let xml = style.xml;
  for (const numPr of findElements(xml, 'w:numPr').reverse()) {
    xml = xml.slice(0, numPr.start) + xml.slice(numPr.end);
  }
  const ourNumbering = /^Heading[1-3]$/.test(style.id)
    ? findElement(ours.get(style.id)?.xml ?? '', 'w:numPr')?.xml
    : undefined;
  if (ourNumbering) {
    const pPr = findElement(xml, 'w:pPr');
    if (pPr && !pPr.xml.endsWith('/>')) {
      const at = pPr.inner.search(AFTER_NUMPR);
      const inner =
        at === -1 ? pPr.inner + ourNumbering : pPr.inner.slice(0, at) + ourNumbering + pPr.inner.slice(at);
      xml = `${xml.slice(0, pPr.start)}${pPr.openTag}${inner}</w:pPr>${xml.slice(pPr.end)}`;
    } else {
      const pPrXml = `<w:pPr>${ourNumbering}</w:pPr>`;
      const before = xml.search(/<w:rPr[\s>]|<w:tblPr[\s>]|<\/w:style>/);
      xml = pPr
        ? xml.slice(0, pPr.start) + pPrXml + xml.slice(pPr.end)
        : xml.slice(0, before) + pPrXml + xml.slice(before);
    }
  }
  if (style.id === 'Normal' && !/\sw:default=/.test(xml.slice(0, xml.indexOf('>')))) {
    xml = xml.replace(/^<w:style/, '<w:style w:default="1"');
  }
  return xml;
}

/** Our styles.xml with the reference's styles in place of ours where it has them, and its defaults. */
export function mergeReferenceStyles(oursXml: string, reference: OfficeReference): string {
  const referenceXml = reference.styles;
  const ourRoot = findElement(oursXml, 'w:styles');
  const theirRoot = referenceXml ? findElement(referenceXml, 'w:styles') : undefined;
  if (!ourRoot || !theirRoot) return oursXml;
  const ours = stylesOf(ourRoot.inner);
  const theirs = new Map(stylesOf(theirRoot.inner).map((style) => [style.id, style]));
  const oursById = new Map(ours.map((style) => [style.id, style]));

  // What the office's header and footer use comes too, then everything those are based on.
  const wanted = [
    ...REFERENCE_STYLE_IDS,
    ...referencedStyleIds(`${reference.header?.body ?? ''}${reference.footer?.body ?? ''}`),
  ];
  const taken = new Set<string>();
  for (let id = wanted.pop(); id !== undefined; id = wanted.pop()) {
    const style = theirs.get(id);
    if (!style || taken.has(id) || OUR_OWN_STYLE_IDS.has(id)) continue;
    taken.add(id);
    for (const link of ['w:basedOn', 'w:next', 'w:link']) {
      const element = findElement(style.xml, link);
      const target = element ? attribute(element.openTag, 'w:val') : undefined;
      if (target) wanted.push(target);
    }
  }
  if (taken.size === 0 && !findElement(theirRoot.inner, 'w:docDefaults')) return oursXml;

  const styles = ours
    .filter((style) => !taken.has(style.id))
    .map((style) =>
      // Our quote takes the office's Quote look when it has one, keeping its own id for the quote renderer.
      style.id === STYLE.blockQuote && taken.has('Quote')
        ? `<w:style w:type="paragraph" w:styleId="${STYLE.blockQuote}"><w:name w:val="Block Quote"/><w:basedOn w:val="Quote"/><w:next w:val="Normal"/><w:qFormat/></w:style>`
        : style.xml,
    );
  for (const id of taken) styles.push(adoptStyle(theirs.get(id) as StyleEntry, oursById));

  const defaults =
    findElement(theirRoot.inner, 'w:docDefaults') ?? findElement(ourRoot.inner, 'w:docDefaults');
  const latent = findElement(ourRoot.inner, 'w:latentStyles');
  const rootTag = withNamespaces(ourRoot.openTag, theirRoot.openTag);
  const head = oursXml.slice(0, ourRoot.start);
  return `${head}${rootTag}${defaults?.xml ?? ''}${latent?.xml ?? ''}${styles.join('')}</w:styles>${oursXml.slice(ourRoot.end)}`;
}

/**
 * Our root tag with the namespace declarations of theirs that ours lacks, and their ignorable prefixes, so
 * the office's content keeps meaning what it meant.
 */
function withNamespaces(ourTag: string, theirTag: string): string {
  const ours = namespaceDeclarations(ourTag);
  const theirs = namespaceDeclarations(theirTag);
  let added = '';
  for (const [prefix, uri] of theirs) {
    if (!ours.has(prefix)) {
      added += ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
      ours.set(prefix, uri);
    }
  }
  let tag = ourTag.replace(/\s*(\/?>)$/, `${added}$1`);
  const theirIgnorable = (attribute(theirTag, 'mc:Ignorable') ?? '').split(/\s+/).filter(Boolean);
  if (theirIgnorable.length > 0 && ours.has('mc')) {
    const ourIgnorable = (attribute(tag, 'mc:Ignorable') ?? '').split(/\s+/).filter(Boolean);
    const all = [...new Set([...ourIgnorable, ...theirIgnorable])].filter((prefix) => ours.has(prefix));
    tag = /\smc:Ignorable=/.test(tag)
      ? tag.replace(/\smc:Ignorable="[^"]*"/, ` mc:Ignorable="${all.join(' ')}"`)
      : tag.replace(/\s*(\/?>)$/, ` mc:Ignorable="${all.join(' ')}"$1`);
  }
  return tag;
}

/** 90000 + 100 per header or footer: far above the ids docx gives the briefing's own pictures. */
function officeDrawingId(part: string, index: number): number {
  const number = Number(part.match(/(\d+)\.xml$/)?.[1] ?? 0);
  return 90_000 + (part.includes('footer') ? 50_000 : 0) + number * 100 + index;
}

const isBanner = (paragraph: string) =>
  new RegExp(`<w:pStyle w:val="${STYLE.markingBanner}"`).test(paragraph);

/**
 * One of our headers or footers with the office's content added inside the marking: after the last banner
 * paragraph at the top of a header, before the first one at the bottom of a footer.
 */
function dressFurniture(
  parts: Map<string, PartData>,
  part: string,
  furniture: ReferenceFurniture,
  kind: 'header' | 'footer',
): void {
  const xml = textOf(parts.get(part));
  const rootName = kind === 'header' ? 'w:hdr' : 'w:ftr';
  const root = xml ? findElement(xml, rootName) : undefined;
  if (!xml || !root) return;
  // Fresh relationship ids for the office's pictures, apart from any docx gave this part.
  const fileStem = part.replace(/^word\//, '').replace(/\.xml$/, '');
  const renamed = new Map<string, string>();
  const newRels: string[] = [];
  furniture.images.forEach((image, index) => {
    const id = `rIdOffice${index + 1}`;
    renamed.set(image.id, id);
    const target = `media/office-${fileStem}-${index + 1}.${IMAGE_CONTENT_TYPES[image.format].extension}`;
    parts.set(`word/${target}`, image.bytes);
    newRels.push(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`,
    );
  });
  let drawing = 0;
  const body = furniture.body
    .replace(/\s(r:[A-Za-z]+)\s*=\s*"([^"]*)"/g, (whole, name: string, value: string) => {
      const id = renamed.get(value);
      return id ? ` ${name}="${id}"` : whole;
    })
    // Drawing ids must be unique in the document; the office's start where ours never reach.
    .replace(/<wp:docPr(\s[^>]*?)\sid="\d+"/g, (_whole, before: string) => {
      drawing += 1;
      return `<wp:docPr${before} id="${officeDrawingId(part, drawing)}"`;
    })
    .replace(/<wp:docPr\s+id="\d+"/g, () => {
      drawing += 1;
      return `<wp:docPr id="${officeDrawingId(part, drawing)}"`;
    });

  const paragraphs = findElements(root.inner, 'w:p');
  const banners = paragraphs.filter((paragraph) => isBanner(paragraph.xml));
  const innerStart = root.start + root.openTag.length;
  let at: number;
  if (kind === 'header') {
    const last = banners[banners.length - 1];
    at = last ? innerStart + last.end : innerStart;
  } else {
    const first = banners[0];
    at = first ? innerStart + first.start : root.end - `</${rootName}>`.length;
  }
  const rootTag = withNamespaces(root.openTag, furniture.rootTag);
  parts.set(part, xml.slice(0, root.start) + rootTag + xml.slice(innerStart, at) + body + xml.slice(at));

  if (newRels.length > 0) {
    const relsPart = `word/_rels/${part.replace(/^word\//, '')}.rels`;
    const rels =
      textOf(parts.get(relsPart)) ??
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    const merged = rels.includes('</Relationships>')
      ? rels.replace('</Relationships>', `${newRels.join('')}</Relationships>`)
      : rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${newRels.join('')}</Relationships>`);
    parts.set(relsPart, merged);
  }
}

/** Makes sure the content types name every picture extension the reference brought. */
function ensureImageTypes(parts: Map<string, PartData>, reference: OfficeReference): void {
  const types = textOf(parts.get('[Content_Types].xml'));
  if (!types) return;
  let patched = types;
  for (const image of [...(reference.header?.images ?? []), ...(reference.footer?.images ?? [])]) {
    const { extension, contentType } = IMAGE_CONTENT_TYPES[image.format];
    if (!new RegExp(`Extension="${extension}"`, 'i').test(patched)) {
      patched = patched.replace(
        '</Types>',
        `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`,
      );
    }
  }
  parts.set('[Content_Types].xml', patched);
}

/** Dresses the compiled parts of an export in the reference document. */
export function applyOfficeReference(parts: Map<string, PartData>, reference: OfficeReference): void {
  const styles = textOf(parts.get('word/styles.xml'));
  if (styles && reference.styles) parts.set('word/styles.xml', mergeReferenceStyles(styles, reference));
  if (reference.theme && parts.has('word/theme/theme1.xml'))
    parts.set('word/theme/theme1.xml', reference.theme);
  for (const name of [...parts.keys()]) {
    if (reference.header && /^word\/header\d+\.xml$/.test(name))
      dressFurniture(parts, name, reference.header, 'header');
    if (reference.footer && /^word\/footer\d+\.xml$/.test(name))
      dressFurniture(parts, name, reference.footer, 'footer');
  }
  ensureImageTypes(parts, reference);
}
