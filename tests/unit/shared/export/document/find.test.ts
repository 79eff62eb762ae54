import { describe, expect, it } from 'vitest';
import { docxFileName, findBriefing, findTemplate } from '../../../../../shared/export';
import { parseDossierDocument } from '../../../../../shared/model';
import { fixtureDossierJson, loadTemplate } from '../support/fixture-dossier';

function dossierWithBriefings(titles: string[]) {
  const json = fixtureDossierJson();
  const [briefing] = json.briefings;
  json.briefings = titles.map((title, index) => ({
    ...briefing,
    id: `b-${index}`,
    title,
  })) as typeof json.briefings;
  return parseDossierDocument(json);
}

describe('choosing what to export', () => {
  const dossier = dossierWithBriefings(['Note for the director', 'Rabat meeting brief', 'Twin', 'twin']);

  it('takes the first briefing when none is named', () => {
    expect(findBriefing(dossier).id).toBe('b-0');
  });

  it('finds a briefing by id, or by title ignoring case and surrounding spaces', () => {
    expect(findBriefing(dossier, 'b-1').title).toBe('Rabat meeting brief');
    expect(findBriefing(dossier, '  rabat MEETING brief ').id).toBe('b-1');
  });

  it('refuses a title two briefings share, naming their ids', () => {
    expect(() => findBriefing(dossier, 'TWIN')).toThrow(
      /2 briefings are titled "TWIN"; name one by its id: "b-2", "b-3"/,
    );
  });

  it('says which briefings there are when none matches, and when there are none', () => {
    expect(() => findBriefing(dossier, 'Budget')).toThrow(
      /No briefing has the id or title "Budget". Briefings: "Note for the director"/,
    );
    expect(() => findBriefing(dossierWithBriefings([]))).toThrow(/no briefing to export/);
  });

  it('finds a template by id and lists the others when it is not there', () => {
    const templates = [loadTemplate('briefing-note'), loadTemplate('meeting-brief')];
    expect(findTemplate(templates, 'meeting-brief').name).toBe('Meeting brief');
    expect(() => findTemplate(templates, 'memo')).toThrow(
      /no template "memo". Templates: "briefing-note", "meeting-brief"/,
    );
  });

  it('names the file after the briefing, without characters file systems refuse', () => {
    const [briefing] = dossierWithBriefings(['Rabat: talks / follow-up? <draft>']).briefings;
    expect(docxFileName(briefing as never)).toBe('Rabat - talks - follow-up- -draft.docx');
    const [dots] = dossierWithBriefings(['...']).briefings;
    expect(docxFileName(dots as never)).toBe('briefing.docx');
  });
});
