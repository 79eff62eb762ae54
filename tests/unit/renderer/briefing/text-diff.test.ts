import { describe, expect, it } from 'vitest';
import { comparableText } from '../../../../renderer/briefing/comparable-text';
import {
  diffSequences,
  diffTexts,
  diffWords,
  foldUnchanged,
  tokenize,
} from '../../../../renderer/briefing/text-diff';
import type { RichTextDoc } from '../../../../shared/model';

describe('the word and paragraph diff', () => {
  it('finds the longest common subsequence of two lists', () => {
    const steps = diffSequences(['a', 'b', 'c', 'd'], ['a', 'c', 'e', 'd']);
    expect(steps.map((step) => `${step.kind[0]}${step.item}`)).toEqual(['sa', 'rb', 'sc', 'ae', 'sd']);
  });

  it('tokenizes so that the tokens join back into the text', () => {
    const text = '  Morocco–Germany talks,  June 2024 ';
    expect(tokenize(text).join('')).toBe(text);
  });

  it('marks inserted and deleted words inside a changed paragraph', () => {
    const parts = diffWords(
      'Ministers met in Rabat in March.',
      'Interior ministers met again in Rabat in March.',
    );
    expect(parts).toEqual([
      { kind: 'removed', text: 'Ministers ' },
      { kind: 'added', text: 'Interior ministers ' },
      { kind: 'same', text: 'met ' },
      { kind: 'added', text: 'again ' },
      { kind: 'same', text: 'in Rabat in March.' },
    ]);
  });

  it('does not count a changed space between words as a changed word', () => {
    expect(diffWords('and to seek agreement', 'and to  An idea. seek agreement')).toEqual([
      { kind: 'same', text: 'and to  ' },
      { kind: 'added', text: 'An idea. ' },
      { kind: 'same', text: 'seek agreement' },
    ]);
  });

  it('shows added and removed paragraphs whole, and counts the words', () => {
    const diff = diffTexts(
      'Purpose\nOld background.\nEnd',
      'Purpose\nA new paragraph entirely unlike.\nEnd\nAnnex one',
    );
    expect(diff.paragraphs).toEqual([
      { kind: 'same', text: 'Purpose' },
      { kind: 'removed', text: 'Old background.' },
      { kind: 'added', text: 'A new paragraph entirely unlike.' },
      { kind: 'same', text: 'End' },
      { kind: 'added', text: 'Annex one' },
    ]);
    expect(diff.wordsAdded).toBe(7);
    expect(diff.wordsRemoved).toBe(2);
  });

  it('reports no change for the same text', () => {
    const diff = diffTexts('One\nTwo', 'One\nTwo');
    expect(diff.wordsAdded + diff.wordsRemoved).toBe(0);
    expect(diff.paragraphs.every((paragraph) => paragraph.kind === 'same')).toBe(true);
  });

  it('finds the three edits of a 2,200-paragraph briefing, not thousands of changed paragraphs', () => {
    // The old table-based diff gave up above 4M cells and reported 2,198 paragraphs changed here.
    const before = Array.from(
      { length: 2200 },
      (_, index) => `Paragraph ${index}: the liaison officer reported on cooperation item ${index}.`,
    );
    const after = [...before];
    after[1] = `${after[1]} Confirmed by the ministry.`;
    after.splice(1100, 1);
    after.splice(2198, 0, 'A new paragraph on the follow-up meeting in Rabat.');
    const diff = diffTexts(before.join('\n'), after.join('\n'));
    const changes = diff.paragraphs.filter((paragraph) => paragraph.kind !== 'same');
    expect(changes.map((paragraph) => paragraph.kind)).toEqual(['changed', 'removed', 'added']);
    expect(diff.wordsAdded).toBe(4 + 9);
    expect(diff.wordsRemoved).toBe(10);
  });

  it('folds long unchanged stretches around the changes', () => {
    const before = Array.from({ length: 20 }, (_, index) => `Paragraph ${index}`).join('\n');
    const after = before.replace('Paragraph 10', 'Paragraph ten');
    const shown = foldUnchanged(diffTexts(before, after).paragraphs, 1);
    expect(shown[0]).toEqual({ kind: 'gap', count: 9 });
    expect(shown.at(-1)).toEqual({ kind: 'gap', count: 8 });
    expect(shown).toHaveLength(5);
  });
});

describe('the text a comparison reads', () => {
  it('writes citations as their numbers, so a moved citation shows as a change', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Signed in 2019 ' },
            { type: 'citation', attrs: { sourceId: 'b' } },
            { type: 'text', text: ' and confirmed ' },
            { type: 'citation', attrs: { sourceId: 'a' } },
            { type: 'citation', attrs: { sourceId: 'b' } },
          ],
        },
      ],
    };
    expect(comparableText(doc)).toBe('Signed in 2019 [1] and confirmed [2][1]');
  });
});
