// Finds the people, organisations and places a source mentions: runs of capitalised words, told apart by
// what they contain (Office, Ministry → organisation; Cathedral, a country → place; titles before two or
// three names → person), and acronyms with the expansion the text gives them ("… Police Office (BKA)").
// Language-aware: in German every noun is capitalised, so a person needs a title or a known given name;
// datelines ("ISLAMABAD:"), labels before a colon and honorifics ("M.") are never entities.

import type { EntityKind } from '../../model';
import type { EntitySuggestion } from '../material';
import { sentencesOf } from '../text-blocks';
import { findArabicEntities, hasArabic } from './arabic-entities';
import { entityKey } from './entity-key';
import {
  DEMONYMS,
  GIVEN_NAMES,
  NOT_ENTITIES,
  NOT_NAMES,
  NOT_NAMES_BY_LANGUAGE,
  ORGANISATION_NAMES,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PLACE_ACRONYMS,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&]+(?:-[\p{Lu}\d&]+)*$/u;
/** Small words allowed inside a name when a capitalised word follows: "Ministry of the Interior". */
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'da',
  'di',
]);
/** Lower-case words after a single name that make it an organisation: "the Hamas terrorist group". */
const ORGANISATION_NOUNS =
  /^\s+(?:\p{Ll}+\s+)?(?:group|movement|militia|organisation|organization|network|cartel|clan|party|gang)\b/u;
const MAX_SUGGESTIONS = 60;

function cleanToken(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
}

/** French and Italian elisions: "L'ambassadeur", "d'Oujda" are the word after the apostrophe. */
const ELISION = /^(?:[LlDdJjNnSsMmCc]|[Qq]u)['’](?=\p{L})/u;

function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const elided = ELISION.exec(match[0])?.[0].length ?? 0;
    const text = cleanToken(match[0].slice(elided));
    const start = match.index + elided;
    if (text) tokens.push({ text, start, end: start + text.length });
  }
  return tokens;
}

/** "MoUs", "NGOs", "SMEs": capitals closed by a plural s. */
const PLURAL_ABBREVIATION = /^\p{Lu}[\p{L}]*\p{Lu}s$/u;
const isAcronym = (word: string) => ACRONYM.test(word) && word.length <= 15;
/** What an expansion is abbreviated to: an acronym, or one capitalised word such as "Europol". */
const isShortName = (word: string) =>
  isAcronym(word) || (/^\p{Lu}[\p{L}\d]{2,14}$/u.test(word) && !PLACES.has(word) && !DEMONYMS.has(word));
/** Words allowed inside a written-out name in brackets: "United Nations Office on Drugs and Crime". */
const EXPANSION_CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  '&',
  'on',
  'against',
  'in',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'der',
]);
const isCapitalised = (word: string) => CAPITALISED.test(word);

/** Words an acronym skips: "Office de lutte contre le trafic (OLTIM)", "Bundesamt für Migration und Flüchtlinge". */
const ACRONYM_SKIPS = new Set([
  ...EXPANSION_CONNECTORS,
  'et',
  'pour',
  'contre',
  'sur',
  'les',
  'l',
  'd',
  'für',
  'und',
  'zur',
  'zum',
  'die',
  'das',
  'den',
  'dem',
]);
const MAX_EXPANSION_WORDS = 14;

/**
 * The words before "(ACR)" that it abbreviates: starting at a capitalised word, joined by spaces only,
 * with as many significant words as the acronym has letters (one more or less: "BAMF" for "Bundesamt für
 * Migration und Flüchtlinge"), the first letters agreeing. The longest such run wins.
 */
function expansionByInitials(
  sentence: string,
  before: readonly Token[],
  acronym: string,
): Token[] | undefined {
  const letters = acronym.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return undefined;
  let start = before.length - 1;
  while (
    start > 0 &&
    before.length - start < MAX_EXPANSION_WORDS &&
    adjacent(sentence, before[start - 1] as Token, before[start] as Token)
  )
    start -= 1;
  for (let from = start; from < before.length - 1; from += 1) {
    const run = before.slice(from);
    const first = run[0]?.text ?? '';
    if (!isCapitalised(first) || NOT_NAMES.has(first) || ACRONYM_SKIPS.has(first.toLowerCase())) continue;
    const significant = run.filter((token) => !ACRONYM_SKIPS.has(token.text.toLowerCase()));
    if (Math.abs(significant.length - letters.length) > 1) continue;
    if (first[0]?.toLowerCase() !== letters[0]?.toLowerCase()) continue;
    if (!ORGANISATION_WORDS.has(first) && !GERMAN_ORGANISATION.test(first)) continue;
    return run;
  }
  return undefined;
}

/** French adjectives after a body's name: "générale", "fédérale", "royale", "central", "belge", "organisé". */
const FRENCH_ADJECTIVE =
  /^\p{Ll}[\p{Ll}-]*(?:al|ale|ales|aux|el|elle|ien|ienne|ique|iques|aire|aires|ain|aine|ais|aise|if|ive|é|ée|és|ées|ge|ain)$/u;
/** What joins a French body's name to its complement: "de la", "du", "des", "d'", "contre le", "pour les". */
const FRENCH_JOIN =
  /^\s+(?:(?:de|contre|pour)\s+(?:la\s+|le\s+|les\s+|l['’])?|du\s+|des\s+|d['’]|l['’])$|^\s+d['’]$|^\s*d['’]$/u;

/**
 * A French body whose name goes on in lower case after its capitalised head: "la Direction générale de la
 * Sûreté nationale", "la Gendarmerie royale", "le Conseil de sécurité des Nations unies". The head must be a
 * word that names bodies (Direction, Office, Conseil, Police…); the name ends where neither an adjective nor
 * "de …" follows.
 */
function frenchBody(
  sentence: string,
  tokens: readonly Token[],
  run: readonly Token[],
): { name: string; end: number } | undefined {
  const head = run.find((token) => !NOT_NAMES.has(token.text) && !NOT_NAMES_BY_LANGUAGE.fr?.has(token.text));
  if (!head || !ORGANISATION_WORDS.has(head.text) || run.length > 2) return undefined;
  let at = tokens.findIndex((token) => token.start === run[run.length - 1]?.start);
  let end = at;
  let grew = false;
  for (;;) {
    const next = tokens[at + 1];
    if (!next) break;
    const gap = sentence.slice((tokens[at] as Token).end, next.start);
    if (/^\s+$/u.test(gap) && FRENCH_ADJECTIVE.test(next.text) && !/^\s*[,;:]/u.test(gap)) {
      at += 1;
      end = at;
      grew = true;
      continue;
    }
    if (FRENCH_JOIN.test(gap) || (/^\s+$/u.test(gap) && /^(?:de|du|des|contre|pour)$/u.test(next.text))) {
      // "de" as its own token: step over it (and an article) to the complement.
      let complement = at + 1;
      if (/^(?:de|du|des|contre|pour)$/u.test(tokens[complement]?.text ?? '')) complement += 1;
      if (/^(?:la|le|les)$/u.test(tokens[complement]?.text ?? '')) complement += 1;
      const word = tokens[complement];
      if (!word || complement - at > 3) break;
      if (
        isCapitalised(word.text) ||
        (/^\p{Ll}{3,}$/u.test(word.text) && !NOT_NAMES_BY_LANGUAGE.fr?.has(word.text))
      ) {
        at = complement;
        // A lower-case noun alone after "de" is part of the name only if an adjective or a name follows it.
        if (isCapitalised(word.text)) {
          while (
            tokens[at + 1] &&
            isCapitalised(tokens[at + 1]?.text ?? '') &&
            /^\s+$/u.test(sentence.slice((tokens[at] as Token).end, (tokens[at + 1] as Token).start))
          )
            at += 1;
          end = at;
          grew = true;
        }
        continue;
      }
    }
    break;
  }
  if (!grew) return undefined;
  const startToken = run.indexOf(head);
  const first = run[startToken] as Token;
  const last = tokens[end] as Token;
  return { name: sentence.slice(first.start, last.end).replace(/\s+/gu, ' '), end: last.end };
}

/** Whether only spaces separate two tokens (a comma or a bracket ends a name). */
function adjacent(sentence: string, left: Token, right: Token): boolean {
  return /^\s+$/u.test(sentence.slice(left.end, right.start));
}

/** Runs of capitalised words, with connectors inside them; `and` joins words only in an acronym's expansion. */
function capitalisedRuns(sentence: string, tokens: readonly Token[], allowAnd: boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]?.text ?? '')) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = run[run.length - 1];
    if (previous && !adjacent(sentence, previous, token)) flush();
    if (isCapitalised(token.text)) {
      run.push(token);
      return;
    }
    const joins = (candidate: Token | undefined) => {
      const lower = candidate?.text.toLowerCase() ?? '';
      return CONNECTORS.has(lower) || (allowAnd && (lower === 'and' || lower === '&'));
    };
    // "Ministry of the Interior": a connector may lead to another before the name goes on.
    const last = run[run.length - 1];
    const next = tokens[index + 1];
    const afterNext = tokens[index + 2];
    const continues =
      next &&
      adjacent(sentence, token, next) &&
      (isCapitalised(next.text) ||
        (joins(next) &&
          !joins(last) &&
          afterNext &&
          isCapitalised(afterNext.text) &&
          adjacent(sentence, next, afterNext)));
    if (run.length > 0 && joins(token) && continues) run.push(token);
    else flush();
  });
  flush();
  return runs;
}

interface Found {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  mentions: number;
  first: number;
}

class EntityCollector {
  private readonly byKey = new Map<string, Found>();
  private order = 0;

  add(name: string, kind: EntityKind, aliases: readonly string[] = []): Found {
    const keys = [name, ...aliases].map(entityKey);
    let found = keys.map((key) => this.byKey.get(key)).find(Boolean);
    if (!found && kind === 'person') {
      // One man's name spelled two ways in one article ("Mohamed"/"Mohammed") is one suggestion.
      found = [...new Set(this.byKey.values())].find(
        (other) => other.kind === 'person' && isSpellingVariant(entityKey(other.name), keys[0] ?? ''),
      );
      if (found) found.aliases.add(name);
    }
    if (!found) {
      found = { name, kind, aliases: new Set(), mentions: 0, first: this.order++ };
    } else if (found.kind === 'other' && kind !== 'other') {
      found.kind = kind;
    }
    found.mentions += 1;
    for (const alias of aliases) if (entityKey(alias) !== entityKey(found.name)) found.aliases.add(alias);
    for (const key of keys) this.byKey.set(key, found);
    return found;
  }

  has(name: string): Found | undefined {
    return this.byKey.get(entityKey(name));
  }

  suggestions(): EntitySuggestion[] {
    const unique = [...new Set(this.byKey.values())];
    return unique
      .filter((found) => found.kind !== 'other' || found.mentions >= 2)
      .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
      .slice(0, MAX_SUGGESTIONS)
      .map((found) => ({
        name: found.name,
        kind: found.kind,
        aliases: [...found.aliases],
        mentions: found.mentions,
      }));
  }
}

const words = (run: readonly Token[]) => run.map((token) => token.text);

/** Edits (insert, delete, substitute) from one text to another, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How many letters two spellings of one person's name may differ by: one in a name of 10 characters or more,
 * two from 14 ("Mohamed Bouzekri" / "Mohammed Bouzekri"); never in shorter names, where one letter makes
 * another person ("Ali Said" / "Ali Saad"). The surname's first letter must agree.
 */
export const NAME_EDITS = { oneFrom: 10, twoFrom: 14 } as const;

function isSpellingVariant(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  const limit = length >= NAME_EDITS.twoFrom ? 2 : length >= NAME_EDITS.oneFrom ? 1 : 0;
  if (limit === 0 || a === b) return false;
  const last = (key: string) => key.slice(key.lastIndexOf(' ') + 1);
  if (a.split(' ').length !== b.split(' ').length || last(a)[0] !== last(b)[0]) return false;
  return editDistance(a, b, limit) <= limit;
}

const ROLE_CONNECTORS = new Set(['of', 'der', 'des', 'de', 'du']);
/** "Director General of the X" → "X": a role in front of an organisation's name is not part of it. */
function withoutLeadingRole(names: string[]): string[] {
  const of = names.findIndex((word) => ROLE_CONNECTORS.has(word));
  if (of > 0 && names.slice(0, of).every((word) => PERSON_TITLES.has(word))) {
    const rest = names.slice(of + 1);
    return rest[0] === 'the' ? rest.slice(1) : rest;
  }
  return names;
}

/** German compounds that name an authority: Bundeskriminalamt, Oberlandesgericht, Bundesanwaltschaft. */
const GERMAN_ORGANISATION =
  /(?:amt|ministerium|polizei|gericht|anwaltschaft|behörde|regierung|verband|partei|dienst|kommission|bundestag|gesellschaft|staat)$/iu;

/**
 * A German compound naming an authority ("Bundespolizei", "Landgericht"); the bare noun ("Polizei",
 * "Regierung", "Behörde") is any authority, not one.
 */
function isGermanAuthority(word: string): boolean {
  const match = GERMAN_ORGANISATION.exec(word);
  return Boolean(match && match.index >= 3);
}

function kindOfName(names: readonly string[], language = ''): EntityKind | undefined {
  const name = names.join(' ');
  if (PLACES.has(name)) return 'place';
  if (names.some((word) => ORGANISATION_WORDS.has(word))) return 'organisation';
  if (language === 'de' && names.some((word) => GERMAN_ORGANISATION.test(word))) return 'organisation';
  if (PLACE_WORDS.has(names[names.length - 1] ?? '')) return 'place';
  return undefined;
}

const isTitle = (word: string) => PERSON_TITLES.has(word) || PERSON_TITLES.has(word.split('-').pop() ?? '');

/**
 * Splits "German Interior Minister Nancy Faeser" into its titles and the name after them. In German, where
 * nouns are capitalised too ("Das Abkommen", "Jahren Haft"), a name needs a title or a known given name.
 */
function personName(names: readonly string[], language = ''): string | undefined {
  let start = 0;
  for (let index = 0; index < names.length; index += 1) {
    const word = names[index] ?? '';
    if (
      isTitle(word) ||
      NOT_NAMES_BY_LANGUAGE[language]?.has(word) ||
      DEMONYMS.has(word) ||
      NOT_NAMES.has(word) ||
      word.split('-').every((part) => DEMONYMS.has(part))
    )
      start = index + 1;
  }
  let rest = names.slice(start);
  // "l'Intérieur Abdelouafi Laftit": a role's last word before a known given name is not part of the name.
  const given = rest.findIndex((word, index) => index > 0 && GIVEN_NAMES.has(word));
  if (given > 0 && rest.length - given >= 2 && !GIVEN_NAMES.has(rest[0] ?? '')) {
    rest = rest.slice(given);
    start += given;
  }
  if (rest.length < 2 || rest.length > 4) return undefined;
  if (rest.some((word) => isAcronym(word) || CONNECTORS.has(word) || /\d/.test(word))) return undefined;
  if (language === 'de' && !isTitle(names[start - 1] ?? '') && !GIVEN_NAMES.has(rest[0] ?? ''))
    return undefined;
  return rest.join(' ');
}

function trimmedRun(names: string[], language = ''): string[] {
  let start = 0;
  const local = NOT_NAMES_BY_LANGUAGE[language];
  while (
    start < names.length &&
    (NOT_NAMES.has(names[start] ?? '') ||
      CONNECTORS.has(names[start] ?? '') ||
      local?.has(names[start] ?? ''))
  )
    start += 1;
  return names.slice(start);
}

/** "NAIROBI" → "Nairobi", to look a dateline's or a shouted name up in the gazetteer. */
const titleCase = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

function isPlainWord(word: string, language = ''): boolean {
  return (
    NOT_NAMES.has(word) ||
    Boolean(NOT_NAMES_BY_LANGUAGE[language]?.has(word)) ||
    word.length === 1 ||
    PERSON_TITLES.has(word) ||
    DEMONYMS.has(word) ||
    NOT_ENTITIES.has(word) ||
    word.split('-').every((part) => DEMONYMS.has(part))
  );
}

export interface EntityOptions {
  /** The article's language (ISO 639-1): German capitalises every noun, French elides articles. */
  readonly language?: string;
}

/** "ISLAMABAD:", "NAIROBI, Jan 15 (Wire) -", "HAMBURG (nfa) –": a place in capitals opening the text. */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}\p{M}' -]{2,}?)(?:\s*,\s*[^():–—\n]{1,25}?)?(?:\s*\([^)]{1,40}\))?\s*(?::|\s[–—-])\s/u;
/** "TAGS: …", "Topics: …", "Our Standards: …": a label before a colon opening the text is not a name. */
const LABEL = /^\s*[\p{L}][\p{L}' -]{0,30}?\s*:/u;

/** The entities the texts mention, the most mentioned first (then in order of first mention). */
export function findEntities(texts: readonly string[], options: EntityOptions = {}): EntitySuggestion[] {
  const language = options.language ?? '';
  const collector = new EntityCollector();
  const singles: { word: string; sentenceStart: boolean; followedByOrganisationNoun: boolean }[] = [];

  for (const original of texts) {
    let text = original;
    const dateline = DATELINE.exec(text);
    if (dateline?.[1] && dateline[1] === dateline[1].toUpperCase()) {
      // The wire's dateline says where the story was filed, not what it is about: never an entity.
      text = text.slice(dateline[0].length);
    } else {
      const label = LABEL.exec(text);
      if (label) text = text.slice(label[0].length);
    }
    for (const sentence of sentencesOf(text)) {
      const tokens = tokensOf(sentence);
      const defined = new Set<number>();

      // Acronyms with their expansions: "Full Name (ACR)" and "ACR (Full Name)".
      for (const bracket of sentence.matchAll(/\(([^()]{2,120})\)/g)) {
        const inside = bracket[1]?.trim() ?? '';
        const open = bracket.index;
        const close = open + bracket[0].length;
        const insideTokens = tokens.filter((token) => token.start > open && token.end < close);
        const before = tokens.filter((token) => token.end <= open);
        const runs = capitalisedRuns(sentence, before, true);
        const lastRun = runs[runs.length - 1];
        const touching = lastRun && /^\s*$/.test(sentence.slice(lastRun[lastRun.length - 1]?.end ?? 0, open));
        // "Memorandums of Understanding (MoUs)": a plural abbreviation names a kind of thing, not one body.
        if (PLURAL_ABBREVIATION.test(inside) && lastRun && touching) {
          for (const token of [...lastRun, ...insideTokens]) defined.add(token.start);
          continue;
        }
        if (isShortName(inside) && lastRun && touching) {
          const expansion = withoutLeadingRole(trimmedRun(words(lastRun), language));
          const single = expansion.length === 1 ? (expansion[0] ?? '') : '';
          if (
            expansion.length >= 2 ||
            (single && (isGermanAuthority(single) || ORGANISATION_WORDS.has(single)))
          ) {
            const name = expansion.join(' ');
            const kind = PLACE_ACRONYMS.has(inside) || PLACES.has(name) ? 'place' : 'organisation';
            collector.add(name, kind, [inside]);
            for (const token of [...lastRun, ...insideTokens]) defined.add(token.start);
            continue;
          }
        }
        // "la Direction nationale du renseignement et des enquêtes douanières (DNRED)": French and German
        // names hold lower-case words; the acronym's letters say how far back the name starts.
        const written = isAcronym(inside) ? expansionByInitials(sentence, before, inside) : undefined;
        if (written) {
          collector.add(words(written).join(' '), 'organisation', [inside]);
          for (const token of [...written, ...insideTokens]) defined.add(token.start);
          continue;
        }
        const acronymBefore = before[before.length - 1];
        const insideWords = inside.split(/\s+/);
        if (
          acronymBefore &&
          isAcronym(acronymBefore.text) &&
          /^\s*$/.test(sentence.slice(acronymBefore.end, open)) &&
          insideWords.length >= 2 &&
          isCapitalised(insideWords[0] ?? '') &&
          insideWords.every((word) => isCapitalised(word) || EXPANSION_CONNECTORS.has(word.toLowerCase()))
        ) {
          collector.add(inside, PLACE_ACRONYMS.has(acronymBefore.text) ? 'place' : 'organisation', [
            acronymBefore.text,
          ]);
          for (const token of [acronymBefore, ...insideTokens]) defined.add(token.start);
        }
      }

      let consumedUntil = -1;
      for (const run of capitalisedRuns(sentence, tokens, false)) {
        if (run.some((token) => defined.has(token.start)) || (run[0]?.start ?? 0) < consumedUntil) continue;
        if (language === 'fr') {
          const body = frenchBody(sentence, tokens, run);
          if (body) {
            collector.add(body.name, 'organisation');
            consumedUntil = body.end;
            continue;
          }
        }
        const atSentenceStart = /^\s*["“'‘]?$/u.test(sentence.slice(0, run[0]?.start ?? 0));
        // "New York" is a place before "New" is taken for a sentence's first word.
        const whole = words(run);
        const placeAt = whole.findIndex((_, index) => index < 2 && PLACES.has(whole.slice(index).join(' ')));
        if (placeAt >= 0 && whole.length - placeAt >= 2) {
          collector.add(whole.slice(placeAt).join(' '), 'place');
          continue;
        }
        const names = trimmedRun(whole, language);
        if (names.length === 0) continue;
        if (names.length === 1) {
          const word = names[0] as string;
          const end = run[run.length - 1]?.end ?? 0;
          singles.push({
            word,
            sentenceStart: atSentenceStart && run.length === 1,
            followedByOrganisationNoun: ORGANISATION_NOUNS.test(sentence.slice(end)),
          });
          continue;
        }
        const kind = kindOfName(names, language);
        if (kind === 'organisation' || kind === 'place') {
          // A place or organisation may come with a nationality in front; a run of titles alone is nothing.
          const namedByBody =
            kind === 'organisation' && ORGANISATION_WORDS.has(names[names.length - 1] ?? '');
          if (names.every((word) => isPlainWord(word, language)) && !namedByBody) continue;
          const name = kind === 'organisation' ? withoutLeadingRole(names) : names;
          if (name.length === 1 && isTitle(name[0] ?? '')) continue;
          collector.add(name.join(' '), kind);
          continue;
        }
        const person = personName(names, language);
        if (person) {
          collector.add(person, 'person');
          continue;
        }
        // "Morocco Germany" never happens without punctuation, but a title before a place can: check the words.
        for (const word of names) if (PLACES.has(word)) collector.add(word, 'place');
      }
    }
  }

  // Arabic writes no capitals: its own finder reads the honorifics, head nouns and gazetteer instead.
  const arabic = texts.filter(hasArabic);
  if (arabic.length > 0) findArabicEntities(arabic, (name, kind) => collector.add(name, kind));

  const lowerCaseWords = new Set(
    texts.flatMap((text) => text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}-]*/gu) ?? []),
  );
  // Single words: places, acronyms, surnames of people already found, and names seen more than once.
  const surnames = new Map<string, string>();
  for (const suggestion of collector.suggestions()) {
    if (suggestion.kind === 'person') {
      const parts = suggestion.name.split(' ');
      surnames.set(entityKey(parts[parts.length - 1] ?? ''), suggestion.name);
    }
  }
  for (const { word, sentenceStart, followedByOrganisationNoun } of singles) {
    if (PLACES.has(word)) {
      collector.add(word, 'place');
    } else if (word.length > 3 && PLACES.has(titleCase(word))) {
      collector.add(titleCase(word), 'place');
    } else if (isAcronym(word)) {
      if (!NOT_ENTITIES.has(word) && !/^\d/.test(word)) {
        collector.add(word, PLACE_ACRONYMS.has(word) ? 'place' : 'organisation');
      }
    } else if (surnames.has(entityKey(word))) {
      collector.add(surnames.get(entityKey(word)) as string, 'person');
    } else if (
      ORGANISATION_NAMES.has(word) &&
      !lowerCaseWords.has(word.toLowerCase()) &&
      !isPlainWord(word, language)
    ) {
      // A body's own name (Interpol, Frontex) is never written in lower case; "Police" or "Office" is.
      collector.add(word, 'organisation');
    } else if (language === 'de' && isGermanAuthority(word) && !isPlainWord(word, language)) {
      collector.add(word, 'organisation');
    } else if (!isPlainWord(word, language) && !sentenceStart && language !== 'de') {
      // In German a lone capitalised word is as likely a noun as a name: only the gazetteer speaks for it.
      collector.add(word, followedByOrganisationNoun ? 'organisation' : 'other');
    }
  }
  return collector.suggestions();
}
