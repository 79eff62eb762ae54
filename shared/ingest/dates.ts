// Dates in a source's text: written-out dates ("26 February 2024", "March 2023", "in 2022") and relative
// ones ("in October", "December last year", "two months ago", "on Tuesday"), resolved against the published
// date and written as precisely as the words allow; chrono-node reads what our patterns do not, in the
// article's language. Also parses the date lines and metadata values files carry.

import * as chrono from 'chrono-node';
import type { DatePrecision } from '../model';
import type { DateSuggestion } from './material';
import { sentencesOf } from './text-blocks';

const MONTH_NAMES: Readonly<Record<string, number>> = (() => {
  const names: Record<string, number> = {};
  const add = (month: number, ...words: string[]) => {
    for (const word of words) names[word.toLowerCase()] = month;
  };
  add(1, 'January', 'Jan', 'Januar', 'Jänner', 'janvier', 'enero', 'gennaio', 'يناير', 'كانون الثاني');
  add(2, 'February', 'Feb', 'Februar', 'février', 'fevrier', 'febrero', 'febbraio', 'فبراير', 'شباط');
  add(3, 'March', 'Mar', 'März', 'Maerz', 'mars', 'marzo', 'مارس', 'آذار');
  add(4, 'April', 'Apr', 'avril', 'abril', 'aprile', 'أبريل', 'ابريل', 'نيسان');
  add(5, 'May', 'Mai', 'mayo', 'maggio', 'مايو', 'ماي', 'أيار');
  add(6, 'June', 'Jun', 'Juni', 'juin', 'junio', 'giugno', 'يونيو', 'يونيه', 'حزيران');
  add(7, 'July', 'Jul', 'Juli', 'juillet', 'julio', 'luglio', 'يوليو', 'يوليوز', 'تموز');
  add(8, 'August', 'Aug', 'août', 'aout', 'agosto', 'أغسطس', 'غشت', 'آب');
  add(
    9,
    'September',
    'Sep',
    'Sept',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'سبتمبر',
    'شتنبر',
    'أيلول',
  );
  add(10, 'October', 'Oct', 'Oktober', 'octobre', 'octubre', 'ottobre', 'أكتوبر', 'تشرين الأول');
  add(11, 'November', 'Nov', 'novembre', 'noviembre', 'نوفمبر', 'نونبر', 'تشرين الثاني');
  add(
    12,
    'December',
    'Dec',
    'Dezember',
    'décembre',
    'decembre',
    'diciembre',
    'dicembre',
    'ديسمبر',
    'دجنبر',
    'كانون الأول',
  );
  return names;
})();

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** The Arabic month names (Egyptian, Maghrebi and Levantine), longest first. */
const ARABIC_MONTH = `(${Object.keys(MONTH_NAMES)
  .filter((name) => /\p{Script=Arabic}/u.test(name))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
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
    digits: true,
    // Arabic letters are no word characters to \b, and "و" (and), "ف", "ب" (in) join the month they stand
    // before: "بين يناير وديسمبر 2024". The particle stays outside the date's words.
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}])[وفب]?)${ARABIC_MONTH}\\s+${YEAR}(?!\\d)`, 'gu'),
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
    // "in 2023", "since 2022", "early 2024"; French "en 2023", German "im Jahr 2015", "seit 2021", Arabic "منذ سنة 2022"
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:in|since|during|by|until|from|throughout|early|late|mid|en|depuis|dès|jusqu'en|fin|début|im(?: Jahr)?|seit|bis|Ende|Anfang|في|منذ|خلال|عام|سنة|(?:في|منذ|خلال) (?:عام|سنة))\\s+|mid-)${YEAR}\\b`,
      'giu',
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

/** chrono-node's parser for a language: its locale with English behind it (wire copy mixes them). */
const CHRONO_LOCALES: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  ar: chrono.ar.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
};
/** Casual words chrono reads as "now" ("today", "heute", "tonight") say nothing a timeline needs. */
const NOW_ONLY =
  /^(?:now|today|tonight|this (?:morning|afternoon|evening)|heute|jetzt|aujourd'hui|maintenant|ce (?:matin|soir)|اليوم|الآن)$/iu;

function isoDayOf(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const before = (a: CalendarDate, b: CalendarDate) =>
  a.year * 400 + a.month * 32 + a.day < b.year * 400 + b.month * 32 + b.day;

/**
 * What chrono-node finds that our patterns left: weekdays ("on Tuesday", "mardi", "am Mittwoch", "يوم
 * الثلاثاء") as the latest such day on or before the reference, dates without a year ("am 20. September")
 * as the latest before it, relative phrases in the article's language ("vor zwei Monaten", "il y a deux
 * mois") marked approximate. The precision is what chrono is certain of.
 */
function chronoDates(
  text: string,
  reference: CalendarDate,
  language: string,
  taken: (start: number, end: number) => boolean,
): DateMatch[] {
  const parsers = [CHRONO_LOCALES[language], language === 'en' ? undefined : CHRONO_LOCALES.en].filter(
    (parser): parser is chrono.Chrono => Boolean(parser),
  );
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const found: DateMatch[] = [];
  for (const parser of parsers) {
    for (const result of parser.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
      const start = result.index;
      const end = start + result.text.length;
      if (taken(start, end) || found.some((match) => start < match.end && end > match.start)) continue;
      const words = result.text.trim();
      // "la mer" is not Wednesday ("mer."), nor "sam" Saturday: a lone short word is no date.
      if (NOW_ONLY.test(words) || /^[\p{L}.]{1,4}$/u.test(words)) continue;
      const known = result.start;
      const relative = known.tags().has('result/relativeDate');
      let date = isoDayOf(known.date());
      let precision: DatePrecision;
      if (known.isCertain('day') || (known.isCertain('weekday') && !known.isCertain('month')))
        precision = 'day';
      else if (known.isCertain('month')) precision = 'month';
      else if (known.isCertain('year')) precision = 'year';
      else continue;
      // Never after the article: a weekday or a day without its year is the latest one before it.
      if (!known.isCertain('year') && before(reference, date)) {
        date = known.isCertain('day')
          ? { ...date, year: date.year - 1 }
          : shiftDays(date, -7 * Math.ceil((dayNumber(date) - dayNumber(reference)) / 7));
      }
      found.push({
        start,
        end,
        text: result.text,
        date: isoOf(date, precision),
        precision,
        approximate: relative && !/^(?:yesterday|hier|gestern|أمس)$/iu.test(words),
      });
    }
  }
  return found;
}

const dayNumber = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;

function scanDates(text: string, reference: CalendarDate | undefined, language = ''): DateMatch[] {
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
  if (reference && language) claimed.push(...chronoDates(text, reference, language, overlaps));
  return claimed.sort((a, b) => a.start - b.start);
}

const MAX_SENTENCE = 300;

export interface DateContext {
  /** The source's published date (ISO day); relative dates are resolved against it. */
  readonly published?: string;
  /** Used instead when there is no published date; dates resolved against it are marked approximate. */
  readonly today: string;
  /** The article's language (ISO 639-1), to read its weekdays and relative phrases; English when unknown. */
  readonly language?: string;
}

/** Every date the texts mention, in order, each once. */
export function findDates(texts: readonly string[], context: DateContext): DateSuggestion[] {
  const published = context.published ? parseIsoDay(context.published) : undefined;
  const reference = published ?? parseIsoDay(context.today);
  const found: DateSuggestion[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      for (const match of scanDates(sentence, reference, context.language || 'en')) {
        // Relative words resolved against today rather than the published date are a guess at the year.
        const relative = !/\b(?:19|20)\d{2}\b/.test(match.text);
        const approximate = match.approximate || (!published && relative);
        const key = `${match.text.toLowerCase()}|${match.date}|${match.precision}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({
          text: match.text
            .trim()
            .replace(/[,.;]$/, '')
            .replace(/^(?:in|on|since|from|until|by|during|throughout|am|im|en|le|في|يوم)\s+/iu, ''),
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
    /^(?:published|updated|posted|date|dated|press release|veröffentlicht(?: am)?|pressemitteilung(?: vom)?|publié le|mis à jour le|communiqué(?: de presse)?|publicado|نشر في|بيان صحفي)\s*[:,–—-]?\s*/iu,
    '',
  );
  const day = parsePublishedDate(rest);
  if (!day) return undefined;
  // Only a line that is mostly the date: a sentence that mentions one is not a date line.
  const words = rest
    .replace(/\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|[A-Z]{2,4})?/gi, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length <= 6 ? day : undefined;
}
