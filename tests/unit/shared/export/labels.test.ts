import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_LABELS,
  exportLabels,
  fillLabel,
  gradingMeaning,
  markingCaveat,
} from '../../../../shared/export/labels';
import { LANGUAGES } from '../../../../shared/i18n/languages';
import { EXPORT_LABEL_KEYS, MARKING_SCHEMES, type Marking, parseTemplate } from '../../../../shared/model';

const base = {
  id: 'plain',
  name: 'Plain',
  description: '',
  sections: [{ title: 'Section', hint: '' }],
};

describe('export labels', () => {
  it('has every label in every language, each with the values it names', () => {
    for (const language of LANGUAGES) {
      const labels = DEFAULT_EXPORT_LABELS[language];
      expect(Object.keys(labels).sort()).toEqual([...EXPORT_LABEL_KEYS].sort());
      expect(labels.pageFooter).toMatch(/\{page\}.*\{pages\}/);
      expect(labels.retrieved).toContain('{date}');
      expect(labels.grading).toContain('{grading}');
    }
  });

  it('gives the reference’s words for each language', () => {
    expect(DEFAULT_EXPORT_LABELS.de.contents).toBe('Inhalt');
    expect(DEFAULT_EXPORT_LABELS.fr.contents).toBe('Sommaire');
    expect(DEFAULT_EXPORT_LABELS.ar.sourcesAnnex).toBe('المصادر');
    expect(fillLabel(DEFAULT_EXPORT_LABELS.de.pageFooter, { page: '1', pages: '5' })).toBe('Seite 1 von 5');
    expect(fillLabel(DEFAULT_EXPORT_LABELS.fr.retrieved, { date: '23 février 2024' })).toBe(
      'consulté le 23 février 2024',
    );
  });

  it('takes a template’s own words for a language over the defaults, and its page numbers in its own language', () => {
    const template = parseTemplate({
      ...base,
      footer: { pageNumbers: '{page} / {pages}' },
      translations: {
        de: {
          name: 'Schlicht',
          description: '',
          sections: [{ title: 'Abschnitt', hint: '' }],
          labels: { contents: 'Inhaltsverzeichnis' },
        },
      },
    });
    const german = exportLabels('de', template);
    expect(german.contents).toBe('Inhaltsverzeichnis');
    expect(german.sourcesAnnex).toBe('Quellen');
    // The template's pattern is written for English, its own language; German keeps the German default.
    expect(german.pageFooter).toBe('Seite {page} von {pages}');
    expect(exportLabels('en', template).pageFooter).toBe('{page} / {pages}');
    expect(exportLabels('fr', template).contents).toBe('Sommaire');
  });

  it('explains a grading in the Sources annex in the briefing’s language', () => {
    const grading = { reliability: 'B', credibility: 2 } as const;
    expect(gradingMeaning(grading, 'en')).toBe('Usually reliable; probably true');
    expect(gradingMeaning(grading, 'fr')).toBe('Habituellement fiable\u202f; probablement vraie');
    expect(gradingMeaning(grading, 'de')).toBe('Normalerweise zuverlässig; wahrscheinlich zutreffend');
    expect(gradingMeaning(grading, 'ar')).toBe('موثوق عادةً؛ صحيحة على الأرجح');
  });
});

describe('the marking’s meaning on the cover', () => {
  const catalogue = (language: string): Record<string, string> =>
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../../../renderer/i18n/locales', language, 'markings.json'),
        'utf8',
      ),
    );

  it('is said in the briefing’s language; the marking itself and the German print note are not translated', () => {
    const amber: Marking = { scheme: 'tlp', level: 'amber' } as Marking;
    expect(markingCaveat(amber, 'en')).toBe(
      "TLP:AMBER: Recipient's organisation and its clients, on a need-to-know basis.",
    );
    expect(markingCaveat(amber, 'fr')).toMatch(/^TLP:AMBER: Organisation du destinataire/);
    const geheim = { scheme: 'de', level: 'geheim' } as Marking;
    expect(markingCaveat(geheim, 'ar')).toMatch(/^GEHEIM: .*[\u0600-\u06ff].*\(amtlich geheim gehalten\)$/);
  });

  it('says every level in every language as the interface does', () => {
    for (const language of LANGUAGES) {
      for (const [scheme, definition] of Object.entries(MARKING_SCHEMES)) {
        for (const level of definition.levels) {
          const marking = { scheme, level: level.id } as Marking;
          const meaning =
            language === 'en' ? level.meaning : catalogue(language)[`meaning-${scheme}-${level.id}`];
          expect(meaning, `${language} ${scheme}-${level.id}`).toBeTruthy();
          expect(markingCaveat(marking, language)).toContain(`${level.label}: ${meaning}`);
        }
      }
    }
  });
});
