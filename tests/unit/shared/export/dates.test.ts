import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../../shared/export/dates';

describe('export dates', () => {
  it('writes a day in the briefing’s language, as each desk writes it', () => {
    expect(formatLongDate('2024-02-23', 'en')).toBe('23 February 2024');
    expect(formatLongDate('2024-02-23', 'fr')).toBe('23 février 2024');
    expect(formatLongDate('2024-02-23', 'de')).toBe('23. Februar 2024');
    expect(formatLongDate('2024-02-23', 'ar')).toBe('23 فبراير 2024');
  });

  it('keeps English day-month-year by default and takes the date of a time stamp as written, not as local time', () => {
    expect(formatLongDate('2024-02-05T23:30:00.000Z')).toBe('5 February 2024');
    expect(formatLongDate('2024-12-31T23:59:59.000Z', 'de')).toBe('31. Dezember 2024');
  });

  it('writes a month alone as month and year, and leaves what is not a date as it is', () => {
    expect(formatLongDate('2024-02', 'fr')).toBe('février 2024');
    expect(formatLongDate('2024', 'de')).toBe('2024');
    expect(formatLongDate('2024-13-01', 'de')).toBe('2024');
    expect(formatLongDate('2024-02-30', 'en')).toBe('2024-02-30');
    expect(formatLongDate('soon', 'fr')).toBe('soon');
  });
});
