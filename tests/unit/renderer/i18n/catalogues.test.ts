// Every key exists in all four catalogues, and each translation keeps the ICU arguments of the English.

import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { bundledResources } from '../../../../renderer/i18n';
import { WORDED_ERROR_CODES } from '../../../../renderer/i18n/error-codes';
import { COMMAND_IDS, commandDefinition } from '../../../../shared/commands';
import { LANGUAGES } from '../../../../shared/i18n/languages';

const resources = bundledResources();
const english = resources.en ?? {};

// The names of a message's arguments, each once, read by ICU's own parser: a plural's or a select's
// branches hold words ("{count, plural, one {Delete # dossier}}"), which are not arguments.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

describe('interface catalogues', () => {
  it('has English catalogues', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
  });
  for (const language of LANGUAGES) {
    it(`${language} has every namespace and key of English, with the same arguments`, () => {
      const missing: string[] = [];
      const argumentDrift: string[] = [];
      for (const [namespace, catalogue] of Object.entries(english)) {
        for (const [key, message] of Object.entries(catalogue)) {
          const translated = resources[language]?.[namespace]?.[key];
          if (typeof translated !== 'string' || translated.trim() === '') {
            missing.push(`${namespace}:${key}`);
            continue;
          }
          if (argumentsOf(translated).join() !== argumentsOf(message).join()) {
            argumentDrift.push(`${namespace}:${key}`);
          }
        }
      }
      expect(missing).toEqual([]);
      expect(argumentDrift).toEqual([]);
    });
    it(`${language} has no key that English lacks`, () => {
      const extra: string[] = [];
      for (const [namespace, catalogue] of Object.entries(resources[language] ?? {})) {
        for (const key of Object.keys(catalogue)) {
          if (english[namespace]?.[key] === undefined) extra.push(`${namespace}:${key}`);
        }
      }
      expect(extra).toEqual([]);
    });
  }
});

describe('command words', () => {
  // The menu, toolbar and shortcuts list fall back to the registry's English label when a key is missing,
  // so a command added without its catalogue entry would show English in every language.
  it('every command has its label, and its hint where it has one, in the commands catalogue', () => {
    const missing = COMMAND_IDS.flatMap((id) => {
      const key = id.replaceAll('.', '-');
      const keys = commandDefinition(id).hint ? [key, `${key}-hint`] : [key];
      return keys.filter((wanted) => english.commands?.[wanted] === undefined);
    });
    expect(missing).toEqual([]);
  });
});

describe('error words', () => {
  // A code without words falls back to the error's own English message, inside a translated sentence.
  it('every package, model and store error the app can meet has its words in the errors catalogue', () => {
    expect(WORDED_ERROR_CODES.length).toBeGreaterThan(30);
    const missing = WORDED_ERROR_CODES.filter((code) => english.errors?.[code] === undefined);
    expect(missing).toEqual([]);
  });
});
