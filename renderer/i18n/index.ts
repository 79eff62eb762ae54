// The interface's words: one i18next instance with ICU message syntax (plurals, selects, numbers),
// catalogues bundled per language and namespace (`locales/<language>/<namespace>.json`, no network),
// the language chosen from the user's setting or the system's preferred languages, and the page's
// `lang`/`dir` kept in step with it.

import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next, useTranslation } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  isRightToLeft,
  LANGUAGES,
  type Language,
  matchLanguage,
} from '../../shared/i18n/languages';

type Catalogue = Record<string, string>;

const catalogueFiles = import.meta.glob<Catalogue>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every catalogue as i18next resources: { en: { library: {…}, … }, fr: … }. */
export function bundledResources(): Record<string, Record<string, Catalogue>> {
  const resources: Record<string, Record<string, Catalogue>> = {};
  for (const [path, catalogue] of Object.entries(catalogueFiles)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    const language = match?.[1];
    const namespace = match?.[2];
    if (!language || !namespace) continue;
    resources[language] ??= {};
    resources[language][namespace] = catalogue;
  }
  return resources;
}

const LANGUAGE_SETTING = 'dossier-desk.language';

/** The language the user chose in Settings, if any. */
export function chosenLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_SETTING);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

// The operating system's languages once the platform has said them (Electron's app.getLocale());
// the browser's own list until then, and in a browser.
let systemPreferred: readonly string[] | null = null;

function systemLanguages(): readonly string[] {
  return (
    systemPreferred ?? globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? DEFAULT_LANGUAGE]
  );
}

/** The language "System" means now. */
export function systemLanguage(): Language {
  return matchLanguage(systemLanguages());
}

/** Takes the system's preferred languages from the platform; the interface follows them unless chosen. */
export function followSystemLanguages(preferred: readonly string[]): void {
  systemPreferred = preferred.length > 0 ? preferred : null;
  if (!chosenLanguage()) void i18n.changeLanguage(interfaceLanguage());
}

/** The interface language: the user's choice, else the first system language the desk speaks. */
export function interfaceLanguage(): Language {
  return chosenLanguage() ?? matchLanguage(systemLanguages());
}

function applyToDocument(language: Language): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  root.lang = language;
  root.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

export const i18n = i18next.createInstance();

/**
 * A pseudo-locale for tests (tests/e2e/pseudo-locale.e2e.ts): a page script may set this global before
 * the app starts, and every translated string then goes through it, so any word that shows unchanged
 * was never translated. Nothing in the app sets it.
 */
const pseudoLocale = (globalThis as { __deskPseudoLocale?: (text: string) => string }).__deskPseudoLocale;
if (typeof pseudoLocale === 'function') {
  i18n.use({ type: 'postProcessor', name: 'pseudo', process: (value: string) => pseudoLocale(value) });
}

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    ...(typeof pseudoLocale === 'function' ? { postProcess: ['pseudo'] } : {}),
    resources: bundledResources(),
    lng: interfaceLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
applyToDocument(i18n.language as Language);
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyToDocument(language);
});

/** Changes the interface language at once and remembers it (null: follow the system again). */
export function setInterfaceLanguage(language: Language | null): void {
  try {
    if (language) globalThis.localStorage?.setItem(LANGUAGE_SETTING, language);
    else globalThis.localStorage?.removeItem(LANGUAGE_SETTING);
  } catch {
    // A locked-down profile may refuse storage; the change still applies to this session.
  }
  void i18n.changeLanguage(language ?? interfaceLanguage());
}

/** For components: `const t = useT('library'); t('title')`, re-rendering when the language changes. */
export function useT(namespace: string): TFunction {
  return useTranslation(namespace, { i18n }).t;
}

/** For code outside components (commands, notices): `translate('sharing:imported', { name })`. */
export function translate(key: string, values?: Record<string, unknown>): string {
  return values ? i18n.t(key, values) : i18n.t(key);
}

/** The current interface language, for Intl formatters. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The locale Intl formats in: the interface language, English written the desk's way ("20 May 2024"). */
export function formattingLocale(): string {
  const language = currentLanguage();
  return language === 'en' ? 'en-GB' : language;
}
