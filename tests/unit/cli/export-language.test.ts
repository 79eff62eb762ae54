// `dossier export --language`: the sample briefing printed in German, French and Arabic, rendered by
// LibreOffice to PDF and read back by pdftotext, as a reader sees the pages.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';
import { convertToPdf, docxPart, pdfPages } from '../shared/export/support/read-docx';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const LANGUAGES = ['de', 'fr', 'ar', 'en'] as const;
type Exported = { pages: string[]; documentXml: string; stylesXml: string; footerXml: string };

let work = '';
const exported = new Map<string, Exported>();

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-export-language-'));
  const files: string[] = [];
  for (const language of LANGUAGES) {
    const out = path.join(work, `${language}.docx`);
    const io = { out: () => {}, err: () => {} };
    expect(await main(['export', SAMPLE, '--language', language, '--out', out], io)).toBe(0);
    files.push(out);
  }
  const pdfs = convertToPdf(files, work);
  LANGUAGES.forEach((language, index) => {
    const bytes = new Uint8Array(readFileSync(files[index] as string));
    const footers = [...Array(9).keys()]
      .map((n) => {
        try {
          return docxPart(bytes, `word/footer${n + 1}.xml`);
        } catch {
          return '';
        }
      })
      .join('');
    exported.set(language, {
      pages: pdfPages(pdfs[index] as string),
      documentXml: docxPart(bytes, 'word/document.xml'),
      stylesXml: docxPart(bytes, 'word/styles.xml'),
      footerXml: footers,
    });
  });
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function get(language: string): Exported {
  const found = exported.get(language);
  if (!found) throw new Error(`${language} was not exported`);
  return found;
}

/** Whitespace as one space, so a phrase split over columns by the layout still reads as one. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('dossier export --language', () => {
  it('prints a German briefing with "Inhalt", "Seite X von N" on every page, "Quellen" and German dates', () => {
    const { pages } = get('de');
    expect(pages.length).toBeGreaterThan(2);
    const all = squeeze(pages.join('\n'));
    expect(all).toContain('Inhalt');
    expect(all).not.toContain('Contents');
    pages.forEach((page, index) => {
      expect(squeeze(page), `page ${index + 1}`).toContain(`Seite ${index + 1} von ${pages.length}`);
    });
    expect(all).toContain('Quellen');
    expect(all).toContain('23. Februar 2024');
    expect(all).toMatch(/Datum\s+23\. Februar 2024/);
    expect(all).toContain('Aktenzeichen');
    // The template's name and sections in German, where the briefing's own text stays as written.
    expect(all).toContain('Vermerk');
    expect(all).toMatch(/Bewertung [A-F][1-6]/);
  });

  it('prints a French briefing with "Sommaire", "Page X sur N", "Sources" and French dates', () => {
    const { pages } = get('fr');
    const all = squeeze(pages.join('\n'));
    expect(all).toContain('Sommaire');
    pages.forEach((page, index) => {
      expect(squeeze(page), `page ${index + 1}`).toContain(`Page ${index + 1} sur ${pages.length}`);
    });
    expect(all).toContain('Sources');
    expect(all).toContain('23 février 2024');
    expect(all).toMatch(/Cotation [A-F][1-6]/);
  });

  it('prints an Arabic briefing with the Arabic labels, right to left in its sections and paragraphs', () => {
    const { pages, documentXml, stylesXml } = get('ar');
    const all = pages.join('\n');
    for (const label of ['المحتويات', 'المصادر', 'التاريخ', 'فبراير']) expect(all).toContain(label);
    // Every section runs right to left, and so does every body paragraph, English text included.
    const sections = documentXml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section).toContain('<w:bidi/>');
    const paragraphs = documentXml.match(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? [];
    const body = paragraphs.filter(
      (paragraph) => /<w:t[^>]*>[A-Za-z]{3,}/.test(paragraph) && !/w:val="TOC\d"/.test(paragraph),
    );
    expect(body.length).toBeGreaterThan(10);
    const leftToRight = body.filter((paragraph) => !paragraph.includes('<w:bidi/>'));
    expect(leftToRight.filter((paragraph) => !/TLP:/.test(paragraph))).toEqual([]);
    // The paragraphs Word writes from styles alone (contents entries, footnotes) take it from the defaults.
    expect(stylesXml).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
    // Arabic runs are right-to-left runs; Latin ones keep their own direction.
    expect(documentXml).toMatch(/<w:rtl\/>[\s\S]*?<w:t[^>]*>المصادر/);
  });

  it('never translates the marking', () => {
    for (const language of LANGUAGES) {
      const { pages } = get(language);
      pages.forEach((page, index) => {
        expect(page, `${language} page ${index + 1}`).toContain('TLP:AMBER');
      });
    }
  });

  it('keeps English for an English briefing: "Contents", "Page X of N", "Sources", "23 February 2024"', () => {
    const { pages, footerXml } = get('en');
    const all = squeeze(pages.join('\n'));
    expect(all).toContain('Contents');
    expect(all).toContain(`Page 1 of ${pages.length}`);
    expect(all).toContain('Sources');
    expect(all).toContain('23 February 2024');
    // The page numbers are Word's fields, not figures written at export.
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
  });

  it('refuses a language the desk does not speak, naming the ones it does', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (line: string) => err.push(line) };
    const out = path.join(work, 'xx.docx');
    expect(await main(['export', SAMPLE, '--language', 'es', '--out', out], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--language must be one of en, fr, de, ar/);
  });
});

describe('dossier templates', () => {
  it('lists the languages each template has, its own first', async () => {
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: () => {} };
    expect(await main(['templates'], io)).toBe(0);
    expect(out.find((line) => line.startsWith('briefing-note'))).toMatch(/Briefing note\s+en fr de ar$/);
    out.length = 0;
    expect(await main(['templates', '--json'], io)).toBe(0);
    const listed = JSON.parse(out.join('\n')) as { id: string; languages: string[] }[];
    expect(listed.map((template) => template.languages)).toEqual([
      ['en', 'fr', 'de', 'ar'],
      ['en', 'fr', 'de', 'ar'],
      ['en', 'fr', 'de', 'ar'],
    ]);
  });
});
