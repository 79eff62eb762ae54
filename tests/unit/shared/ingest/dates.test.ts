import { describe, expect, it } from 'vitest';
import { findDates, parsePublishedDate } from '../../../../shared/ingest';

const simple = (texts: string[], published?: string) =>
  findDates(texts, { ...(published ? { published } : {}), today: '2026-11-28' }).map(
    ({ text, date, precision, approximate }) => ({ text, date, precision, approximate }),
  );

describe('dates in text', () => {
  it('reads written-out dates at the precision they are written', () => {
    expect(
      simple([
        'The accord was signed on 3 July 2023, renewed in March 2024 and first discussed in 2021. A memo of 2024-01-15 and one of 14.02.2024 followed, then May 7, 2024.',
      ]),
    ).toEqual([
      { text: '3 July 2023', date: '2023-07-03', precision: 'day', approximate: false },
      { text: 'March 2024', date: '2024-03', precision: 'month', approximate: false },
      { text: '2021', date: '2021', precision: 'year', approximate: false },
      { text: '2024-01-15', date: '2024-01-15', precision: 'day', approximate: false },
      { text: '14.02.2024', date: '2024-02-14', precision: 'day', approximate: false },
      { text: 'May 7, 2024', date: '2024-05-07', precision: 'day', approximate: false },
    ]);
  });

  it('resolves month names without a year to the latest one before the published date', () => {
    expect(simple(['In March the talks resumed; in October they ended.'], '2024-05-02')).toEqual([
      { text: 'March', date: '2024-03', precision: 'month', approximate: false },
      { text: 'October', date: '2023-10', precision: 'month', approximate: false },
    ]);
  });

  it('reads "yesterday", "last year" and "three weeks ago" against the published date', () => {
    expect(
      simple(
        ['Yesterday the minister spoke. Last year the numbers fell. Three weeks ago a raid took place.'],
        '2024-02-26',
      ),
    ).toEqual([
      { text: 'Yesterday', date: '2024-02-25', precision: 'day', approximate: false },
      { text: 'Last year', date: '2023', precision: 'year', approximate: false },
      { text: 'Three weeks ago', date: '2024-02-05', precision: 'day', approximate: true },
    ]);
  });

  it('does not take "may" the verb, impossible days or bare numbers for dates', () => {
    expect(
      simple(
        ['Officers may meet again. The unit has 2023 members. It happened on 31 February 2024.'],
        '2024-02-26',
      ),
    ).toEqual([]);
  });

  it('reads the date formats files carry for a published date', () => {
    expect(parsePublishedDate('2024-02-26T10:00:00+01:00')).toBe('2024-02-26');
    expect(parsePublishedDate("D:20240226101500+01'00'")).toBe('2024-02-26');
    expect(parsePublishedDate('Mon, 26 Feb 2024 10:00:00 GMT')).toBe('2024-02-26');
    expect(parsePublishedDate('February 2024')).toBeUndefined();
    expect(parsePublishedDate('soon')).toBeUndefined();
  });
});
