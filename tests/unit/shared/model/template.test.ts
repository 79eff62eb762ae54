import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  briefingContentFromTemplate,
  ModelError,
  parseRichText,
  parseTemplate,
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
});
