// Dates, times, numbers and sizes as the interface language writes them, through Intl: one place, so a
// list, a version and About never disagree on how "23 Feb 2024" or "1 234" looks.

import { formattingLocale } from './index';

/** A moment the app recorded (updated, saved, versioned): date and time, medium length. */
export function formatWhen(timestamp: string | number | Date): string {
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );
}

/** A time of day, hours and minutes (what "saved at" needs). */
export function formatTime(timestamp: string | number | Date): string {
  return new Intl.DateTimeFormat(formattingLocale(), { hour: '2-digit', minute: '2-digit' }).format(
    new Date(timestamp),
  );
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(formattingLocale()).format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in the largest unit under 1024 of it, with the language's unit names ("1,5 Mo", "1.5 MB"). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(formattingLocale(), {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A calendar day the user entered ("2024-02-23"), as the language writes it; read as UTC so it never shifts. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
