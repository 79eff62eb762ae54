// The desk's four languages and the rules every side shares about them: which one a list of
// preferred language tags (the operating system's, the browser's, a CLI flag) means, and which way
// each one is written.

export const LANGUAGES = ['en', 'fr', 'de', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the preferred tags ("de-DE", "ar", "fr-CA") that the desk speaks, else English. */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export function isRightToLeft(language: Language): boolean {
  return language === 'ar';
}
