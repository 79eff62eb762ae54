// Plain text typed into a form ↔ the model's rich text, one paragraph per block of lines.

import { plainTextOf, type RichTextDoc } from '../../shared/model';

export function richTextFromPlain(text: string): RichTextDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: paragraph }],
    })),
  } as RichTextDoc;
}

/** Paragraphs separated by blank lines, so a round trip through a textarea keeps them apart. */
export function plainFromRichText(doc: RichTextDoc): string {
  return plainTextOf(doc).split('\n').join('\n\n');
}
