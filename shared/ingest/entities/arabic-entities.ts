// People, organisations and places in Arabic text, where no capital letter marks a name: places from an
// Arabic gazetteer, organisations from the noun that heads them (وزارة، المديرية العامة، منظمة …) and the
// definite genitives that follow it, people from the title or honorific before them (السيد، الوزير …),
// which is a cue and never part of the name. Attached particles (و، ب، ل، ف، ك) are taken off first.

import type { EntityKind } from '../../model';
import {
  ARABIC_ORGANISATION_HEADS,
  ARABIC_ORGANISATIONS,
  ARABIC_PERSON_TITLES,
  ARABIC_PLACES,
} from './arabic-gazetteer';

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const WORD = /[\p{Script=Arabic}\p{M}]+|[^\s\p{Script=Arabic}]+/gu;
/** Harakat and tatweel: written in some texts, never part of how a name is compared. */
const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/gu;

interface Word {
  /** As written, without diacritics. */
  readonly text: string;
  /** Without an attached conjunction or preposition ("وإسبانيا" → "إسبانيا", "للأمن" → "الأمن"). */
  readonly bare: string;
  /** Whether punctuation or a line break comes right after it (a name never runs across). */
  readonly breakAfter: boolean;
}

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** Every reading of a word without its attached particles, the word itself first. */
function readings(word: string): string[] {
  const forms = [word];
  // "لل" is ل + ال with the alef dropped: "للأمن" is "الأمن".
  if (/^[وف]?لل/u.test(word)) forms.push(`ال${word.replace(/^[وف]?لل/u, '')}`);
  let rest = word;
  for (let step = 0; step < 2 && rest.length > 3; step += 1) {
    if (!/^[وفبلك]/u.test(rest)) break;
    rest = rest.slice(1);
    forms.push(rest);
  }
  return forms;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const clean = text.replace(DIACRITICS, '');
  for (const match of clean.matchAll(WORD)) {
    const token = match[0];
    if (!ARABIC_LETTER.test(token)) {
      const last = words[words.length - 1];
      if (last && /[.,،؛;:!?؟()«»"“”\-–—|/]/u.test(token))
        words[words.length - 1] = { ...last, breakAfter: true };
      continue;
    }
    const between = clean.slice(match.index + token.length, match.index + token.length + 2);
    words.push({ text: token, bare: token, breakAfter: /^\s*[\n.,،؛;:!?؟()«»"“”\-–—]/u.test(between) });
  }
  return words;
}

const isDefinite = (word: string) => /^(?:ال|لل)/u.test(word);
/** Words after which a name goes on with a definite word: عبد الله، أبو القاسم، بن العربي. */
const NAME_LINKS = new Set(['عبد', 'أبو', 'ابو', 'بن', 'ابن', 'بو', 'أبي', 'ولد', 'آل']);
/** Words that end a name: particles, verbs of saying, time words. */
const NOT_NAME = new Set(
  'إن|أن|أنه|إنه|في|على|من|إلى|الى|عن|مع|قد|لقد|كان|كانت|قال|قالت|أكد|أكدت|أوضح|أعلن|أعلنت|يوم|خلال|بعد|قبل|منذ|الذي|التي|الذين|و|أو|ثم|لا|لم|لن|ما|هذا|هذه|ذلك|تلك|هو|هي|أمس|اليوم|غدا|حيث|كما|بين|حول|لدى|عند|أمام|باسم|نيابة|رئيس|وزير|وزيرة|مدير|السابق|السابقة|الجديد|الجديدة|الحالي'.split(
    '|',
  ),
);

/** Verbs of saying that follow a name: "قال"، "وأضاف"، "فأكد". */
const SAYING = /^(?:و|ف)?(?:قال|أكد|أضاف|أوضح|أشار|أعلن|صرح|ذكر)/u;

const MAX_PLACE_WORDS = 4;

/**
 * The phrases of one to `most` words starting at `index`, the longest first, each with every reading of its
 * first word (without attached particles); a phrase never runs across punctuation.
 */
function* phrasesAt(
  words: readonly Word[],
  index: number,
  most: number,
): Generator<{ name: string; length: number }> {
  for (let length = most; length >= 1; length -= 1) {
    const slice = words.slice(index, index + length);
    if (slice.length < length || slice.slice(0, -1).some((word) => word.breakAfter)) continue;
    for (const first of readings(slice[0]?.text ?? '')) {
      yield { name: [first, ...slice.slice(1).map((word) => word.text)].join(' '), length };
    }
  }
}

/** The longest place of the gazetteer starting at `index`. */
function placeAt(words: readonly Word[], index: number): { name: string; length: number } | undefined {
  for (const phrase of phrasesAt(words, index, MAX_PLACE_WORDS))
    if (ARABIC_PLACES.has(phrase.name)) return phrase;
  return undefined;
}

function organisationAt(words: readonly Word[], index: number): { name: string; length: number } | undefined {
  for (const { name, length } of phrasesAt(words, index, MAX_PLACE_WORDS)) {
    if (ARABIC_ORGANISATIONS.has(name)) return { name, length };
    // A head noun ("وزارة", "المديرية العامة") names a body only with what follows it.
    if (!ARABIC_ORGANISATION_HEADS.has(name)) continue;
    let end = index + length;
    while (
      end < words.length &&
      end - index < length + 4 &&
      !words[end - 1]?.breakAfter &&
      isDefinite(words[end]?.text ?? '') &&
      !readings(words[end]?.text ?? '').some((form) => ARABIC_PLACES.has(form))
    )
      end += 1;
    if (end === index + length) continue;
    const rest = words.slice(index + length, end).map((word) => word.text);
    // "مصالح الأمن الوطني" (the services of …): a body known by its own name is that body.
    const known = rest.join(' ');
    if (ARABIC_ORGANISATIONS.has(known)) return { name: known, length: end - index };
    return { name: [name, ...rest].join(' '), length: end - index };
  }
  return undefined;
}

/** The length of a title at `index` and the role words after it ("وزير الداخلية الإسباني"). */
function titleAt(words: readonly Word[], index: number): number {
  for (const { name, length } of phrasesAt(words, index, 3)) {
    if (!ARABIC_PERSON_TITLES.has(name)) continue;
    // What the title is of ("الداخلية", "باسم الحكومة") comes before the name, all definite or باسم.
    let end = index + length;
    while (end < words.length && !words[end - 1]?.breakAfter && end - index < length + 4) {
      const next = words[end]?.text ?? '';
      if (isDefinite(next)) end += 1;
      else if (next === 'باسم' && isDefinite(words[end + 1]?.text ?? '')) end += 2;
      else break;
    }
    return end - index;
  }
  return 0;
}

/** Two to four words of a name after a title, stopping at a particle, a verb of saying or punctuation. */
function nameAfter(words: readonly Word[], start: number): string[] {
  const name: string[] = [];
  for (let index = start; index < words.length && name.length < 4; index += 1) {
    const word = words[index]?.text ?? '';
    if (NOT_NAME.has(word) || SAYING.test(word) || ARABIC_PLACES.has(word)) break;
    const previous = name[name.length - 1];
    if (isDefinite(word) && !(previous && NAME_LINKS.has(previous))) {
      // A name never starts with "ال"; a definite family name ("سعد الدين العثماني") ends it, while a
      // definite word with more after it is what the person did or is ("الوزير ... الجديد").
      const after = words[index + 1]?.text ?? '';
      const ends =
        words[index]?.breakAfter ||
        !after ||
        NOT_NAME.has(after) ||
        SAYING.test(after) ||
        NAME_LINKS.has(after);
      if (name.length === 0 || !ends) break;
    }
    name.push(word);
    if (words[index]?.breakAfter) break;
  }
  return name.length >= 2 && !NAME_LINKS.has(name[name.length - 1] ?? '') ? name : [];
}

/** "جنيف (وكالة الأنباء) -", "الرباط -": where the story was filed, at the start of the text. */
const DATELINE = /^\s*[\p{Script=Arabic} ]{2,30}?\s*(?:\([^)]{1,40}\))?\s*[-–—:]\s/u;

export type EntitySink = (name: string, kind: EntityKind) => void;

/** Hands every person, organisation and place found in Arabic text to `add`, in the order met. */
export function findArabicEntities(texts: readonly string[], add: EntitySink): void {
  for (const original of texts) {
    if (!hasArabic(original)) continue;
    const text = original.replace(DATELINE, '');
    const words = wordsOf(text);
    for (let index = 0; index < words.length; ) {
      const title = titleAt(words, index);
      if (title > 0) {
        const name = nameAfter(words, index + title);
        if (name.length > 0) {
          add(name.join(' '), 'person');
          index += title + name.length;
          continue;
        }
      }
      const organisation = organisationAt(words, index);
      if (organisation) {
        add(organisation.name, 'organisation');
        index += organisation.length;
        continue;
      }
      const place = placeAt(words, index);
      if (place) {
        add(place.name, 'place');
        index += place.length;
        continue;
      }
      index += 1;
    }
  }
}
