// Dates in a source's text: written-out dates ("26 February 2024", "March 2023", "in 2022") and relative
// ones ("in October", "December last year", "two months ago"), resolved against the published date and
// written as precisely as the words allow. Also parses the date lines and metadata values files carry.

import type { DatePrecision } from '../model';
import type { DateSuggestion } from './material';
import { sentencesOf } from './text-blocks';

const MONTH_NAMES: Readonly<Record<string, number>> = (() => {
  const names: Record<string, number> = {};
  const add = (month: number, ...words: string[]) => {
    for (const word of words) names[word.toLowerCase()] = month;
  };
  add(1, 'January', 'Jan', 'Januar', 'Jänner', 'janvier', 'enero', 'gennaio');
  add(2, 'February', 'Feb', 'Februar', 'février', 'fevrier', 'febrero', 'febbraio');
  add(3, 'March', 'Mar', 'März', 'Maerz', 'mars', 'marzo');
  add(4, 'April', 'Apr', 'avril', 'abril', 'aprile');
  add(5, 'May', 'Mai', 'mayo', 'maggio');
  add(6, 'June', 'Jun', 'Juni', 'juin', 'junio', 'giugno');
  add(7, 'July', 'Jul', 'Juli', 'juillet', 'julio', 'luglio');
  add(8, 'August', 'Aug', 'août', 'aout', 'agosto');
  add(9, 'September', 'Sep', 'Sept', 'septembre', 'septiembre', 'setiembre', 'settembre');
  add(10, 'October', 'Oct', 'Oktober', 'octobre', 'octubre', 'ottobre');
  add(11, 'November', 'Nov', 'novembre', 'noviembre');
  add(12, 'December', 'Dec', 'Dezember', 'décembre', 'decembre', 'diciembre', 'dicembre');
  return names;
})();

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** English month names only, capitalised, for the relative phrases ("in May" must not be the verb). */
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  'a few': 3,
  several: 3,
};

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoOf(date: CalendarDate, precision: DatePrecision): string {
  if (precision === 'year') return String(date.year);
  if (precision === 'month') return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIsoDay(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

function shiftDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function shiftMonths(date: CalendarDate, months: number): CalendarDate {
  const total = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1, day: 1 };
}

/** The latest `month` on or before the reference: "in October" said in February 2024 is October 2023. */
function latestMonth(month: number, reference: CalendarDate): number {
  return month <= reference.month ? reference.year : reference.year - 1;
}

// ---- Parsing one value (metadata, date lines)

/**
 * A date written on its own (a meta tag, a PDF's CreationDate, a "Published: 26 February 2024" line) as an
 * ISO day, or undefined. Only whole days count: a published date needs one.
 */
export function parsePublishedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(text);
  if (pdf) return parseIsoDay(`${pdf[1]}-${pdf[2]}-${pdf[3]}`) ? `${pdf[1]}-${pdf[2]}-${pdf[3]}` : undefined;
  const iso = parseIsoDay(text);
  if (iso) return isoOf(iso, 'day');
  const found = findExplicitDays(text);
  return found[0];
}

function findExplicitDays(text: string): string[] {
  const days: string[] = [];
  for (const match of scanDates(text, undefined)) {
    if (match.precision === 'day' && !match.approximate) days.push(match.date);
  }
  return days;
}

// ---- Scanning text

interface DateMatch {
  start: number;
  end: number;
  text: string;
  date: string;
  precision: DatePrecision;
  approximate: boolean;
}

type Resolver = (
  match: RegExpExecArray,
  reference: CalendarDate | undefined,
) => { date: CalendarDate; precision: DatePrecision; approximate: boolean } | undefined;

const month = (name: string | undefined) => MONTH_NAMES[(name ?? '').toLowerCase()] ?? 0;

/** Patterns, most specific first; a later pattern never claims words an earlier one matched. */
interface DatePattern {
  pattern: RegExp;
  resolve: Resolver;
  /** A day that does not exist ("31 February 2024") claims its words, so no vaguer pattern reads them. */
  claimInvalid?: boolean;
  /** The pattern cannot match a sentence without a digit; skipping it there saves the month-name search. */
  digits?: boolean;
}

const PATTERNS: readonly DatePattern[] = [
  {
    digits: true,
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const date = parseIsoDay(m[0]);
      return date && { date, precision: 'day', approximate: false };
    },
  },
  {
    digits: true,
    pattern: new RegExp(`\\b${DAY}\\.?\\s+(?:of\\s+)?${MONTH}\\s*,?\\s+${YEAR}\\b`, 'giu'),
    claimInvalid: true,
    resolve: (m) => {
      const [year, monthNumber, day] = [Number(m[3]), month(m[2]), Number(m[1])];
      return isRealDay(year, monthNumber, day)
        ? { date: { year, month: monthNumber, day }, precision: 'day', approximate: false }
        : undefined;
    },
  },
  {
    digits: true,
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu'),
    claimInvalid: true,
    resolve: (m) => {
      const [year, monthNumber, day] = [Number(m[3]), month(m[1]), Number(m[2])];
      return isRealDay(year, monthNumber, day)
        ? { date: { year, month: monthNumber, day }, precision: 'day', approximate: false }
        : undefined;
    },
  },
  {
    digits: true,
    pattern: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g,
    claimInvalid: true,
    resolve: (m) => {
      const [year, monthNumber, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
      return isRealDay(year, monthNumber, day)
        ? { date: { year, month: monthNumber, day }, precision: 'day', approximate: false }
        : undefined;
    },
  },
  {
    digits: true,
    pattern: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'giu'),
    resolve: (m) => ({
      date: { year: Number(m[2]), month: month(m[1]), day: 1 },
      precision: 'month',
      approximate: false,
    }),
  },
  {
    // "December last year", "in December last year"
    pattern: new RegExp(`\\b${EN_MONTH}\\s+(last|this|next)\\s+year\\b`, 'g'),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const offset = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return {
        date: { year: ref.year + offset, month: month(m[1]), day: 1 },
        precision: 'month',
        approximate: false,
      };
    },
  },
  {
    digits: true,
    // "on 12 October", "on October 12" (year from the published date)
    pattern: new RegExp(
      `\\b(?:[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y)\\s+(?:${DAY}\\s+${EN_MONTH}|${EN_MONTH}\\s+${DAY})\\b(?!,?\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const monthNumber = month(m[2] ?? m[3]);
      const day = Number(m[1] ?? m[4]);
      const year = latestMonth(monthNumber, ref);
      return isRealDay(year, monthNumber, day)
        ? { date: { year, month: monthNumber, day }, precision: 'day', approximate: false }
        : undefined;
    },
  },
  {
    // "in October", "last October", "this October": the latest one before the article
    pattern: new RegExp(
      `\\b(?:(?:[Ii]n|[Ll]ast|[Tt]his|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate)\\s+|mid-)${EN_MONTH}\\b(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const monthNumber = month(m[1]);
      return {
        date: { year: latestMonth(monthNumber, ref), month: monthNumber, day: 1 },
        precision: 'month',
        approximate: false,
      };
    },
  },
  {
    digits: true,
    // "in 2023", "since 2022", "early 2024"
    pattern: new RegExp(
      `\\b(?:(?:in|since|during|by|until|from|throughout|early|late|mid)\\s+|mid-)${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => ({
      date: { year: Number(m[1]), month: 1, day: 1 },
      precision: 'year',
      approximate: false,
    }),
  },
  {
    // "two months ago", "3 weeks ago", "a year ago"
    pattern:
      /\b(\d{1,2}|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const count = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : (NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? 1);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day') return { date: shiftDays(ref, -count), precision: 'day', approximate: true };
      if (unit === 'week') return { date: shiftDays(ref, -7 * count), precision: 'day', approximate: true };
      if (unit === 'month') return { date: shiftMonths(ref, -count), precision: 'month', approximate: true };
      return { date: { year: ref.year - count, month: 1, day: 1 }, precision: 'year', approximate: true };
    },
  },
  {
    pattern: /\b(yesterday|last week|last month|last year|this year|earlier this year|this month)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return undefined;
      switch ((m[1] ?? '').toLowerCase()) {
        case 'yesterday':
          return { date: shiftDays(ref, -1), precision: 'day', approximate: false };
        case 'last week':
          return { date: shiftDays(ref, -7), precision: 'day', approximate: true };
        case 'last month':
          return { date: shiftMonths(ref, -1), precision: 'month', approximate: false };
        case 'this month':
          return { date: ref, precision: 'month', approximate: false };
        case 'last year':
          return { date: { ...ref, year: ref.year - 1 }, precision: 'year', approximate: false };
        case 'earlier this year':
          return { date: ref, precision: 'year', approximate: true };
        default:
          return { date: ref, precision: 'year', approximate: false };
      }
    },
  },
];

function scanDates(text: string, reference: CalendarDate | undefined): DateMatch[] {
  const claimed: DateMatch[] = [];
  const overlaps = (start: number, end: number) =>
    claimed.some((match) => start < match.end && end > match.start);
  const invalid: { start: number; end: number }[] = [];
  const overlapsInvalid = (start: number, end: number) =>
    invalid.some((span) => start < span.end && end > span.start);
  const hasDigit = /\d/.test(text);
  for (const { pattern, resolve, claimInvalid, digits } of PATTERNS) {
    // Most sentences have no digit, and most patterns need one: skip those before the costly month names.
    if (digits && !hasDigit) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || overlapsInvalid(start, end)) continue;
      const resolved = resolve(match, reference);
      if (!resolved) {
        // "31 February 2024" is no date at all, not "February 2024".
        if (claimInvalid) invalid.push({ start, end });
        continue;
      }
      claimed.push({
        start,
        end,
        text: match[0],
        date: isoOf(resolved.date, resolved.precision),
        precision: resolved.precision,
        approximate: resolved.approximate,
      });
    }
  }
  return claimed.sort((a, b) => a.start - b.start);
}

const MAX_SENTENCE = 300;

export interface DateContext {
  /** The source's published date (ISO day); relative dates are resolved against it. */
  readonly published?: string;
  /** Used instead when there is no published date; dates resolved against it are marked approximate. */
  readonly today: string;
}

/** Every date the texts mention, in order, each once. */
export function findDates(texts: readonly string[], context: DateContext): DateSuggestion[] {
  const published = context.published ? parseIsoDay(context.published) : undefined;
  const reference = published ?? parseIsoDay(context.today);
  const found: DateSuggestion[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (!/\d|ago|year|month|week|yesterday|[A-Z][a-z]+/.test(sentence)) continue;
      for (const match of scanDates(sentence, reference)) {
        // Relative words resolved against today rather than the published date are a guess at the year.
        const relative = !/\b(?:19|20)\d{2}\b/.test(match.text);
        const approximate = match.approximate || (!published && relative);
        const key = `${match.text.toLowerCase()}|${match.date}|${match.precision}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({
          text: match.text.replace(/^(?:in|on|since|from|until|by|during|throughout)\s+/i, ''),
          date: match.date,
          precision: match.precision,
          approximate,
          sentence: sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence,
        });
      }
    }
  }
  return found;
}

/** A date line under a headline: "26 February 2024", "Published: Feb 26, 2024 10:02", "Updated …". */
export function dateLineValue(text: string): string | undefined {
  const line = text.trim();
  if (line.length > 80) return undefined;
  const rest = line.replace(
    /^(?:published|updated|posted|date|dated|veröffentlicht|publié le|publicado)\s*:?\s*/i,
    '',
  );
  const day = parsePublishedDate(rest);
  if (!day) return undefined;
  // Only a line that is mostly the date: a sentence that mentions one is not a date line.
  const words = rest
    .replace(/\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|[A-Z]{2,4})?/gi, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 6 ? day : undefined;
}
