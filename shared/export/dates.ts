// Dates as the export prints them: "5 February 2024", the same on every machine whatever its locale.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-02-05` (or a time stamp starting with it) → `5 February 2024`; `2024-02` → `February 2024`. */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? isoDate;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
