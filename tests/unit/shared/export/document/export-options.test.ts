// What the exporter does besides the content: progress, cancelling, contents without page numbers for long
// briefings, page size and margins, header and footer text, cover details, and the marking check.

import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../../../shared/errors';
import {
  describeMarkingCheck,
  type ExportProgress,
  exportBriefingToDocx,
} from '../../../../../shared/export';
import { parseDossierDocument } from '../../../../../shared/model';
import { dossierWithBlocks, exportBlocks, PLAIN_TEMPLATE } from '../support/export-briefing';
import {
  fixtureDossier,
  fixtureDossierJson,
  loadTemplate,
  readFixtureAttachment,
} from '../support/fixture-dossier';
import { docxPart } from '../support/read-docx';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const manyParagraphs = (count: number) =>
  Array.from({ length: count }, (_, index) => paragraph(`Paragraph ${index + 1}.`));

describe('exporting a briefing', () => {
  it('reports progress from rendering through packing to done, never going back', async () => {
    const progress: ExportProgress[] = [];
    await exportBlocks(manyParagraphs(450), { onProgress: (step) => progress.push(step) });
    expect(progress.length).toBeGreaterThan(4);
    expect(progress.map((step) => step.phase)).toContain('rendering');
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    for (let index = 1; index < progress.length; index += 1) {
      expect(progress[index]?.fraction).toBeGreaterThanOrEqual(progress[index - 1]?.fraction ?? 0);
    }
  });

  it('stops with the one CancelledError when cancelled before or during the export', async () => {
    const before = new AbortController();
    before.abort();
    await expect(exportBlocks([paragraph('x')], { signal: before.signal })).rejects.toMatchObject({
      name: 'CancelledError',
      code: 'CANCELLED',
      message: 'The export was cancelled.',
    });
    const during = new AbortController();
    const exporting = exportBlocks(manyParagraphs(1000), {
      signal: during.signal,
      onProgress: (step) => {
        if (step.phase === 'rendering') during.abort();
      },
    });
    await expect(exporting).rejects.toBeInstanceOf(CancelledError);
  });

  it('numbers the contents of a long briefing too, and says in the properties that the numbers were computed', async () => {
    const template = loadTemplate('briefing-note');
    const long = await exportBlocks(
      [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'First heading' }] },
        ...manyParagraphs(1_000),
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Last heading' }] },
      ],
      { template },
    );
    expect(long.warnings).toEqual([]);
    // Entries numbered as the headings are, linked to them, each with its page after a dotted tab; the field
    // written clean, so Word shows it as it is and asks nothing on opening.
    expect(long.documentXml).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="false"\/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText><w:fldChar w:fldCharType="separate"\/><\/w:r><w:hyperlink [^>]*w:anchor="_TocDD1"[^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>1\.\u2002First heading<\/w:t><w:tab\/><w:t[^>]*>3<\/w:t>/,
    );
    // A thousand short paragraphs: some twenty pages after the cover and the contents.
    const last = Number(long.documentXml.match(/2\.\u2002Last heading<\/w:t><w:tab\/><w:t[^>]*>(\d+)</)?.[1]);
    expect(last).toBeGreaterThan(15);
    expect(long.documentXml).toContain('w:leader="dot"');
    expect(long.documentXml).not.toContain('w:dirty="true"');
    expect(docxPart(long.bytes, 'docProps/custom.xml')).toMatch(
      /name="ContentsPageNumbers"><vt:lpwstr>Computed by Dossier Desk’s page layout|name="ContentsPageNumbers"><vt:lpwstr>Computed by Dossier Desk&apos;s page layout|name="ContentsPageNumbers"><vt:lpwstr>Computed by Dossier Desk's page layout/,
    );
  });

  it('leaves the page numbers out when asked, and says how to add them', async () => {
    const { warnings, documentXml } = await exportBlocks(
      [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Only heading' }] }],
      { template: loadTemplate('briefing-note'), contentsPageNumbers: 'never' },
    );
    expect(warnings.map((warning) => warning.code)).toEqual(['CONTENTS_WITHOUT_PAGE_NUMBERS']);
    expect(documentXml).toMatch(/<w:t[^>]*>1\.\u2002Only heading<\/w:t><w:tab\/><w:t[^>]*><\/w:t>/);
    expect(documentXml).not.toContain('w:leader="dot"');
  });

  it('lays the page out as the template says: Letter paper and its margins in millimetres', async () => {
    const letter = {
      ...PLAIN_TEMPLATE,
      page: { size: 'Letter' as const, margins: { top: 20, right: 15, bottom: 20, left: 30 } },
    };
    const { documentXml } = await exportBlocks([paragraph('x')], { template: letter });
    expect(documentXml).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('fills the template’s header and footer lines, dropping separators left by empty values', async () => {
    const template = {
      ...PLAIN_TEMPLATE,
      header: { text: '{template} · {reference} · {author}' },
      footer: { text: '{dossier}', pageNumbers: 'Seite {page} von {pages}' },
    };
    const { bytes } = await exportBlocks([paragraph('x')], { template, cover: { reference: 'REF-7' } });
    expect(docxPart(bytes, 'word/header1.xml')).toContain('>Plain · REF-7</w:t>');
    const footer = docxPart(bytes, 'word/footer1.xml');
    expect(footer).toContain('>Fixture dossier on Morocco–Germany cooperation</w:t>');
    expect(footer).toMatch(
      /Seite <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.* von <\/w:t>.*NUMPAGES/,
    );
  });

  it('prints cover details it is given in place of the ones it works out', async () => {
    const result = await exportBriefingToDocx({
      document: fixtureDossier(),
      template: loadTemplate('briefing-note'),
      readAttachment: readFixtureAttachment,
      cover: { author: 'North Africa desk', reference: 'NA-2024-017', distribution: ['Minister'] },
    });
    const xml = docxPart(result.bytes, 'word/document.xml');
    expect(xml).toContain('>\tNorth Africa desk</w:t>');
    expect(xml).toContain('>\tNA-2024-017</w:t>');
    expect(xml).toContain('>Minister</w:t>');
    expect(xml).not.toContain('>Head of Division</w:t>');
    expect(docxPart(result.bytes, 'docProps/core.xml')).toContain(
      '<dc:creator>North Africa desk</dc:creator>',
    );
  });

  it('reports a briefing marked below a source it cites, for the app to confirm and the CLI to warn', async () => {
    const json = fixtureDossierJson({ marking: { scheme: 'tlp', level: 'green' } });
    const result = await exportBriefingToDocx({
      document: parseDossierDocument(json),
      template: PLAIN_TEMPLATE,
      readAttachment: readFixtureAttachment,
    });
    expect(result.markingCheck).toEqual({
      status: 'under-marked',
      higher: [{ scheme: 'tlp', level: 'amber' }],
      incomparable: [],
    });
    expect(describeMarkingCheck(result.markingCheck, result.briefing)).toBe(
      'The briefing is marked TLP:GREEN but cites sources marked TLP:AMBER; raise its marking before sharing it.',
    );
  });

  it('says nothing about a briefing marked as high as its sources, and flags one in another scheme', async () => {
    const fine = await exportBriefingToDocx({
      document: fixtureDossier(),
      template: PLAIN_TEMPLATE,
      readAttachment: readFixtureAttachment,
    });
    expect(describeMarkingCheck(fine.markingCheck, fine.briefing)).toBeUndefined();
    const uk = await exportBriefingToDocx({
      document: fixtureDossier({ marking: { scheme: 'uk', level: 'official' } }),
      template: PLAIN_TEMPLATE,
      readAttachment: readFixtureAttachment,
    });
    expect(uk.markingCheck.status).toBe('mixed-schemes');
    expect(describeMarkingCheck(uk.markingCheck, uk.briefing)).toMatch(
      /marked OFFICIAL but cites sources marked TLP:AMBER, which cannot be compared/,
    );
  });

  it('exports an empty briefing as a valid document', async () => {
    const { bytes } = await exportBriefingToDocx({
      document: dossierWithBlocks([{ type: 'paragraph' }]),
      template: loadTemplate('briefing-note'),
      readAttachment: () => undefined,
    });
    expect(docxPart(bytes, 'word/document.xml')).toContain('<w:body>');
  });
});
