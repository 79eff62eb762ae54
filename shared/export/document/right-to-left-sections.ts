// Right-to-left sections for an Arabic briefing: `w:bidi` in every section's properties, so Word puts the
// page's start on the right (columns, page numbers, gutter). docx has no option for it, so it goes into the
// written document.xml, at the place the schema gives it in `w:sectPr`.

import type { DocxPartsEdit } from './pack';

const DOCUMENT_PART = 'word/document.xml';
const BIDI = '<w:bidi/>';
/** What may follow `w:bidi` in a `w:sectPr`, in the schema's order. */
const AFTER_BIDI = /<w:(rtlGutter|docGrid|printerSettings|sectPrChange)\b/;

function withBidi(sectionProperties: string): string {
  if (sectionProperties.includes(BIDI)) return sectionProperties;
  const after = AFTER_BIDI.exec(sectionProperties);
  if (after)
    return `${sectionProperties.slice(0, after.index)}${BIDI}${sectionProperties.slice(after.index)}`;
  return sectionProperties.replace(/<\/w:sectPr>$/, `${BIDI}</w:sectPr>`);
}

export const withRightToLeftSections: DocxPartsEdit = (parts) => {
  const part = parts.get(DOCUMENT_PART);
  if (part === undefined) return;
  const xml =
    typeof part === 'string'
      ? part
      : new TextDecoder().decode(ArrayBuffer.isView(part) ? part : new Uint8Array(part));
  parts.set(
    DOCUMENT_PART,
    xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (sectionProperties) => withBidi(sectionProperties)),
  );
};
