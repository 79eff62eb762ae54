import { describe, expect, it } from 'vitest';
import {
  findNext,
  findReplacePlugin,
  findStateOf,
  replaceAll,
  replaceCurrent,
  setFindQuery,
  textBlocksOf,
} from '../../../../renderer/editor/extensions/find-replace';
import {
  describeMatchCount,
  findMatches,
  foldCase,
  INLINE_LEAF,
  nearestMatchIndex,
} from '../../../../renderer/editor/find-matches';
import type { RichTextDoc } from '../../../../shared/model';
import { cite, docOf, HeadlessEditor, text } from './editor-test-kit';

describe('matching over plain text', () => {
  const blocks = [
    { text: 'Rabat talks: rabat again', start: 1 },
    { text: `Before${INLINE_LEAF}Rabat`, start: 40 },
  ];

  it('finds every occurrence, ignoring case unless asked', () => {
    expect(findMatches(blocks, 'rabat', { matchCase: false })).toEqual([
      { from: 1, to: 6 },
      { from: 14, to: 19 },
      { from: 47, to: 52 },
    ]);
    expect(findMatches(blocks, 'rabat', { matchCase: true })).toEqual([{ from: 14, to: 19 }]);
  });

  it('never matches across a citation or line break', () => {
    expect(findMatches(blocks, 'BeforeRabat', { matchCase: false })).toEqual([]);
    expect(findMatches(blocks, `e${INLINE_LEAF}R`, { matchCase: false })).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches(blocks, '', { matchCase: false })).toEqual([]);
  });

  it('does not match overlapping occurrences twice', () => {
    expect(findMatches([{ text: 'aaaa', start: 0 }], 'aa', { matchCase: true })).toHaveLength(2);
  });

  it('folds case without changing the length of the text', () => {
    const text = 'İSTANBUL Straße ÄÖÜ';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase('ÄÖÜ Rabat')).toBe('äöü rabat');
  });

  it('picks the first match at or after a position, wrapping to the first', () => {
    const matches = [
      { from: 5, to: 8 },
      { from: 20, to: 23 },
    ];
    expect(nearestMatchIndex(matches, 0)).toBe(0);
    expect(nearestMatchIndex(matches, 6)).toBe(1);
    expect(nearestMatchIndex(matches, 30)).toBe(0);
    expect(nearestMatchIndex([], 3)).toBe(-1);
  });

  it('says where the user is among the matches', () => {
    expect(describeMatchCount('', 0, -1)).toBe('');
    expect(describeMatchCount('x', 0, -1)).toBe('No matches');
    expect(describeMatchCount('x', 12, 2)).toBe('3 of 12');
  });
});

const briefing: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Background')] },
    {
      type: 'paragraph',
      content: [text('The joint declaration '), cite('srcA'), text(' set up a Joint committee.')],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [text('joint work')] }],
            },
          ],
        },
      ],
    },
  ],
};

describe('find and replace in the editor', () => {
  it('reads each text block with its editor positions', () => {
    const doc = docOf(briefing);
    const blocks = textBlocksOf(doc);
    expect(blocks.map((block) => block.text)).toEqual([
      'Background',
      `The joint declaration ${INLINE_LEAF} set up a Joint committee.`,
      'joint work',
    ]);
    for (const match of findMatches(blocks, 'joint', { matchCase: false })) {
      expect(doc.textBetween(match.from, match.to).toLowerCase()).toBe('joint');
    }
  });

  it('selects the next match, wrapping around', () => {
    const editor = new HeadlessEditor(briefing, [findReplacePlugin()]);
    setFindQuery(editor, 'joint', false);
    expect(findStateOf(editor.state).matches).toHaveLength(3);
    findNext(editor);
    findNext(editor);
    findNext(editor);
    const { current, matches } = findStateOf(editor.state);
    expect(current).toBe(0);
    expect(editor.state.selection.from).toBe(matches[0]?.from);
  });

  it('replaces the current match keeping its place, then the rest in one step', () => {
    const editor = new HeadlessEditor(briefing, [findReplacePlugin()]);
    setFindQuery(editor, 'joint', false);
    replaceCurrent(editor, 'common');
    expect(editor.state.doc.textContent).toContain('The common declaration');
    expect(findStateOf(editor.state).matches).toHaveLength(2);
    expect(replaceAll(editor, 'shared')).toBe(2);
    expect(editor.state.doc.textContent).toContain('a shared committee');
    expect(editor.state.doc.textContent).toContain('shared work');
    // The citation is untouched.
    expect(JSON.stringify(editor.json())).toContain('"sourceId":"srcA"');
  });

  it('matches case when asked', () => {
    const editor = new HeadlessEditor(briefing, [findReplacePlugin()]);
    setFindQuery(editor, 'Joint', true);
    expect(findStateOf(editor.state).matches).toHaveLength(1);
  });

  it('does not loop when the replacement contains the query', () => {
    const editor = new HeadlessEditor(briefing, [findReplacePlugin()]);
    setFindQuery(editor, 'joint', false);
    expect(replaceAll(editor, 'joint joint')).toBe(3);
    expect(findStateOf(editor.state).matches).toHaveLength(6);
  });
});
