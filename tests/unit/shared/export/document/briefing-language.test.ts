// The export in the briefing's language: which language it takes (the request's, the briefing's, its
// template's) and what a right-to-left briefing looks like in Word's XML.

import { describe, expect, it } from 'vitest';
import { exportBriefingToDocx } from '../../../../../shared/export';
import { markingLevel, parseDossierDocument } from '../../../../../shared/model';
import { bodyXml, exportBlocks, PLAIN_TEMPLATE } from '../support/export-briefing';
import { fixtureDossierJson, loadTemplate, readFixtureAttachment } from '../support/fixture-dossier';
import { docxPart } from '../support/read-docx';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function dossierIn(language: string | undefined) {
  const json = fixtureDossierJson();
  const briefing = json.briefings[0] as Record<string, unknown>;
  if (language) briefing.language = language;
  else delete briefing.language;
  return parseDossierDocument(json);
}

/** The fixture briefing in `language`, exported with a shipped template. */
function exportIn(language: string, templateId: string) {
  return exportBriefingToDocx({
    document: dossierIn(language),
    template: loadTemplate(templateId),
    readAttachment: readFixtureAttachment,
  });
}

describe('exporting a briefing in its language', () => {
  it('prints the labels of the briefing’s own language', async () => {
    const result = await exportIn('fr', 'briefing-note');
    expect(result.language).toBe('fr');
    const xml = docxPart(result.bytes, 'word/document.xml');
    expect(xml).toContain('>Sommaire</w:t>');
    expect(xml).toContain('>Sources</w:t>');
    expect(xml).toContain('>Référence</w:t>');
    expect(xml).not.toContain('>Contents</w:t>');
    expect(docxPart(result.bytes, 'word/footer1.xml')).toContain('Page </w:t>');
    expect(docxPart(result.bytes, 'word/footer1.xml')).toContain(' sur </w:t>');
    // The {template} placeholder of the header is the template's French name.
    expect(docxPart(result.bytes, 'word/header1.xml')).toContain('Note d&apos;information');
  });

  it('says the cover’s handling note and distribution list in the briefing’s language, the marking as it is', async () => {
    const result = await exportIn('de', 'briefing-note');
    const xml = docxPart(result.bytes, 'word/document.xml');
    const marking = markingLevel(result.briefing.marking).label;
    expect(xml).toContain('>Verteiler</w:t>');
    expect(xml).toContain('>Referatsleitung</w:t>');
    expect(xml).not.toContain('>Head of Division</w:t>');
    expect(xml).not.toContain('Recipient');
    expect(xml).not.toMatch(/Community|Public: disclosure|need-to-know/);
    expect(xml).toContain(`${marking}: `);
  });

  it('heads a German situation report’s pages with “Lagebericht”, not “SITREP”', async () => {
    const result = await exportIn('de', 'situation-report');
    const header = docxPart(result.bytes, 'word/header1.xml');
    expect(header).toContain('Lagebericht · ');
    expect(header).not.toContain('SITREP');
  });

  it('reads a briefing from before languages in its template’s language, and lets the request override it', async () => {
    const old = await exportBriefingToDocx({
      document: dossierIn(undefined),
      template: { ...loadTemplate('briefing-note'), language: 'de' },
      readAttachment: readFixtureAttachment,
    });
    expect(old.language).toBe('de');
    expect(docxPart(old.bytes, 'word/document.xml')).toContain('>Inhalt</w:t>');
    const overridden = await exportBriefingToDocx({
      document: dossierIn('fr'),
      template: loadTemplate('briefing-note'),
      readAttachment: readFixtureAttachment,
      language: 'de',
    });
    expect(overridden.language).toBe('de');
    expect(docxPart(overridden.bytes, 'word/document.xml')).toContain('>Inhalt</w:t>');
    expect(docxPart(overridden.bytes, 'docProps/custom.xml')).toMatch(/name="Language"><vt:lpwstr>de</);
  });

  it('lays an Arabic briefing out right to left: sections, paragraphs, tables, the defaults', async () => {
    const { documentXml, bytes } = await exportBlocks(
      [
        paragraph('Rabat, 14 February 2024'),
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [paragraph('BKA')] },
                { type: 'tableCell', content: [paragraph('DGSN')] },
              ],
            },
          ],
        },
      ],
      { language: 'ar' },
    );
    const body = bodyXml(documentXml);
    const first = body.split('</w:p>')[0] ?? '';
    // A Latin paragraph in an Arabic briefing still runs right to left; its Latin run keeps its direction.
    expect(first).toContain('<w:bidi/>');
    expect(first).not.toContain('<w:rtl/>');
    expect(body).toContain('<w:bidiVisual/>');
    expect(documentXml.slice(documentXml.lastIndexOf('<w:sectPr'))).toContain('<w:bidi/>');
    expect(docxPart(bytes, 'word/styles.xml')).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
  });

  it('leaves a French briefing left to right, but for its Arabic quotation', async () => {
    const { documentXml, bytes } = await exportBlocks(
      [paragraph('Le quotidien rapporte :'), paragraph('التعاون الأمني بين المغرب وألمانيا')],
      { language: 'fr', template: PLAIN_TEMPLATE },
    );
    const [french, arabic] = bodyXml(documentXml).split('</w:p>');
    expect(french).not.toContain('<w:bidi/>');
    expect(arabic).toContain('<w:bidi/>');
    expect(documentXml.slice(documentXml.lastIndexOf('<w:sectPr'))).not.toContain('<w:bidi/>');
    expect(docxPart(bytes, 'word/styles.xml')).not.toContain('<w:bidi/>');
  });
});
