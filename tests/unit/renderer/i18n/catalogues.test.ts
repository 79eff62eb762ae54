// Every key exists in all four catalogues, and each translation keeps the ICU arguments of the English.

import { describe, expect, it } from 'vitest';
import { bundledResources } from '../../../../renderer/i18n';
import { LANGUAGES } from '../../../../shared/i18n/languages';

const resources = bundledResources();
const english = resources.en ?? {};

function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z0-9_]+)/g)].map((match) => match[1] ?? '').sort();
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
