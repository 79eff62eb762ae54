// Which languages a template has words in, apart from its schema: the CLI lists them without loading zod.

import { LANGUAGES, type Language } from '../i18n/languages';
import type { Template } from './template';

/** The languages a template has words in: its own first, then its translations in the desk's order. */
export function templateLanguages(template: Pick<Template, 'language' | 'translations'>): Language[] {
  return [
    template.language,
    ...LANGUAGES.filter((language) => language !== template.language && template.translations[language]),
  ];
}
