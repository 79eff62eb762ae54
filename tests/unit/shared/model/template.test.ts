import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  briefingContentFromTemplate,
  briefingLanguage,
  localizeTemplate,
  ModelError,
  parseRichText,
  parseTemplate,
  templateLanguages,
} from '../../../../shared/model';

const TEMPLATES_DIR = join(import.meta.dirname, '../../../../templates');
const templateFiles = readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith('.json'));

describe('templates', () => {
  it('ships the three briefing templates', () => {
    expect(templateFiles.sort()).toEqual([
      'briefing-note.json',
      'meeting-brief.json',
      'situation-report.json',
    ]);
  });

  it.each(templateFiles)('%s parses and its id matches its file name', (file) => {
    const template = parseTemplate(JSON.parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8')));
    expect(`${template.id}.json`).toBe(file);
    for (const section of template.sections) expect(section.hint.length).toBeGreaterThan(0);
  });

  it('has the sections of a briefing note in order', () => {
    const template = parseTemplate(
      JSON.parse(readFileSync(join(TEMPLATES_DIR, 'briefing-note.json'), 'utf8')),
    );
    expect(template.sections.map((section) => section.title)).toEqual([
      'Purpose',
      'Background',
      'Current situation',
      'Considerations',
      'Recommendation',
    ]);
  });

  it('refuses an unknown field so a typo is caught', () => {
    const template = { id: 'x', name: 'X', description: '', sections: [{ title: 'A', hint: '', hnit: '' }] };
    expect(() => parseTemplate(template)).toThrow(/sections\.0: unknown field "hnit"/);
  });

  it('refuses a template with no sections', () => {
    expect(() => parseTemplate({ id: 'x', name: 'X', description: '', sections: [] })).toThrow(ModelError);
  });

  it('fills every layout field with its default for a template that names only its sections', () => {
    const template = parseTemplate({
      id: 'x',
      name: 'X',
      description: '',
      sections: [{ title: 'A', hint: '' }],
    });
    expect(template.page).toEqual({ size: 'A4', margins: { top: 25, right: 25, bottom: 25, left: 25 } });
    expect(template.fonts).toEqual({ body: 'Arial', headings: 'Arial', size: 11 });
    expect(template.headings.numbering).toBe('decimal');
    expect(template.headings.h1).toMatchObject({ size: 16, bold: true, spaceBefore: 18 });
    expect(template.cover).toBeNull();
    expect(template.tableOfContents).toBe(false);
    expect(template.summaryBox).toBe(false);
    expect(template.footer.pageNumbers).toBe('Page {page} of {pages}');
  });

  it('gives each shipped template its layout: cover and contents, summary box, participants table', () => {
    const load = (file: string) => parseTemplate(JSON.parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8')));
    const note = load('briefing-note.json');
    expect(note.cover?.fields).toContain('distribution');
    expect(note.tableOfContents).toBe(true);
    const sitrep = load('situation-report.json');
    expect(sitrep.cover).toBeNull();
    expect(sitrep.summaryBox).toBe(true);
    expect(sitrep.headings.numbering).toBe('none');
    expect(sitrep.sections.map((section) => section.title)).toEqual([
      'Summary',
      'Developments',
      'Assessment',
      'Outlook',
    ]);
    const brief = load('meeting-brief.json');
    expect(brief.sections[0]).toMatchObject({
      title: 'Participants',
      table: { columns: ['Name', 'Role', 'Side'] },
    });
    expect(brief.sections.map((section) => section.title)).toEqual([
      'Participants',
      'Objectives',
      'Talking points',
      'Background',
      'Annexes',
    ]);
  });

  it.each([
    [{ page: { size: 'A3' } }, /page\.size: expected A4 or Letter/],
    [{ colors: { accent: 'navy' } }, /colors\.accent: expected a colour written #RRGGBB/],
    [{ fonts: { body: 'Arial"><x' } }, /fonts\.body: expected a font name/],
    [{ header: { text: '{classification}' } }, /header\.text: expected only the placeholders/],
    [{ footer: { pageNumbers: 'Page {page}' } }, /footer\.pageNumbers: must contain \{page\} and \{pages\}/],
    [{ cover: { fields: ['title', 'title'] } }, /cover\.fields: lists the same field twice/],
    [{ page: { margins: { top: 2, right: 25, bottom: 25, left: 25 } } }, /page\.margins\.top/],
  ])('refuses a layout field it cannot print: %j', (layout, message) => {
    const template = { id: 'x', name: 'X', description: '', sections: [{ title: 'A', hint: '' }], ...layout };
    expect(() => parseTemplate(template)).toThrow(message);
  });

  it('scaffolds a new briefing with a heading and an empty paragraph per section', () => {
    const template = parseTemplate({
      id: 'two',
      name: 'Two',
      description: '',
      sections: [
        { title: 'Summary', hint: 'h' },
        { title: 'Outlook', hint: 'h' },
      ],
    });
    const content = parseRichText(briefingContentFromTemplate(template));
    expect(content.content.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(content.content[2]).toMatchObject({ content: [{ text: 'Outlook' }] });
  });

  it('scaffolds a section that has a table with its header row and one empty row', () => {
    const template = parseTemplate({
      id: 'brief',
      name: 'Brief',
      description: '',
      sections: [{ title: 'Participants', hint: 'h', table: { columns: ['Name', 'Role'] } }],
    });
    const content = parseRichText(briefingContentFromTemplate(template));
    expect(content.content.map((node) => node.type)).toEqual(['heading', 'table']);
    const table = content.content[1];
    expect(
      table?.type === 'table' && table.content.map((row) => row.content.map((cell) => cell.type)),
    ).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
    ]);
    expect(table).toMatchObject({
      content: [{ content: [{ content: [{ content: [{ text: 'Name' }] }] }, {}] }, {}],
    });
  });
});

describe('templates in the desk’s languages', () => {
  const read = (id: string) =>
    parseTemplate(JSON.parse(readFileSync(join(TEMPLATES_DIR, `${id}.json`), 'utf8')));

  it.each(templateFiles)('%s has its name and sections in English, French, German and Arabic', (file) => {
    const template = parseTemplate(JSON.parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8')));
    expect(templateLanguages(template)).toEqual(['en', 'fr', 'de', 'ar']);
    const names = templateLanguages(template).map((language) => localizeTemplate(template, language).name);
    expect(new Set(names).size).toBe(4);
  });

  it('starts a German briefing note with Anlass, Hintergrund, Sachstand, Bewertung, Votum', () => {
    const german = localizeTemplate(read('briefing-note'), 'de');
    expect(german.name).toBe('Vermerk');
    const content = briefingContentFromTemplate(german);
    const headings = content.content
      .filter((block) => block.type === 'heading')
      .map((block) => (block.type === 'heading' ? block.content?.[0] : undefined))
      .map((text) => (text?.type === 'text' ? text.text : ''));
    expect(headings).toEqual(['Anlass', 'Hintergrund', 'Sachstand', 'Bewertung', 'Votum']);
  });

  it('names the template and its sections as each desk would', () => {
    const note = read('briefing-note');
    expect(localizeTemplate(note, 'fr').sections.map((section) => section.title)).toEqual([
      'Objet',
      'Contexte',
      'Situation actuelle',
      "Éléments d'appréciation",
      'Recommandation',
    ]);
    expect(localizeTemplate(note, 'ar').sections[0]?.title).toBe('الغرض');
    expect(localizeTemplate(read('situation-report'), 'de').name).toBe('Lagebericht');
    expect(localizeTemplate(read('meeting-brief'), 'fr').name).toBe("Note de préparation d'entretien");
  });

  it('translates a scaffolded table’s header row and keeps the layout', () => {
    const brief = read('meeting-brief');
    const german = localizeTemplate(brief, 'de');
    expect(german.sections[0]?.table?.columns).toEqual(['Name', 'Funktion', 'Seite']);
    expect(german.fonts).toEqual(brief.fonts);
    expect(localizeTemplate(brief, 'en')).toBe(brief);
  });

  it('says its header line and its distribution list in the briefing’s language, where they hold words', () => {
    const sitrep = read('situation-report');
    expect(localizeTemplate(sitrep, 'de').header.text).toBe('Lagebericht · {title} · {date}');
    expect(localizeTemplate(sitrep, 'ar').header.text).toMatch(/^تقرير عن الوضع · /);
    // A line of placeholders alone reads the same in every language.
    expect(localizeTemplate(sitrep, 'fr').footer.text).toBe(sitrep.footer.text);
    const note = read('briefing-note');
    expect(note.cover?.distribution).toEqual(['Director', 'Head of Division', 'Desk file']);
    expect(localizeTemplate(note, 'de').cover?.distribution).toEqual([
      'Abteilungsleitung',
      'Referatsleitung',
      'z. d. A.',
    ]);
    expect(localizeTemplate(note, 'fr').cover?.fields).toEqual(note.cover?.fields);
    expect(() =>
      parseTemplate({
        ...JSON.parse(readFileSync(join(TEMPLATES_DIR, 'situation-report.json'), 'utf8')),
        translations: { fr: { ...sitrep.translations.fr, header: '{titre}' } },
      }),
    ).toThrow(/translations\.fr\.header/);
  });

  it('refuses a translation that does not have the template’s sections, or a language the desk lacks', () => {
    const section = (title: string) => ({ title, hint: '' });
    const withTranslations = (sections: string[], translations: unknown) => () =>
      parseTemplate({
        id: 'plain',
        name: 'Plain',
        description: '',
        sections: sections.map(section),
        translations,
      });
    const french = { name: 'Simple', description: '', sections: [section('Un')] };
    expect(withTranslations(['One', 'Two'], { fr: french })).toThrow(
      /translations\.fr\.sections: expected 2 sections/,
    );
    expect(withTranslations(['One'], { fr: french })).not.toThrow();
    expect(withTranslations(['One'], { xx: french })).toThrow(ModelError);
  });
});

describe('a briefing’s language', () => {
  it('is its own, else its template’s, else English (briefings from before languages)', () => {
    expect(briefingLanguage({ language: 'ar' }, { language: 'de' })).toBe('ar');
    expect(briefingLanguage({}, { language: 'de' })).toBe('de');
    expect(briefingLanguage({})).toBe('en');
  });
});
