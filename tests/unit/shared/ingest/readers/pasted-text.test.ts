import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, materialFromPastedText } from '../../../../../shared/ingest/readers';
import { FIELD_NOTES_TEXT, REPORT_MARKDOWN } from '../../../../fixtures/ingest/generate';

describe('materialFromPastedText', () => {
  it('refuses a paste of nothing but whitespace with EMPTY', () => {
    for (const text of ['', '   ', '\n\t \r\n']) {
      expect(() => materialFromPastedText(text)).toThrow(
        expect.objectContaining({ code: 'EMPTY', message: expect.stringContaining('empty') }),
      );
    }
  });

  it('reads Markdown as markdown and keeps the text as it was pasted', () => {
    expect(materialFromPastedText(REPORT_MARKDOWN)).toEqual({ kind: 'markdown', text: REPORT_MARKDOWN });
  });

  it('reads text copied from a page or a report as plain text', () => {
    expect(materialFromPastedText(FIELD_NOTES_TEXT)).toEqual({ kind: 'text', text: FIELD_NOTES_TEXT });
  });
});

describe('looksLikeMarkdown', () => {
  it('sees # headings, |---| tables, bullets, numbered items, bold and links', () => {
    expect(looksLikeMarkdown('# Title\n\nText.')).toBe(true);
    expect(looksLikeMarkdown('Figures for the year.\n\n| Year | Ops |\n|---|---|\n| 2023 | 22 |')).toBe(true);
    expect(looksLikeMarkdown('We agreed on three things.\n\n- radar\n- drills\n* hotline')).toBe(true);
    expect(looksLikeMarkdown('The steps are these.\n\n1. first\n2. second')).toBe(true);
    expect(looksLikeMarkdown('A **bold** claim, with a [source](https://example.org).')).toBe(true);
  });

  it('sees plain prose as text, and "#" without a space as no heading', () => {
    expect(looksLikeMarkdown('Just a sentence.\nAnd another one, with #hashtag.')).toBe(false);
  });

  it('reads lists under unmarked heading lines as plain text, whose reader knows those headings', () => {
    const pasted =
      'Officials met in the port on Monday to agree on patrols.\n\nWhat was agreed\n\n- radar\n- drills';
    expect(looksLikeMarkdown(pasted)).toBe(false);
  });
});
