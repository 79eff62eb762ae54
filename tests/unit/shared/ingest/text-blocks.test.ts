import { describe, expect, it } from 'vitest';
import { blocksFromMarkdown, blocksFromPlainText } from '../../../../shared/ingest';

describe('plain text', () => {
  it('joins the lines of hard-wrapped paragraphs and keeps blank-line breaks between them', () => {
    const line = 'The liaison desk in Rabat reported a steady flow of requests from German';
    const text = [
      line,
      'investigators over the winter months and expects more in the spring.',
      '',
      line,
      'prosecutors, who asked for help with three cases of document fraud.',
      '',
      line,
      'customs officers.',
    ].join('\n');
    const blocks = blocksFromPlainText(text);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: `${line} investigators over the winter months and expects more in the spring.`,
    });
  });

  it('keeps a line ending in a colon or full stop as text, and a short bare line as a heading', () => {
    expect(blocksFromPlainText('Key figures:\nOutlook\nThe outlook is good.')).toEqual([
      { kind: 'paragraph', text: 'Key figures:' },
      { kind: 'heading', level: 2, text: 'Outlook' },
      { kind: 'paragraph', text: 'The outlook is good.' },
    ]);
  });

  it('reads a pipe table without a separator row as a table without a header', () => {
    expect(blocksFromPlainText('| a | b |\n| 1 | 2 |')).toEqual([
      {
        kind: 'table',
        header: false,
        rows: [
          ['a', 'b'],
          ['1', '2'],
        ],
      },
    ]);
  });
});

describe('Markdown', () => {
  it('keeps only http, https and mailto links; others become their text', () => {
    const [paragraph] = blocksFromMarkdown(
      '[one](https://example.org) [two](javascript:alert(1)) [three](file:///etc/passwd)',
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      text: 'one two three',
      runs: [{ text: 'one', href: 'https://example.org' }, { text: ' two three' }],
    });
  });

  it('treats HTML in Markdown as text, never as markup', () => {
    const [paragraph] = blocksFromMarkdown('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(paragraph).toEqual({
      kind: 'paragraph',
      text: '<script>alert(1)</script><img src=x onerror=alert(2)>',
    });
  });
});
