// The sample briefing exported in the LibreOffice-made office template: its styles, page setup and header
// must be the office's, and LibreOffice's rendering must still show the marking at the top and bottom of every
// page (pdftotext), with the office's dark-red logo at the top (pdftoppm).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportResult, exportBriefingToDocx } from '../../../../../shared/export';
import { readOfficeReference } from '../../../../../shared/export/reference';
import { findElements } from '../../../../../shared/export/reference/xml-text';
import { OFFICE_REFERENCE } from '../../../../fixtures/reference/make-office-reference';
import { fixtureDossier, loadTemplate, readFixtureAttachment } from '../support/fixture-dossier';
import { convertToPdf, docxPart, docxParts, pdfPages, xmlProblems } from '../support/read-docx';

const MARKING = 'TLP:AMBER';
let dressed: ExportResult;
let plain: ExportResult;
let pages: string[] = [];
let pdf = '';
let workDir = '';

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'reference-export-'));
  const reference = await readOfficeReference(new Uint8Array(readFileSync(OFFICE_REFERENCE.file)));
  const request = {
    document: fixtureDossier({ templateId: 'briefing-note' }),
    template: loadTemplate('briefing-note'),
    readAttachment: readFixtureAttachment,
  };
  dressed = await exportBriefingToDocx({ ...request, reference });
  plain = await exportBriefingToDocx(request);
  const file = path.join(workDir, 'dressed.docx');
  writeFileSync(file, dressed.bytes);
  [pdf] = convertToPdf([file], workDir) as [string];
  pages = pdfPages(pdf);
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function style(xml: string, id: string): string {
  return (
    findElements(xml, 'w:style').find((element) => element.openTag.includes(`w:styleId="${id}"`))?.xml ?? ''
  );
}

describe('an export dressed in an office reference document', () => {
  it('writes well-formed parts', () => {
    for (const [name, bytes] of docxParts(dressed.bytes)) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) {
        expect(xmlProblems(Buffer.from(bytes).toString('utf8')), name).toEqual([]);
      }
    }
  });

  it("takes the office's body font and dark-red Heading 1, keeping our heading numbers", () => {
    const styles = docxPart(dressed.bytes, 'word/styles.xml');
    expect(findElements(styles, 'w:docDefaults')[0]?.xml).toContain(`w:ascii="${OFFICE_REFERENCE.bodyFont}"`);
    expect(style(styles, 'Normal')).toContain(`w:ascii="${OFFICE_REFERENCE.bodyFont}"`);
    expect(style(styles, 'Normal')).toContain('w:default="1"');
    const heading1 = style(styles, 'Heading1');
    expect(heading1).toContain(`<w:color w:val="${OFFICE_REFERENCE.heading1Color}"/>`);
    // The office's numbering list is not carried; the briefing note numbers headings through ours.
    const ourNumId = style(docxPart(plain.bytes, 'word/styles.xml'), 'Heading1').match(
      /<w:numId w:val="(\d+)"/,
    )?.[1];
    expect(heading1).toContain(`<w:numId w:val="${ourNumId}"/>`);
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    // Styles the office's are based on come along.
    expect(style(styles, 'Header')).toContain('8B0000');
  });

  it('keeps our style where the office template has none', () => {
    const styles = docxPart(dressed.bytes, 'word/styles.xml');
    const ours = style(docxPart(plain.bytes, 'word/styles.xml'), 'Heading3');
    expect(ours).not.toBe('');
    expect(style(styles, 'Heading3')).toBe(ours);
    expect(style(styles, 'MarkingBanner')).toBe(
      style(docxPart(plain.bytes, 'word/styles.xml'), 'MarkingBanner'),
    );
  });

  it("sets every section's page to the office's A4 with 3 cm side margins", () => {
    const documentXml = docxPart(dressed.bytes, 'word/document.xml');
    const sections = findElements(documentXml, 'w:sectPr');
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const section of sections) {
      expect(section.xml).toContain(
        `<w:pgSz w:w="${OFFICE_REFERENCE.page.width}" w:h="${OFFICE_REFERENCE.page.height}"`,
      );
      expect(section.xml).toMatch(new RegExp(`w:right="${OFFICE_REFERENCE.page.margin}"`));
      expect(section.xml).toMatch(new RegExp(`w:left="${OFFICE_REFERENCE.page.margin}"`));
    }
  });

  it("puts the office's logo and text inside the marking lines of every header and footer", () => {
    const parts = docxParts(dressed.bytes);
    const headers = [...parts.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThanOrEqual(3);
    for (const header of headers) {
      const xml = docxPart(dressed.bytes, header);
      const paragraphs = findElements(xml, 'w:p').map((p) => p.xml);
      expect(paragraphs[0], header).toContain('MarkingBanner');
      expect(xml.indexOf(MARKING)).toBeLessThan(xml.indexOf(OFFICE_REFERENCE.headerText));
      expect(xml).toContain('r:embed="rIdOffice1"');
      const rels = docxPart(dressed.bytes, header.replace('word/', 'word/_rels/').concat('.rels'));
      const target = rels.match(/Id="rIdOffice1"[^>]*Target="([^"]+)"/)?.[1];
      expect(target && parts.has(`word/${target}`), header).toBe(true);
    }
    for (const footer of footers) {
      const xml = docxPart(dressed.bytes, footer);
      const paragraphs = findElements(xml, 'w:p').map((p) => p.xml);
      expect(paragraphs[paragraphs.length - 1], footer).toContain('MarkingBanner');
      expect(xml.indexOf(OFFICE_REFERENCE.footerText)).toBeGreaterThan(-1);
      expect(xml.indexOf(OFFICE_REFERENCE.footerText)).toBeLessThan(xml.lastIndexOf(MARKING));
    }
  });

  it('renders in LibreOffice with the marking first and last on every page, the office lines inside', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(lines[0], `page ${index + 1}`).toContain(MARKING);
      expect(lines[lines.length - 1], `page ${index + 1}`).toContain(MARKING);
      expect(page, `page ${index + 1}`).toContain(OFFICE_REFERENCE.headerText);
      expect(page, `page ${index + 1}`).toContain(OFFICE_REFERENCE.footerText);
    });
  });

  it("shows the office's dark-red logo near the top of the rendered pages", () => {
    // A PPM is the simplest picture to read: a text header, then RGB bytes.
    const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', '2', '-l', '2', pdf]);
    const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = ppm.subarray(ppm.length - width * height * 3);
    let darkRed = 0;
    for (let y = 0; y < height * 0.2; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const at = (y * width + x) * 3;
        const [r, g, b] = [pixels[at] as number, pixels[at + 1] as number, pixels[at + 2] as number];
        if (r > 110 && r < 170 && g < 40 && b < 40) darkRed += 1;
      }
    }
    expect(darkRed).toBeGreaterThan(20);
  });
});
