// Finds the people, organisations and places a source mentions: runs of capitalised words, told apart by
// what they contain (Office, Ministry → organisation; Cathedral, a country → place; titles before two or
// three names → person), and acronyms with the expansion the text gives them ("… Police Office (BKA)").

import type { EntityKind } from '../../model';
import type { EntitySuggestion } from '../material';
import { sentencesOf } from '../text-blocks';
import { entityKey } from './entity-key';
import {
  DEMONYMS,
  NOT_ENTITIES,
  NOT_NAMES,
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

function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const text = cleanToken(match[0]);
    if (text) tokens.push({ text, start: match.index, end: match.index + text.length });
  }
  return tokens;
}

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
    const next = tokens[index + 1];
    const lower = token.text.toLowerCase();
    const joins = CONNECTORS.has(lower) || (allowAnd && (lower === 'and' || lower === '&'));
    if (run.length > 0 && joins && next && isCapitalised(next.text) && adjacent(sentence, token, next))
      run.push(token);
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

/** "Director General of the X" → "X": a role in front of an organisation's name is not part of it. */
function withoutLeadingRole(names: string[]): string[] {
  const of = names.indexOf('of');
  if (of > 0 && names.slice(0, of).every((word) => PERSON_TITLES.has(word))) {
    const rest = names.slice(of + 1);
    return rest[0] === 'the' ? rest.slice(1) : rest;
  }
  return names;
}

function kindOfName(names: readonly string[]): EntityKind | undefined {
  const name = names.join(' ');
  if (PLACES.has(name)) return 'place';
  if (names.some((word) => ORGANISATION_WORDS.has(word))) return 'organisation';
  if (PLACE_WORDS.has(names[names.length - 1] ?? '')) return 'place';
  return undefined;
}

/** Splits "German Interior Minister Nancy Faeser" into its titles and the name after them. */
function personName(names: readonly string[]): string | undefined {
  let start = 0;
  for (let index = 0; index < names.length; index += 1) {
    const word = names[index] ?? '';
    if (
      PERSON_TITLES.has(word) ||
      DEMONYMS.has(word) ||
      NOT_NAMES.has(word) ||
      word.split('-').every((part) => DEMONYMS.has(part))
    )
      start = index + 1;
  }
  const rest = names.slice(start);
  if (rest.length < 2 || rest.length > 4) return undefined;
  if (rest.some((word) => isAcronym(word) || CONNECTORS.has(word) || /\d/.test(word))) return undefined;
  return rest.join(' ');
}

function trimmedRun(names: string[]): string[] {
  let start = 0;
  while (start < names.length && (NOT_NAMES.has(names[start] ?? '') || CONNECTORS.has(names[start] ?? '')))
    start += 1;
  return names.slice(start);
}

function isPlainWord(word: string): boolean {
  return (
    NOT_NAMES.has(word) ||
    PERSON_TITLES.has(word) ||
    DEMONYMS.has(word) ||
    NOT_ENTITIES.has(word) ||
    word.split('-').every((part) => DEMONYMS.has(part))
  );
}

/** The entities the texts mention, the most mentioned first (then in order of first mention). */
export function findEntities(texts: readonly string[]): EntitySuggestion[] {
  const collector = new EntityCollector();
  const singles: { word: string; sentenceStart: boolean; followedByOrganisationNoun: boolean }[] = [];

  for (const text of texts) {
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
        if (isShortName(inside) && lastRun && touching) {
          const expansion = withoutLeadingRole(trimmedRun(words(lastRun)));
          if (expansion.length >= 2) {
            const name = expansion.join(' ');
            const kind = PLACE_ACRONYMS.has(inside) || PLACES.has(name) ? 'place' : 'organisation';
            collector.add(name, kind, [inside]);
            for (const token of [...lastRun, ...insideTokens]) defined.add(token.start);
            continue;
          }
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

      for (const run of capitalisedRuns(sentence, tokens, false)) {
        if (run.some((token) => defined.has(token.start))) continue;
        const atSentenceStart = /^\s*["“'‘]?$/u.test(sentence.slice(0, run[0]?.start ?? 0));
        const names = trimmedRun(words(run));
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
        const kind = kindOfName(names);
        if (kind === 'organisation' || kind === 'place') {
          // A place or organisation may come with a nationality in front; a run of titles alone is nothing.
          if (names.every(isPlainWord)) continue;
          collector.add(names.join(' '), kind);
          continue;
        }
        const person = personName(names);
        if (person) {
          collector.add(person, 'person');
          continue;
        }
        // "Morocco Germany" never happens without punctuation, but a title before a place can: check the words.
        for (const word of names) if (PLACES.has(word)) collector.add(word, 'place');
      }
    }
  }

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
    } else if (isAcronym(word)) {
      if (!NOT_ENTITIES.has(word) && !/^\d/.test(word)) {
        collector.add(word, PLACE_ACRONYMS.has(word) ? 'place' : 'organisation');
      }
    } else if (surnames.has(entityKey(word))) {
      collector.add(surnames.get(entityKey(word)) as string, 'person');
    } else if (!isPlainWord(word) && !sentenceStart) {
      collector.add(word, followedByOrganisationNoun ? 'organisation' : 'other');
    }
  }
  return collector.suggestions();
}
