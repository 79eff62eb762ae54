import { describe, expect, it } from 'vitest';
import { blocksFromMarkdown } from '../../../../shared/ingest';

describe('Markdown read as CommonMark', () => {
  it('reads setext headings as headings, not as a paragraph "Title ====="', () => {
    expect(blocksFromMarkdown('Meeting notes\n=============\n\nSummary\n-------\n\nText.')).toEqual([
      { kind: 'heading', level: 1, text: 'Meeting notes' },
      { kind: 'heading', level: 2, text: 'Summary' },
      { kind: 'paragraph', text: 'Text.' },
    ]);
  });

  it('keeps a "#" inside a code fence as the code’s text, not a heading', () => {
    expect(blocksFromMarkdown('Before.\n\n```\n# raw export\nroute,count\n```\n\nAfter.')).toEqual([
      { kind: 'paragraph', text: 'Before.' },
      { kind: 'paragraph', text: '# raw export route,count' },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('keeps escaped asterisks as asterisks, not italics', () => {
    expect(blocksFromMarkdown('Figures are \\*preliminary\\* and *final* later.')).toEqual([
      {
        kind: 'paragraph',
        text: 'Figures are *preliminary* and final later.',
        runs: [
          { text: 'Figures are *preliminary* and ' },
          { text: 'final', italic: true },
          { text: ' later.' },
        ],
      },
    ]);
  });

  it('reads nested lists, quotes and GFM tables', () => {
    expect(
      blocksFromMarkdown(
        '- one\n  - one a\n- **two**\n\n> quoted\n> text\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'one', children: { kind: 'list', ordered: false, items: [{ text: 'one a' }] } },
          { text: 'two', runs: [{ text: 'two', bold: true }] },
        ],
      },
      { kind: 'quote', text: 'quoted text' },
      {
        kind: 'table',
        header: true,
        rows: [
          ['a', 'b'],
          ['1', '2'],
        ],
      },
    ]);
  });
});
