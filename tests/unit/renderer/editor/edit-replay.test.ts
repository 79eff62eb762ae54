import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { JournalledEdit } from '../../../../renderer/briefing/autosave';
import { contentSize, replayEdits } from '../../../../renderer/editor/edit-replay';
import type { RichTextDoc } from '../../../../shared/model';
import { cite, docOf, schema, text } from './editor-test-kit';

const IMAGE = 'a'.repeat(64);

const briefing: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Purpose')] },
    { type: 'paragraph', content: [text('Claim '), cite('srcA'), { type: 'hardBreak' }, text('next line')] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Item')] }] }],
    },
    { type: 'image', attrs: { attachmentId: IMAGE, alt: 'Chart' } },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [text('Cell')] }],
            },
          ],
        },
      ],
    },
  ],
} as RichTextDoc;

/** The edits of typing `typed` at `at`, one character each, as the journal stores them. */
function typing(content: RichTextDoc, at: number, typed: string): JournalledEdit[] {
  let state = EditorState.create({ schema, doc: docOf(content) });
  return [...typed].map((character, index) => {
    const transaction = state.tr.insertText(character, at + index);
    state = state.apply(transaction);
    return {
      steps: transaction.steps.map((step) => step.toJSON()),
      size: state.doc.content.size,
      at: '2025-01-01T00:00:00.000Z',
    };
  });
}

describe('replaying journalled edits', () => {
  it('gives the text the edits made, with the editor’s schema', () => {
    const edits = typing(briefing, 8, ' in short');
    const result = replayEdits(briefing, edits);
    expect(result.applied).toBe(edits.length);
    expect(JSON.stringify(result.content)).toContain('Purpose in short');
    expect(docOf(result.content).content.size).toBe(edits.at(-1)?.size);
  });

  it('stops at the first edit that does not apply, keeping those before it', () => {
    const edits = typing(briefing, 8, 'abc');
    const broken = [
      edits[0],
      { ...edits[1], steps: [{ stepType: 'replace', from: 9_999, to: 9_999 }] },
      edits[2],
    ];
    const result = replayEdits(briefing, broken as JournalledEdit[]);
    expect(result.applied).toBe(1);
    expect(JSON.stringify(result.content)).toContain('Purposea');
    expect(JSON.stringify(result.content)).not.toContain('Purposeab');
  });

  it('stops at an edit that leaves the text another size than it had when journalled', () => {
    const edits = typing(briefing, 8, 'ab');
    const result = replayEdits(briefing, [edits[0], { ...edits[1], size: 3 }] as JournalledEdit[]);
    expect(result.applied).toBe(1);
  });
});

describe('the size of a stored text in the editor', () => {
  it('is the ProseMirror size of the document, with citations, breaks, images, lists and tables', () => {
    expect(contentSize(briefing)).toBe(docOf(briefing).content.size);
    expect(contentSize({ type: 'doc', content: [{ type: 'paragraph' }] } as RichTextDoc)).toBe(2);
  });
});
