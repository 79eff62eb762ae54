import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sectionHintsKey, sectionHintsPlugin } from '../../../../../renderer/editor/extensions/section-hints';
import type { RichTextDoc } from '../../../../../shared/model';
import { docOf, schema, text } from '../editor-test-kit';

const hints = new Map([
  ['Purpose', 'Why the reader gets this note.'],
  ['Background', 'What led here.'],
]);

const heading = (title: string) => ({ type: 'heading', attrs: { level: 1 }, content: [text(title)] });
const paragraph = (words?: string) =>
  words ? { type: 'paragraph', content: [text(words)] } : { type: 'paragraph' };

const briefing = {
  type: 'doc',
  content: [
    heading('Purpose'),
    paragraph(),
    heading('Background'),
    paragraph('Some text.'),
    heading('Assessment'),
    paragraph(),
    paragraph('End.'),
  ],
} as RichTextDoc;

const hintsPlugin = () => sectionHintsPlugin(hints);

/** Each hint shown, as "block index: hint". */
function shown(state: EditorState): string[] {
  const set = sectionHintsKey.getState(state);
  const decorations = (set?.find() ?? []).map((decoration) => decoration.from);
  const out: string[] = [];
  state.doc.forEach((node, offset, index) => {
    if (decorations.includes(offset)) out.push(`${index}: ${node.type.name}`);
  });
  return out;
}

/** The same text's hints worked out from scratch. */
function fresh(state: EditorState): string[] {
  return shown(EditorState.create({ schema, doc: state.doc, plugins: state.plugins }));
}

describe('section hints as the text is edited', () => {
  const start = () => EditorState.create({ schema, doc: docOf(briefing), plugins: [hintsPlugin()] });

  it('stay where they were through typing elsewhere, and match hints worked out afresh', () => {
    let state = start();
    expect(shown(state)).toEqual(['1: paragraph']);
    const [hint] = sectionHintsKey.getState(state)?.find() ?? [];
    state = state.apply(state.tr.insertText(' More', state.doc.content.size - 2));
    expect(shown(state)).toEqual(fresh(state));
    expect(shown(state)).toEqual(['1: paragraph']);
    // Not looked at again: the decoration is moved along (same attributes object), not made anew.
    const moved = sectionHintsKey.getState(state)?.find()[0] as unknown as { type: unknown } | undefined;
    expect(moved?.type).toBe((hint as unknown as { type: unknown } | undefined)?.type);
  });

  it('leave a paragraph once it has text, and come back when it is emptied', () => {
    let state = start();
    state = state.apply(state.tr.insertText('Because', 10));
    expect(shown(state)).toEqual([]);
    state = state.apply(state.tr.delete(10, 17));
    expect(shown(state)).toEqual(['1: paragraph']);
  });

  it('follow a heading renamed to a section with a hint', () => {
    let state = start();
    let assessment = -1;
    state.doc.forEach((node, offset) => {
      if (node.textContent === 'Assessment') assessment = offset;
    });
    state = state.apply(state.tr.insertText('Background', assessment + 1, assessment + 11));
    expect(shown(state)).toEqual(fresh(state));
    expect(shown(state)).toEqual(['1: paragraph', '5: paragraph']);
  });
});
