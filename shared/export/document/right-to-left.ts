// Right-to-left throughout, for an Arabic briefing, where docx has no option for it: `w:bidi` in every
// section's properties (the page's start on the right: columns, gutter), and in the document's default
// paragraph properties, so the paragraphs docx writes itself (contents entries, footnotes) run right to
// left too. Written into the parts docx wrote, at the place the schema gives `w:bidi` in each element.

import type { DocxPartsEdit } from './pack';

const BIDI = '<w:bidi/>';
/** What may follow `w:bidi` in a `w:sectPr`, in the schema's order. */
const AFTER_BIDI_IN_SECTION = /<w:(rtlGutter|docGrid|printerSettings|sectPrChange)\b/;
/** What may follow `w:bidi` in a `w:pPr`, in the schema's order. */
const AFTER_BIDI_IN_PARAGRAPH =
  /<w:(adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b/;

/** `element` (its whole text, start and end tag) with `w:bidi` before the first child `after` finds. */
function withBidi(element: string, after: RegExp, endTag: string): string {
  if (element.includes(BIDI)) return element;
  const next = after.exec(element);
  if (next) return `${element.slice(0, next.index)}${BIDI}${element.slice(next.index)}`;
  return `${element.slice(0, element.length - endTag.length)}${BIDI}${endTag}`;
}

function textOf(part: string | ArrayBuffer | ArrayBufferView): string {
  if (typeof part === 'string') return part;
  return new TextDecoder().decode(
    ArrayBuffer.isView(part) ? new Uint8Array(part.buffer, part.byteOffset, part.byteLength) : part,
  );
}

export const rightToLeftThroughout: DocxPartsEdit = (parts) => {
  const document = parts.get('word/document.xml');
  if (document !== undefined) {
    parts.set(
      'word/document.xml',
      textOf(document).replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) =>
        withBidi(section, AFTER_BIDI_IN_SECTION, '</w:sectPr>'),
      ),
    );
  }
  const styles = parts.get('word/styles.xml');
  if (styles !== undefined) {
    const text = textOf(styles);
    const defaults = /<w:pPrDefault>\s*<w:pPr>[\s\S]*?<\/w:pPr>/.exec(text);
    parts.set(
      'word/styles.xml',
      defaults
        ? text.replace(defaults[0], withBidi(defaults[0], AFTER_BIDI_IN_PARAGRAPH, '</w:pPr>'))
        : text.replace(
            '</w:rPrDefault>',
            `</w:rPrDefault><w:pPrDefault><w:pPr>${BIDI}</w:pPr></w:pPrDefault>`,
          ),
    );
  }
};
