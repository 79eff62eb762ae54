// Spell checking that never leaves the machine, in the briefing's language. On Windows and Linux Electron
// checks with Hunspell dictionaries (.bdic) it would download from Google's servers; the app ships them
// instead (decision 006): copied into the folder Chromium reads before downloading anything, and the
// downloader pointed at the bundled folder, so nothing is fetched. macOS uses the system's own checker.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';
import type { Language } from '../../shared/i18n/languages';

/** Spell-checker codes for each language, most preferred first: the desks write British English. */
export const SPELL_CHECK_CODES: Readonly<Record<Language, readonly string[]>> = {
  en: ['en-GB', 'en-US', 'en'],
  fr: ['fr-FR', 'fr'],
  de: ['de-DE', 'de'],
  ar: ['ar'],
};

export type SpellCheckSession = Pick<
  Session,
  'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'
>;

/** The file operations the dictionaries need; `node:fs/promises` has them. */
export interface DictionaryFiles {
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  access(file: string): Promise<void>;
}

export interface BundledDictionaries {
  /** The .bdic files shipped with the app (`resources/dictionaries` once packaged). */
  readonly bundledDir: string;
  /** Where Chromium looks for dictionaries before downloading: `<userData>/Dictionaries`. */
  readonly userDictionariesDir: string;
  readonly files: DictionaryFiles;
}

/**
 * Points the dictionary downloader at the bundled folder (a file: URL, never the network) and copies each
 * bundled dictionary the profile lacks into it, through a temporary name so Chromium never reads half a
 * file. Returns the dictionaries copied. A missing bundle copies nothing: spelling is then unchecked on
 * Windows and Linux, which is better than a request leaving the machine.
 */
export async function useBundledDictionaries(
  session: SpellCheckSession,
  { bundledDir, userDictionariesDir, files }: BundledDictionaries,
): Promise<string[]> {
  session.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(bundledDir).href}/`);
  let bundled: string[];
  try {
    bundled = (await files.readdir(bundledDir)).filter((name) => name.toLowerCase().endsWith('.bdic'));
  } catch {
    return [];
  }
  if (bundled.length === 0) return [];
  await files.mkdir(userDictionariesDir, { recursive: true });
  const copied: string[] = [];
  for (const name of bundled) {
    const target = path.join(userDictionariesDir, name);
    const present = await files.access(target).then(
      () => true,
      () => false,
    );
    if (present) continue;
    const temporary = `${target}.${process.pid}.tmp`;
    await files.copyFile(path.join(bundledDir, name), temporary);
    await files.rename(temporary, target);
    copied.push(name);
  }
  return copied;
}

/** The codes to check a language with, among those the session offers: the first that matches. */
export function spellCheckCodes(language: Language, available: readonly string[]): string[] {
  const offered = new Map(available.map((code) => [code.toLowerCase(), code]));
  for (const code of SPELL_CHECK_CODES[language]) {
    const match = offered.get(code.toLowerCase());
    if (match) return [match];
  }
  return [];
}

/**
 * Checks spelling in a briefing's language from now on. A language the session cannot check is left as
 * it is rather than cleared, and so is everything on macOS, whose checker follows the text by itself.
 */
export function setSpellCheckLanguage(session: SpellCheckSession, language: Language): string[] {
  const codes = spellCheckCodes(language, session.availableSpellCheckerLanguages);
  if (codes.length > 0) session.setSpellCheckerLanguages(codes);
  return codes;
}
