// Timeline dates as the desk officer writes them (a day, a month or only a year, maybe approximate):
// how to show them and where they fall on the time axis.

import type { EventDate } from '../../shared/model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatEventDate(date: EventDate): string {
  const [year, month, day] = date.value.split('-');
  const text =
    date.precision === 'day'
      ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`
      : date.precision === 'month'
        ? `${MONTHS[Number(month) - 1]} ${year}`
        : `${year}`;
  return date.approximate ? `c. ${text}` : text;
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
