// Small field schemas shared by the entities: bounded plain text, id lists, language codes, URLs.

import { z } from 'zod';
import { idSchema } from './ids';
import { MAX_LINKS, MAX_URL_LENGTH } from './limits';
import { withoutXmlForbiddenCharacters } from './xml-safe-text';

/**
 * Plain text of at most `max` characters, without characters XML forbids (they would break a .docx);
 * `required` refuses the empty string.
 */
export function plainText(max: number, required = false) {
  return z
    .string()
    .transform(withoutXmlForbiddenCharacters)
    .pipe(required ? z.string().trim().min(1).max(max) : z.string().max(max));
}

/** A list of ids pointing at other items, each at most once. */
export function idList(max = MAX_LINKS) {
  return z
    .array(idSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same id twice' });
}

/** ISO 639-1: two lower-case letters. */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { error: 'expected a two-letter ISO 639-1 language code such as "de" or "fr"' });

/** Where a source was found: http(s) only, since links open outside the app. */
export const sourceUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(
    (value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === 'http:' || protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'expected an http or https address' },
  );
