// The exported document read back with the tools people open it with: pandoc for the content, LibreOffice
// (to PDF, read by pdftotext) for the pages, and an XML check of every part. One document per template,
// plus one marked in the German scheme; LibreOffice converts them all in one run, shared by the tests.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportResult, exportBriefingToDocx } from '../../../../../shared/export';
import type { Marking } from '../../../../../shared/model';
import {
  ARABIC,
  FRENCH,
  fixtureDossier,
  GERMAN,
  IMAGE_ALT,
  LINK,
  loadTemplate,
  readFixtureAttachment,
} from '../support/fixture-dossier';
import {
  allBlocks,
  convertToPdf,
  docxPart,
  docxParts,
  type PandocReading,
  pdfPages,
  type ReadBlock,
  readWithPandoc,
  xmlProblems,
} from '../support/read-docx';

const TEMPLATES = ['briefing-note', 'situation-report', 'meeting-brief'] as const;
type Variant = (typeof TEMPLATES)[number] | 'geheim';

interface Exported {
  result: ExportResult;
  pandoc: PandocReading;
  pages: string[];
}

const exported = new Map<Variant, Exported>();
let workDir = '';

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'export-test-'));
  const variants: [Variant, string, Marking | undefined][] = [
    ...TEMPLATES.map((id): [Variant, string, undefined] => [id, id, undefined]),
    ['geheim', 'briefing-note', { scheme: 'de', level: 'geheim' }],
  ];
  const results = new Map<Variant, ExportResult>();
  for (const [variant, templateId, marking] of variants) {
    const result = await exportBriefingToDocx({
      document: fixtureDossier({ templateId, marking }),
      template: loadTemplate(templateId),
      readAttachment: readFixtureAttachment,
    });
    writeFileSync(path.join(workDir, `${variant}.docx`), result.bytes);
    results.set(variant, result);
  }
  const pdfs = convertToPdf(
    variants.map(([variant]) => path.join(workDir, `${variant}.docx`)),
    workDir,
  );
  variants.forEach(([variant], index) => {
    const result = results.get(variant) as ExportResult;
    exported.set(variant, {
      result,
      pandoc: readWithPandoc(result.bytes),
      pages: pdfPages(pdfs[index] as string),
    });
  });
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function get(variant: Variant): Exported {
  const found = exported.get(variant);
  if (!found) throw new Error(`${variant} was not exported`);
  return found;
}

const lines = (page: string) => page.split('\n').filter((line) => line.trim() !== '');
/**
 * A rendered page as a reader takes it in: its words and numbers in order. Whitespace is one space, and a
 * contents line's dot leader (however the fonts end it: "....3", "...... 3") is a space, so the checks hold
 * whichever metric-compatible fonts render the page.
 */
const squeeze = (text: string) => text.replace(/(?:[ \t]*\.){3,}[ \t]*/g, ' ').replace(/\s+/g, ' ');

function find<K extends ReadBlock['kind']>(
  blocks: ReadBlock[],
  kind: K,
  test: (block: Extract<ReadBlock, { kind: K }>) => boolean,
) {
  return allBlocks(blocks).find(
    (block): block is Extract<ReadBlock, { kind: K }> =>
      block.kind === kind && test(block as Extract<ReadBlock, { kind: K }>),
  );
}

describe.each(TEMPLATES)('a briefing exported with the %s template', (templateId) => {
  it('writes only well-formed XML parts, including footnotes, numbering and headers', () => {
    const parts = docxParts(get(templateId).result.bytes);
    for (const name of [
      'word/document.xml',
      'word/footnotes.xml',
      'word/numbering.xml',
      'word/styles.xml',
      'docProps/core.xml',
      'docProps/custom.xml',
    ]) {
      expect(parts.has(name), name).toBe(true);
    }
    for (const [name, data] of parts) {
      if (/\.(xml|rels)$/.test(name)) expect(xmlProblems(strFromU8(data)), name).toEqual([]);
    }
  });

  it('reads back in pandoc with its headings, table cells and languages', () => {
    const { blocks } = get(templateId).pandoc;
    const headings = allBlocks(blocks).flatMap((block) =>
      block.kind === 'heading' ? [`${block.level} ${block.text}`] : [],
    );
    // The situation report boxes its first section, so pandoc finds that heading inside a table cell.
    expect(headings).toEqual([
      '1 Purpose',
      '2 Second level',
      '3 Third level',
      '1 Current situation',
      '1 Languages',
      '1 Recommendation',
      '1 Sources',
    ]);
    const figures = find(blocks, 'table', (table) => table.header[0]?.[0] === 'Year');
    expect(figures?.header).toEqual([['Year', 'Joint operations', 'Arrests', 'Training sessions']]);
    expect(figures?.body).toEqual([
      ['2022', '15', '120', '8'],
      ['2023', '22', '185', '12'],
    ]);
    const paragraphs = allBlocks(blocks).flatMap((block) => (block.kind === 'para' ? [block] : []));
    expect(paragraphs.find((paragraph) => paragraph.text === GERMAN)).toBeDefined();
    expect(paragraphs.find((paragraph) => paragraph.text === FRENCH)).toBeDefined();
    expect(paragraphs.find((paragraph) => paragraph.text === ARABIC)?.rtl).toBe(true);
  });

  it('keeps nested bulleted and numbered lists, with an ordered list starting where the author said', () => {
    const { blocks } = get(templateId).pandoc;
    const outer = find(
      blocks,
      'bullets',
      (list) => list.items[0]?.[0]?.kind === 'para' && list.items[0][0].text === 'Alpha',
    );
    expect(outer?.items).toHaveLength(2);
    const inner = outer?.items[0]?.[1];
    expect(inner?.kind).toBe('ordered');
    const innerItems = inner?.kind === 'ordered' ? inner.items : [];
    expect(innerItems.map((item) => (item[0]?.kind === 'para' ? item[0].text : ''))).toEqual([
      'Alpha one',
      'Alpha two',
    ]);
    expect(innerItems[1]?.[1]).toMatchObject({
      kind: 'bullets',
      items: [[{ kind: 'para', text: 'Deepest point' }]],
    });
    const fromThree = find(
      blocks,
      'ordered',
      (list) => list.items[0]?.[0]?.kind === 'para' && list.items[0][0].text === 'Third step',
    );
    expect(fromThree?.start).toBe(3);
  });

  it('turns citations into footnotes with outlet, author, title, date, link and grading, one per source', () => {
    const { notes } = get(templateId).pandoc;
    // Three sources are cited, one of them twice: the repeat points back to its note instead of adding one.
    expect(notes).toHaveLength(3);
    expect(notes[0]).toBe(
      'Example Daily, A. Reporter: “Police chief praises cooperation”, 15 February 2024. https://news.example.org/police-chief Grading B2.',
    );
    expect(notes[1]).toBe(
      'Liaison office: “Readout of the Rabat meeting”, retrieved 19 February 2024. Grading A1.',
    );
    expect(notes[2]).toContain('Grading C3');
  });

  it('lists every cited source, in citation order, in a "Sources" annex table', () => {
    const { blocks } = get(templateId).pandoc;
    const annex = find(blocks, 'table', (table) => table.header[0]?.[0] === 'No.');
    expect(annex?.header[0]).toEqual(['No.', 'Source', 'Published', 'Grading', 'Marking']);
    expect(annex?.body.map((row) => [row[0], row[3]?.split('\n')[0], row[4]])).toEqual([
      ['1', 'B2', 'TLP:CLEAR'],
      ['2', 'A1', 'TLP:AMBER'],
      ['3', 'C3', 'TLP:GREEN'],
    ]);
    expect(JSON.stringify(annex)).not.toContain('Never cited');
  });

  it('keeps links, the block quote and the image with its alt text at its size', () => {
    const { blocks, links } = get(templateId).pandoc;
    expect(links).toContain(LINK);
    expect(links).toContain('https://news.example.org/police-chief');
    expect(
      find(
        blocks,
        'quote',
        (quote) =>
          quote.blocks[0]?.kind === 'para' && quote.blocks[0].text.startsWith('Cooperation is very good'),
      ),
    ).toBeDefined();
    // 300 × 150 CSS pixels are 3.125 × 1.5625 inches.
    expect(find(blocks, 'image', () => true)).toEqual({
      kind: 'image',
      alt: IMAGE_ALT,
      width: '3.125in',
      height: '1.5625in',
    });
  });

  it('opens in LibreOffice with TLP:AMBER at the top and bottom of every page and "Page X of N"', () => {
    const { pages } = get(templateId);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      const text = lines(page);
      expect(text[0], `top of page ${index + 1}`).toContain('TLP:AMBER');
      expect(text[text.length - 1], `bottom of page ${index + 1}`).toContain('TLP:AMBER');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('prints the marking in TLP amber on black in its headers and footers', () => {
    const parts = docxParts(get(templateId).result.bytes);
    const furniture = [...parts.keys()].filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(furniture.length).toBeGreaterThanOrEqual(2);
    for (const name of furniture) {
      const xml = strFromU8(parts.get(name) as Uint8Array);
      expect(xml).toMatch(
        /<w:color w:val="FFC000"\/>.*<w:shd w:fill="000000"[^>]*\/><\/w:rPr><w:t[^>]*>\u00a0TLP:AMBER\u00a0</,
      );
      expect(xml).toContain('<w:pStyle w:val="MarkingBanner"/>');
    }
    // Centred by its style, which Word users see as "Marking Banner".
    expect(docxPart(get(templateId).result.bytes, 'word/styles.xml')).toMatch(
      /w:styleId="MarkingBanner">.*?<w:jc w:val="center"\/>.*?<\/w:style>/,
    );
  });

  it('writes title, subject, keywords, author, created and the marking to the document properties', () => {
    const { bytes } = get(templateId).result;
    const core = docxPart(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Fixture briefing: cooperation in 2024</dc:title>');
    expect(core).toContain('<dc:subject>Fixture dossier on Morocco–Germany cooperation</dc:subject>');
    expect(core).toMatch(/<cp:keywords>TLP:AMBER; Morocco; Germany<\/cp:keywords>/);
    expect(core).toContain('<dc:creator>Dossier Desk</dc:creator>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT/);
    const custom = docxPart(bytes, 'docProps/custom.xml');
    expect(custom).toMatch(/name="Marking"><vt:lpwstr>TLP:AMBER<\/vt:lpwstr>/);
    expect(custom).toMatch(/name="Template"><vt:lpwstr>[a-z-]+<\/vt:lpwstr>/);
  });
});

describe('the briefing note template', () => {
  it('opens with a cover: marking, title, subtitle, date, reference, handling caveat and distribution', () => {
    const cover = squeeze(get('briefing-note').pages[0] ?? '');
    expect(cover).toMatch(
      /TLP:AMBER.*Fixture briefing: cooperation in 2024.*Fixture dossier on Morocco–Germany cooperation.*Date 20 February 2024.*Reference DD-20240220-BFIXTU.*Handling: TLP:AMBER: Recipient's organisation.*Distribution Director Head of Division Desk file/,
    );
  });

  it('has contents filled from the headings, with page numbers, that a reader shows without updating fields', () => {
    const contents = squeeze(get('briefing-note').pages[1] ?? '');
    expect(contents).toMatch(
      /Contents 1\. Purpose 3 1\.1 Second level 3 1\.1\.1 Third level 3 2\. Current situation \d/,
    );
    expect(contents).toMatch(/4\. Recommendation \d+ Sources \d+/);
    const { bytes } = get('briefing-note').result;
    // Written clean, so Word shows it as it is and asks nothing on opening; it can still update it.
    const document = docxPart(bytes, 'word/document.xml');
    expect(document).toMatch(
      /<w:fldChar w:fldCharType="begin"( w:dirty="false")?\/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;/,
    );
    expect(document).not.toContain('w:dirty="true"');
    expect(docxPart(bytes, 'word/settings.xml')).not.toContain('updateFields');
  });

  it('numbers its headings 1., 1.1 and 1.1.1 but not the Sources annex', () => {
    const body = squeeze(get('briefing-note').pages.slice(2).join(' '));
    expect(body).toMatch(/1\. Purpose/);
    expect(body).toMatch(/1\.1 Second level 1\.1\.1 Third level/);
    expect(body).toMatch(/2\. Current situation/);
    expect(body).toMatch(/TLP:AMBER Briefing note · DD-20240220-BFIXTU Sources Every source cited/);
  });

  it('shows nested list numbering as Word counts it: a), b) inside, 3. and 4. for a list starting at 3', () => {
    const body = squeeze(get('briefing-note').pages.join(' '));
    expect(body).toMatch(/a\) Alpha one b\) Alpha two/);
    expect(body).toMatch(/3\. Third step 4\. Fourth step/);
  });
});

describe('the situation report template', () => {
  it('has no cover or contents and opens with the summary section in a box', () => {
    const { pages, result } = get('situation-report');
    const first = squeeze(pages[0] ?? '');
    expect(first).toMatch(
      /^ ?TLP:AMBER SITREP · Fixture briefing: cooperation in 2024 · 20 February 2024 Purpose Plain, bold/,
    );
    expect(squeeze(pages.join(' '))).not.toContain('Contents');
    const body = docxPart(result.bytes, 'word/document.xml');
    expect(body).toMatch(/<w:body><w:tbl>.*?Purpose/);
  });

  it('leaves its headings unnumbered', () => {
    expect(squeeze(get('situation-report').pages.join(' '))).toMatch(
      / Current situation Year Joint operations/,
    );
  });
});

describe('the meeting brief template', () => {
  it('has a cover with the handling caveat but no distribution list or contents', () => {
    const { pages } = get('meeting-brief');
    const cover = squeeze(pages[0] ?? '');
    expect(cover).toContain('Handling: TLP:AMBER');
    expect(cover).not.toContain('Distribution');
    expect(squeeze(pages.join(' '))).not.toContain('Contents');
    expect(squeeze(pages[1] ?? '')).toMatch(
      /Meeting brief · Fixture briefing: cooperation in 2024 1\. Purpose/,
    );
  });
});

describe('a briefing marked GEHEIM (German VS)', () => {
  it('prints GEHEIM with "amtlich geheim gehalten" at the top and bottom of every page', () => {
    const { pages } = get('geheim');
    pages.forEach((page, index) => {
      const text = lines(page);
      expect(squeeze(text.slice(0, 2).join(' ')), `top of page ${index + 1}`).toMatch(
        /GEHEIM amtlich geheim gehalten/,
      );
      expect(squeeze(text.slice(-2).join(' ')), `bottom of page ${index + 1}`).toMatch(
        /GEHEIM amtlich geheim gehalten/,
      );
    });
  });

  it('prints it in red on white, not on a black ground', () => {
    const header = docxPart(get('geheim').result.bytes, 'word/header1.xml');
    expect(header).toMatch(/<w:color w:val="C00000"\/>.*<w:t xml:space="preserve">GEHEIM<\/w:t>/);
    expect(header).not.toContain('w:fill="000000"');
  });
});
