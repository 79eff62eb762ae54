// Writes a checked reference document back as a small, clean Word template holding only what the export
// uses (styles, theme, page setup, header and footer with their pictures). This is what the app stores and
// a dossier package carries: read again with readOfficeReference, it gives the same reference, no notices.

import { zipSync } from 'fflate';
import type { ImageFormat } from '../image/image-file';
import type { OfficeReference, ReferenceFurniture } from './read-reference';
import { escapeAttribute } from './xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export const IMAGE_CONTENT_TYPES: Record<ImageFormat, { extension: string; contentType: string }> = {
  png: { extension: 'png', contentType: 'image/png' },
  jpg: { extension: 'jpeg', contentType: 'image/jpeg' },
  gif: { extension: 'gif', contentType: 'image/gif' },
  bmp: { extension: 'bmp', contentType: 'image/bmp' },
};

const utf8 = new TextEncoder();

function relationships(items: readonly { id: string; type: string; target: string }[]): string {
  const rels = items
    .map(
      ({ id, type, target }) =>
        `<Relationship Id="${escapeAttribute(id)}" Type="${R}/${type}" Target="${escapeAttribute(target)}"/>`,
    )
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">${rels}</Relationships>`;
}

function furnitureParts(
  files: Record<string, Uint8Array>,
  furniture: ReferenceFurniture,
  part: 'header1' | 'footer1',
  root: 'w:hdr' | 'w:ftr',
) {
  files[`word/${part}.xml`] = utf8.encode(`${XML_HEAD}${furniture.rootTag}${furniture.body}</${root}>`);
  const rels = furniture.images.map((image, index) => {
    const target = `media/${part}-image${index + 1}.${IMAGE_CONTENT_TYPES[image.format].extension}`;
    files[`word/${target}`] = image.bytes;
    return { id: image.id, type: 'image', target };
  });
  files[`word/_rels/${part}.xml.rels`] = utf8.encode(relationships(rels));
}

/** The reference as a minimal .dotx. */
export function packOfficeReference(reference: OfficeReference): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {};
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.template.main+xml"/>`,
  ];
  const documentRels: { id: string; type: string; target: string }[] = [];
  let sectionRefs = '';
  if (reference.styles) {
    files['word/styles.xml'] = utf8.encode(reference.styles);
    overrides.push(`<Override PartName="/word/styles.xml" ContentType="${CT}.wordprocessingml.styles+xml"/>`);
    documentRels.push({ id: 'rIdStyles', type: 'styles', target: 'styles.xml' });
  }
  if (reference.theme) {
    files['word/theme/theme1.xml'] = utf8.encode(reference.theme);
    overrides.push(`<Override PartName="/word/theme/theme1.xml" ContentType="${CT}.theme+xml"/>`);
    documentRels.push({ id: 'rIdTheme', type: 'theme', target: 'theme/theme1.xml' });
  }
  for (const kind of ['header', 'footer'] as const) {
    const furniture = reference[kind];
    if (!furniture) continue;
    const id = kind === 'header' ? 'rIdHeader' : 'rIdFooter';
    furnitureParts(files, furniture, `${kind}1`, kind === 'header' ? 'w:hdr' : 'w:ftr');
    overrides.push(
      `<Override PartName="/word/${kind}1.xml" ContentType="${CT}.wordprocessingml.${kind}+xml"/>`,
    );
    documentRels.push({ id, type: kind, target: `${kind}1.xml` });
    sectionRefs += `<w:${kind}Reference w:type="default" r:id="${id}"/>`;
  }
  const page = reference.page;
  const pageXml = page
    ? `<w:pgSz w:w="${page.width}" w:h="${page.height}"${page.landscape ? ' w:orient="landscape"' : ''}/>` +
      `<w:pgMar w:top="${page.margin.top}" w:right="${page.margin.right}" w:bottom="${page.margin.bottom}" w:left="${page.margin.left}" w:header="${page.margin.header}" w:footer="${page.margin.footer}" w:gutter="${page.margin.gutter}"/>`
    : '';
  files['word/document.xml'] = utf8.encode(
    `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/><w:sectPr>${sectionRefs}${pageXml}</w:sectPr></w:body></w:document>`,
  );
  files['word/_rels/document.xml.rels'] = utf8.encode(relationships(documentRels));
  const defaults = Object.values(IMAGE_CONTENT_TYPES)
    .map(({ extension, contentType }) => `<Default Extension="${extension}" ContentType="${contentType}"/>`)
    .join('');
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${defaults}${overrides.join('')}</Types>`;
  const ordered: Record<string, Uint8Array> = {
    '[Content_Types].xml': utf8.encode(contentTypes),
    '_rels/.rels': utf8.encode(
      relationships([{ id: 'rIdDocument', type: 'officeDocument', target: 'word/document.xml' }]),
    ),
    ...files,
  };
  // fflate allocates the archive in a fresh ArrayBuffer.
  return zipSync(ordered, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
