// Timeline dates as the desk officer writes them (a day, a month or only a year, maybe approximate):
// how to show them in the interface language and where they fall on the time axis.

import type { EventDate } from '../../shared/model';
import { formattingLocale, translate } from '../i18n';

const PRECISION_FORMAT: Record<EventDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

export function formatEventDate(date: EventDate): string {
  const [year = 1970, month = 1, day = 1] = date.value.split('-').map(Number);
  // UTC throughout: a date the officer typed must not move a day with the machine's time zone.
  const text = new Intl.DateTimeFormat(formattingLocale(), {
    ...PRECISION_FORMAT[date.precision],
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  return date.approximate ? translate('dossier:approximateDate', { date: text }) : text;
}

/** A year on the time axis, in the language's digits and without grouping ("2024", not "2,024"). */
export function formatYear(year: number): string {
  return new Intl.DateTimeFormat(formattingLocale(), { year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, 6, 1)),
  );
}

/** The middle of the period the date names, in ms since the epoch, for placing it on an axis. */
export function eventDateMidpoint(date: EventDate): number {
  const [year = 1970, month = 1, day = 1] = date.value.split('-').map(Number);
  if (date.precision === 'day') return Date.UTC(year, month - 1, day, 12);
  if (date.precision === 'month') return Date.UTC(year, month - 1, 15);
  return Date.UTC(year, 6, 1);
}

/** Sort key: earlier first; for the same start, the more precise date first. */
export function eventDateSortKey(date: EventDate): string {
  const rank = { day: 0, month: 1, year: 2 }[date.precision];
  return `${date.value.padEnd(10, '-')}${rank}`;
}
