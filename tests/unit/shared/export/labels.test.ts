import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_LABELS,
  exportLabels,
  fillLabel,
  gradingMeaning,
} from '../../../../shared/export/labels';
import { LANGUAGES } from '../../../../shared/i18n/languages';
import { EXPORT_LABEL_KEYS, parseTemplate } from '../../../../shared/model';

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
