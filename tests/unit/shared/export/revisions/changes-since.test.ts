// The comparison behind "Export changes since…": which blocks and words of the current text come out as
// insertions and deletions against a saved version, and which stay plain.

import { describe, expect, it } from 'vitest';
import { changesSince } from '../../../../../shared/export/revisions';
import type { BlockNode, RichTextDoc, TextNode } from '../../../../../shared/model';

const p = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string): BlockNode => ({
  type: 'heading',
  attrs: { level: 1 },
  content: [{ type: 'text', text }],
});
const doc = (...content: BlockNode[]): RichTextDoc => ({ type: 'doc', content });

/** Each block's text with its revisions shown as [+inserted+] and [-deleted-]. */
function shown(before: RichTextDoc, after: RichTextDoc): string[] {
  const { content, revisions } = changesSince(before, after);
  return content.map((block) => {
    const inline = 'content' in block && block.type !== 'table' ? (block.content as TextNode[]) : [];
    const text = inline
      .map((node) => {
        const kind = revisions.get(node);
        return kind === 'inserted' ? `[+${node.text}+]` : kind === 'deleted' ? `[-${node.text}-]` : node.text;
      })
      .join('');
    return `${block.type}: ${text}`;
  });
}

describe('changes since a saved version', () => {
  it('leaves unchanged blocks plain and marks added and removed blocks whole', () => {
    const before = doc(h('Purpose'), p('Kept as it was.'), p('Dropped since the draft entirely.'));
    const after = doc(h('Purpose'), p('Kept as it was.'), p('A new closing recommendation.'));
    expect(shown(before, after)).toEqual([
      'heading: Purpose',
      'paragraph: Kept as it was.',
      'paragraph: [-Dropped since the draft entirely.-]',
      'paragraph: [+A new closing recommendation.+]',
    ]);
  });

  it('merges a paragraph edited in place word by word', () => {
    const before = doc(p('The liaison officer met the directorate in March.'));
    const after = doc(p('The liaison officer met the new directorate in April.'));
    expect(shown(before, after)).toEqual([
      'paragraph: The liaison officer met the [+new +]directorate in [-March.-][+April.+]',
    ]);
    const counts = changesSince(before, after);
    expect([counts.insertions, counts.deletions]).toEqual([2, 1]);
  });

  it('turns a deleted heading into a paragraph so the headings that stay keep their numbers', () => {
    const { content } = changesSince(doc(h('Old part'), p('Text.')), doc(p('Text.')));
    expect(content.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('reports no revision when nothing changed', () => {
    const same = doc(h('Purpose'), p('Nothing changed.'));
    const result = changesSince(same, structuredClone(same));
    expect([result.insertions, result.deletions]).toEqual([0, 0]);
    expect(result.content).toEqual(same.content);
  });
});
