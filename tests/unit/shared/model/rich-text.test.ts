import { describe, expect, it } from 'vitest';
import {
  citationNumbers,
  citedSourceIds,
  emptyDoc,
  MAX_RICH_TEXT_CHARS,
  MAX_RICH_TEXT_DEPTH,
  ModelError,
  parseRichText,
  plainTextOf,
  type RichTextDoc,
  wordCount,
} from '../../../../shared/model';
import { briefingContent } from './example-dossier';

function errorOf(action: () => unknown): ModelError {
  try {
    action();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}

/** Blockquotes nested `levels` deep around one paragraph (doc counts as level 1). */
function nestedQuotes(levels: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let index = 0; index < levels; index += 1) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

const text = (value: string) => ({ type: 'text', text: value });
const doc = (...content: unknown[]) => parseRichText({ type: 'doc', content });

describe('rich text schema', () => {
  it('accepts a realistic briefing with headings, marks, a table, a list, an image and citations', () => {
    const parsed = parseRichText(briefingContent());
    expect(parsed.content.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'table',
      'bulletList',
      'image',
    ]);
  });

  it('accepts the empty document the editor starts with', () => {
    expect(parseRichText(emptyDoc())).toEqual(emptyDoc());
  });

  it('drops attrs Tiptap adds that the model does not keep, and fills defaults', () => {
    const parsed = doc(
      {
        type: 'paragraph',
        attrs: { textAlign: null },
        content: [
          {
            ...text('site'),
            marks: [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank' } }],
          },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    );
    expect(parsed.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
      ],
    });
    expect(parsed.content[1]).toMatchObject({ type: 'orderedList', attrs: { start: 1 } });
  });

  it('refuses an unknown node type and names where it is', () => {
    const error = errorOf(() =>
      parseRichText({
        type: 'doc',
        content: [{ type: 'paragraph' }, { type: 'iframe', attrs: { src: 'x' } }],
      }),
    );
    expect(error.code).toBe('SCHEMA_INVALID');
    expect(error.message).toContain('content.1.type: expected a block node');
  });

  it('refuses an unknown mark type', () => {
    const error = errorOf(() =>
      doc({ type: 'paragraph', content: [{ ...text('x'), marks: [{ type: 'script' }] }] }),
    );
    expect(error.message).toContain('content.0.content.0.marks.0.type');
  });

  it('refuses block nodes inside a paragraph and a paragraph directly inside a list', () => {
    expect(() => doc({ type: 'paragraph', content: [{ type: 'paragraph' }] })).toThrow(ModelError);
    expect(() => doc({ type: 'bulletList', content: [{ type: 'paragraph' }] })).toThrow(
      /expected a listItem/,
    );
  });

  it('refuses a javascript: link', () => {
    const link = { type: 'link', attrs: { href: 'javascript:alert(1)' } };
    expect(() => doc({ type: 'paragraph', content: [{ ...text('x'), marks: [link] }] })).toThrow(
      /expected an http, https or mailto link/,
    );
  });

  it('refuses a heading level outside 1–3 and an image that is not an attachment hash', () => {
    expect(() => doc({ type: 'heading', attrs: { level: 4 }, content: [text('x')] })).toThrow(ModelError);
    expect(() => doc({ type: 'image', attrs: { attachmentId: 'https://tracker.example/x.png' } })).toThrow(
      /SHA-256/,
    );
  });

  it(`accepts nesting up to ${MAX_RICH_TEXT_DEPTH} levels and refuses deeper with a clear message`, () => {
    // doc (1) + quotes + paragraph (1) + text (1)
    expect(() => parseRichText(nestedQuotes(MAX_RICH_TEXT_DEPTH - 3))).not.toThrow();
    const error = errorOf(() => parseRichText(nestedQuotes(MAX_RICH_TEXT_DEPTH - 2)));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(`nested deeper than the limit of ${MAX_RICH_TEXT_DEPTH} levels`);
  });

  it('refuses hostile nesting 100,000 levels deep without overflowing the stack', () => {
    const error = errorOf(() => parseRichText(nestedQuotes(100_000)));
    expect(error.code).toBe('TOO_LARGE');
  });

  it('refuses more text than the limit', () => {
    const error = errorOf(() =>
      doc({ type: 'paragraph', content: [text('x'.repeat(MAX_RICH_TEXT_CHARS + 1))] }),
    );
    expect(error.code).toBe('TOO_LARGE');
  });
});

describe('citations', () => {
  it('lists cited sources in order of first appearance, each once, through tables and lists', () => {
    const parsed = parseRichText(briefingContent());
    expect(citedSourceIds(parsed)).toEqual(['s-interior-statement', 's-press-report']);
    expect(citationNumbers(parsed)).toEqual(
      new Map([
        ['s-interior-statement', 1],
        ['s-press-report', 2],
      ]),
    );
  });

  it('renumbers when a citation moves ahead of another', () => {
    const cite = (sourceId: string) => ({ type: 'citation', attrs: { sourceId } });
    const before = doc({ type: 'paragraph', content: [cite('a'), cite('b')] });
    const after = doc({ type: 'paragraph', content: [cite('b'), cite('a')] });
    expect(citedSourceIds(before)).toEqual(['a', 'b']);
    expect(citedSourceIds(after)).toEqual(['b', 'a']);
  });
});

describe('plain text and word count', () => {
  const sample: RichTextDoc = doc(
    { type: 'heading', attrs: { level: 2 }, content: [text('Morocco–Germany talks')] },
    {
      type: 'paragraph',
      content: [
        text('The '),
        { ...text('work'), marks: [{ type: 'bold' }] },
        text('ing group met — twice.'),
        { type: 'citation', attrs: { sourceId: 's1' } },
        { type: 'hardBreak' },
        text('Next: May.'),
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [text('Returns')] }] },
            { type: 'tableCell', content: [{ type: 'paragraph', content: [text('pilot agreed')] }] },
          ],
        },
      ],
    },
  );

  it('gives one line per block, tabs between table cells, and no citation text', () => {
    expect(plainTextOf(sample)).toBe(
      'Morocco–Germany talks\nThe working group met — twice.\nNext: May.\nReturns\tpilot agreed',
    );
  });

  it('counts words as a word processor does: marks never split a word, dashes alone are not words', () => {
    // Morocco–Germany, talks, The, working, group, met, twice., Next:, May., Returns, pilot, agreed
    expect(wordCount(sample)).toBe(12);
  });

  it('counts no words in an empty document', () => {
    expect(wordCount(emptyDoc())).toBe(0);
  });
});
