// Picks the language a briefing is written in, among the desk's four, each named in its own language.

import type { Language } from '../../shared/i18n/languages';
import { LANGUAGES } from '../../shared/i18n/languages';
import { useT } from '../i18n';

export function LanguagePicker({
  id,
  value,
  onChange,
  'aria-describedby': describedBy,
}: {
  /** Given by a Field, whose label then names the picker. */
  id?: string;
  'aria-describedby'?: string;
  value: Language;
  onChange(language: Language): void;
}) {
  const t = useT('language');
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      title={describedBy ? undefined : t('briefingLanguageHint')}
      aria-label={id ? undefined : t('briefingLanguage')}
      onChange={(event) => onChange(event.target.value as Language)}
    >
      {LANGUAGES.map((language) => (
        // Each name in its own language and direction, whatever the interface's.
        <option key={language} value={language} lang={language} dir="auto">
          {t(language)}
        </option>
      ))}
    </select>
  );
}
