import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { citationTooltip } from '../../../../renderer/editor/citation-numbers';
import {
  citationNumbersKey,
  citationNumbersPlugin,
  touchesCitations,
} from '../../../../renderer/editor/extensions/citation';
import { citationNumbers, citedSourceIds, numberCitations, type RichTextDoc } from '../../../../shared/model';
import { cite, docOf, HeadlessEditor, registry, schema, text } from './editor-test-kit';

function shownNumbers(editor: HeadlessEditor): { sourceId: string; number: number; title: string }[] {
  const decorations = citationNumbersKey.getState(editor.state)?.find() ?? [];
  return decorations.map((decoration) => ({
    sourceId: String(editor.state.doc.nodeAt(decoration.from)?.attrs.sourceId),
    number: (decoration.spec as { citationNumber: number }).citationNumber,
    title: String((decoration as unknown as { type: { attrs: { title: string } } }).type.attrs.title),
  }));
}

const twoParagraphs: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('First claim '), cite('srcA'), text('.')] },
    { type: 'paragraph', content: [text('Second claim '), cite('srcB'), text(' and again '), cite('srcA')] },
  ],
};

describe('citation numbers', () => {
  it('numbers sources by first appearance; a source cited again keeps its number', () => {
    expect(numberCitations(['b', 'a', 'b', 'c', 'a'])).toEqual([1, 2, 1, 3, 2]);
  });

  it('agrees with the model’s numbering', () => {
    const ids = ['srcB', 'srcA', 'srcB'];
    const doc: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph', content: ids.map(cite) }] };
    const model = citationNumbers(doc);
    expect(numberCitations(ids)).toEqual(ids.map((id) => model.get(id)));
  });

  it('shows in the editor the numbers the export and the cited-source list use, in tables and lists too', () => {
    // The editor once numbered citations with its own copy of the rule; now all sides call numberCitations.
    const cell = (sourceId: string) => ({
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [text('Cell '), cite(sourceId)] }],
    });
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('Opening '), cite('srcC')] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [text('Point '), cite('srcB')] },
                {
                  type: 'orderedList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [cite('srcC')] }] }],
                },
              ],
            },
          ],
        },
        { type: 'table', content: [{ type: 'tableRow', content: [cell('srcA'), cell('srcB')] }] },
      ],
    } as unknown as RichTextDoc;
    const editor = new HeadlessEditor(doc, [citationNumbersPlugin(registry)]);
    const model = citationNumbers(doc);
    const shown = shownNumbers(editor);
    expect(shown.map(({ sourceId, number }) => [sourceId, number])).toEqual([
      ['srcC', 1],
      ['srcB', 2],
      ['srcC', 1],
      ['srcA', 3],
      ['srcB', 2],
    ]);
    for (const { sourceId, number } of shown) expect(model.get(sourceId)).toBe(number);
    expect(citedSourceIds(doc)).toEqual(['srcC', 'srcB', 'srcA']);
  });

  it('says which source a citation points at, or that it is gone', () => {
    expect(citationTooltip(2, { title: 'Reuters report', detail: 'Reuters, B2' })).toBe(
      '[2] Reuters report — Reuters, B2',
    );
    expect(citationTooltip(1, undefined)).toContain('not in the dossier');
  });

  it('shows each citation’s number and source in the editor', () => {
    const editor = new HeadlessEditor(twoParagraphs, [citationNumbersPlugin(registry)]);
    expect(shownNumbers(editor)).toEqual([
      { sourceId: 'srcA', number: 1, title: '[1] Joint declaration — Foreign Office, A1, TLP:CLEAR' },
      { sourceId: 'srcB', number: 2, title: '[2] Ministers meet in Rabat — Reuters, B2, TLP:GREEN' },
      { sourceId: 'srcA', number: 1, title: '[1] Joint declaration — Foreign Office, A1, TLP:CLEAR' },
    ]);
  });

  it('renumbers at once when text with a citation moves', () => {
    const editor = new HeadlessEditor(twoParagraphs, [citationNumbersPlugin(registry)]);
    // Move the second paragraph above the first, as cut and paste would.
    const first = editor.state.doc.child(0);
    const second = editor.state.doc.child(1);
    editor.apply(
      editor.state.tr.replaceWith(0, editor.state.doc.content.size, Fragment.from([second, first])),
    );
    expect(shownNumbers(editor).map(({ sourceId, number }) => `${sourceId}:${number}`)).toEqual([
      'srcB:1',
      'srcA:2',
      'srcA:2',
    ]);
  });

  it('leaves out pasted citations of sources from another dossier', () => {
    const dropped: number[] = [];
    const plugin = citationNumbersPlugin({
      ...registry,
      onForeignCitationsDropped: (count) => dropped.push(count),
    });
    const pasted = docOf({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('Quoted '), cite('elsewhere'), cite('srcB')] }],
    });
    const slice = new Slice(pasted.content, 0, 0);
    const transform = plugin.props.transformPasted as (slice: Slice, view: EditorView) => Slice;
    const result = transform(slice, undefined as unknown as EditorView);
    expect(JSON.stringify(result.content.toJSON())).not.toContain('elsewhere');
    expect(JSON.stringify(result.content.toJSON())).toContain('srcB');
    expect(dropped).toEqual([1]);
    expect(schema.nodes.citation).toBeDefined();
  });
});

describe('citation numbers as the text is edited', () => {
  /** What the numbers would be if worked out afresh on the editor's text. */
  function freshNumbers(editor: HeadlessEditor) {
    const fresh = new HeadlessEditor(editor.state.doc.toJSON() as RichTextDoc, [
      citationNumbersPlugin(registry),
    ]);
    return shownNumbers(fresh).map(({ sourceId, number }) => ({ sourceId, number }));
  }

  it('are moved along, not worked out again, when the typing adds or removes no citation', () => {
    const editor = new HeadlessEditor(twoParagraphs, [citationNumbersPlugin(registry)]);
    const before = citationNumbersKey.getState(editor.state);
    const typing = editor.state.tr.insertText('Indeed, ', 1);
    expect(touchesCitations(typing)).toBe(false);
    editor.apply(typing);
    const deleting = editor.state.tr.delete(1, 4);
    expect(touchesCitations(deleting)).toBe(false);
    editor.apply(deleting);
    expect(citationNumbersKey.getState(editor.state)).not.toBe(before);
    expect(shownNumbers(editor).map(({ sourceId, number }) => ({ sourceId, number }))).toEqual(
      freshNumbers(editor),
    );
    // Each decoration still sits on its citation.
    for (const decoration of citationNumbersKey.getState(editor.state)?.find() ?? [])
      expect(editor.state.doc.nodeAt(decoration.from)?.type.name).toBe('citation');
  });

  it('are worked out again when an edit removes, adds or changes a citation', () => {
    const editor = new HeadlessEditor(twoParagraphs, [citationNumbersPlugin(registry)]);
    let citationAt = -1;
    editor.state.doc.descendants((node, pos) => {
      if (citationAt < 0 && node.type.name === 'citation') citationAt = pos;
    });
    const removing = editor.state.tr.delete(citationAt, citationAt + 1);
    expect(touchesCitations(removing)).toBe(true);
    editor.apply(removing);
    expect(shownNumbers(editor).map(({ sourceId, number }) => ({ sourceId, number }))).toEqual([
      { sourceId: 'srcB', number: 1 },
      { sourceId: 'srcA', number: 2 },
    ]);
    const adding = editor.state.tr.insert(1, schema.node('citation', { sourceId: 'srcA' }));
    expect(touchesCitations(adding)).toBe(true);
    editor.apply(adding);
    expect(shownNumbers(editor).map(({ sourceId, number }) => ({ sourceId, number }))).toEqual(
      freshNumbers(editor),
    );
    const changing = editor.state.tr.setNodeAttribute(1, 'sourceId', 'srcB');
    expect(touchesCitations(changing)).toBe(true);
  });

  it('keep the same decoration objects for the blocks whose numbers did not change', () => {
    // The view compares each block's decorations on every keystroke: the same object is one comparison,
    // an equal copy a walk through the block's decorations.
    const threeParagraphs = docOf({
      type: 'doc',
      content: [...twoParagraphs.content, { type: 'paragraph', content: [text('Third '), cite('srcB')] }],
    } as RichTextDoc).toJSON() as RichTextDoc;
    const editor = new HeadlessEditor(threeParagraphs, [citationNumbersPlugin(registry)]);
    const blockDecorations = (index: number) => {
      const set = citationNumbersKey.getState(editor.state);
      let offset = 0;
      for (let i = 0; i < index; i++) offset += editor.state.doc.child(i).nodeSize;
      return set?.forChild(offset, editor.state.doc.child(index));
    };
    const first = blockDecorations(0);
    const before = citationNumbersKey.getState(editor.state);

    // The page tells the editor its sources again, unchanged: nothing is redrawn.
    editor.apply(editor.state.tr.setMeta(citationNumbersKey, true));
    expect(citationNumbersKey.getState(editor.state)).toBe(before);

    // A citation of an already cited source added to the last block renumbers nothing before it.
    const end = editor.state.doc.content.size - 1;
    editor.apply(editor.state.tr.insert(end, schema.node('citation', { sourceId: 'srcA' })));
    expect(blockDecorations(0)).toBe(first);
    expect(shownNumbers(editor).map(({ sourceId, number }) => ({ sourceId, number }))).toEqual(
      freshNumbers(editor),
    );

    // A new source cited first renumbers every citation after it, and those blocks are redrawn.
    editor.apply(editor.state.tr.insert(1, schema.node('citation', { sourceId: 'srcC' })));
    expect(blockDecorations(0)).not.toBe(first);
    expect(shownNumbers(editor).map(({ sourceId, number }) => ({ sourceId, number }))).toEqual(
      freshNumbers(editor),
    );
  });
});
