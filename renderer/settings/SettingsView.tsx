// The Settings view: the interface language (the system's, or one the user picks), applied at once.

import { useState } from 'react';
import { isRightToLeft, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { chosenLanguage, setInterfaceLanguage, systemLanguage, useT } from '../i18n';

/** Each language named in itself, as a reader of that language looks for it: never translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  ar: 'العربية',
};

type Choice = Language | 'system';

function LanguageName({ language }: { language: Language }) {
  return (
    <span lang={language} dir={isRightToLeft(language) ? 'rtl' : 'ltr'}>
      {LANGUAGE_NAMES[language]}
    </span>
  );
}

export function SettingsView() {
  const t = useT('settings');
  const [choice, setChoice] = useState<Choice>(() => chosenLanguage() ?? 'system');
  const choose = (next: Choice) => {
    setChoice(next);
    setInterfaceLanguage(next === 'system' ? null : next);
  };
  return (
    <section className="settings" aria-labelledby="settings-title">
      <header className="library-header">
        <h1 id="settings-title">{t('title')}</h1>
      </header>
      <fieldset className="settings-group">
        <legend>{t('interfaceLanguage')}</legend>
        <p className="muted">{t('interfaceLanguageHint')}</p>
        <label className="checkbox">
          <input
            type="radio"
            name="interface-language"
            value="system"
            checked={choice === 'system'}
            onChange={() => choose('system')}
          />
          <span>
            {t('system')} (<LanguageName language={systemLanguage()} />)
          </span>
        </label>
        {LANGUAGES.map((language) => (
          <label key={language} className="checkbox">
            <input
              type="radio"
              name="interface-language"
              value={language}
              checked={choice === language}
              onChange={() => choose(language)}
            />
            <LanguageName language={language} />
          </label>
        ))}
      </fieldset>
    </section>
  );
}
