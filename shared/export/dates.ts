// Dates as the export prints them, in the briefing's language: "5 February 2024", "5 février 2024",
// "5. Februar 2024", "5 فبراير 2024"; the same on every machine whatever its own locale or time zone.

import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

/**
 * The locale Intl is asked for. English as written in Europe (day before month), and Arabic with the
 * Western digits a Maghreb desk writes dates with, whatever the ICU version's default for `ar`.
 */
const DATE_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  fr: 'fr',
  de: 'de',
  ar: 'ar-u-nu-latn',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withDay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language], {
      day: withDay ? 'numeric' : undefined,
      month: 'long',
      year: 'numeric',
      // The date written in the ISO string, not that date moved into the machine's zone.
      timeZone: 'UTC',
    });
    formatters.set(key, format);
  }
  return format;
}

/** `2024-02-05` (or a time stamp starting with it) → `5 February 2024`; `2024-02` → `February 2024`. */
export function formatLongDate(isoDate: string, language: Language = DEFAULT_LANGUAGE): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (!month || monthNumber < 1 || monthNumber > 12) return year ?? isoDate;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years before 100 as they are.
  date.setUTCFullYear(Number(year), monthNumber - 1, day ? Number(day) : 1);
  if (day && date.getUTCMonth() !== monthNumber - 1) return isoDate;
  return formatter(language, Boolean(day)).format(date);
}
