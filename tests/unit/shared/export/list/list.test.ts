import { describe, expect, it } from 'vitest';
import { bodyXml, exportBlocks } from '../support/export-briefing';
import { docxPart } from '../support/read-docx';

const item = (text: string, ...nested: unknown[]) => ({
  type: 'listItem',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...nested],
});
const ordered = (start: number, ...items: unknown[]) => ({
  type: 'orderedList',
  attrs: { start },
  content: items,
});
const bullets = (...items: unknown[]) => ({ type: 'bulletList', content: items });
const numIds = (xml: string) =>
  [...xml.matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g)].map(([, level, id]) => ({
    level: Number(level),
    id,
  }));

describe('lists in Word', () => {
  it('gives every ordered list its own numbering, so each counts from its own start', async () => {
    const { documentXml, bytes } = await exportBlocks([
      ordered(1, item('one'), item('two')),
      { type: 'paragraph', content: [{ type: 'text', text: 'Between' }] },
      ordered(1, item('again one')),
      ordered(3, item('three')),
    ]);
    const [first, second, third, fourth] = numIds(bodyXml(documentXml));
    expect(first?.id).toBe(second?.id);
    expect(new Set([first?.id, third?.id, fourth?.id]).size).toBe(3);
    expect(docxPart(bytes, 'word/numbering.xml')).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/>/);
  });

  it('nests lists one level deeper each time, mixing bullets and numbers', async () => {
    const { documentXml } = await exportBlocks([
      bullets(item('outer', ordered(1, item('inner', bullets(item('deepest')))))),
    ]);
    expect(numIds(bodyXml(documentXml)).map((entry) => entry.level)).toEqual([0, 1, 2]);
  });

  it('indents a list item’s further paragraphs under its text, without a bullet', async () => {
    const { documentXml } = await exportBlocks([
      bullets({
        type: 'listItem',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'first' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'more' }] },
        ],
      }),
    ]);
    const more =
      bodyXml(documentXml)
        .split('<w:p>')
        .find((paragraph) => paragraph.includes('>more<')) ?? '';
    expect(more).toContain('<w:ind w:left="425"/>');
    expect(more).not.toContain('<w:numPr>');
  });
});
