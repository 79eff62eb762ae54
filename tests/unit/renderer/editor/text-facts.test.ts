import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textFactsOf } from '../../../../renderer/editor/text-facts';
import { citationNumbers, type RichTextDoc, wordCount } from '../../../../shared/model';
import { cite, docOf, schema, text } from './editor-test-kit';

const briefing: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Morocco–Germany cooperation')] },
    { type: 'paragraph', content: [text('First claim '), cite('srcB'), text(' – and more.')] },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Item one'), cite('srcA')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('two'), cite('srcB')] }] },
      ],
    },
    { type: 'paragraph', content: [text('Last words'), { type: 'hardBreak' }, text('here')] },
  ],
} as RichTextDoc;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the counts beside the title', () => {
  it('are the model’s word count and citation numbers', () => {
    const facts = textFactsOf(docOf(briefing));
    expect(facts.words).toBe(wordCount(briefing));
    expect([...facts.numbers]).toEqual([...citationNumbers(briefing)]);
  });

  it('count again only the block an edit changed', () => {
    let state = EditorState.create({ schema, doc: docOf(briefing) });
    textFactsOf(state.doc);
    state = state.apply(state.tr.insertText(' extra words', state.doc.content.size - 1));
    const read = vi.spyOn(ProseMirrorNode.prototype, 'toJSON');
    const facts = textFactsOf(state.doc);
    const blocks = new Set<ProseMirrorNode>();
    state.doc.forEach((block) => {
      blocks.add(block);
    });
    expect(read.mock.contexts.filter((node) => blocks.has(node as ProseMirrorNode))).toHaveLength(1);
    expect(facts.words).toBe(wordCount(state.doc.toJSON() as RichTextDoc));
  });
});
