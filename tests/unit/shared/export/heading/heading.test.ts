import { describe, expect, it } from 'vitest';
import { bodyXml, exportBlocks } from '../support/export-briefing';
import { loadTemplate } from '../support/fixture-dossier';
import { docxPart } from '../support/read-docx';

const heading = (level: number, text: string) => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

describe('headings in Word', () => {
  it('uses Word’s Heading 1–3 styles, so the contents and navigation pane find them', async () => {
    const { documentXml } = await exportBlocks([heading(1, 'One'), heading(2, 'Two'), heading(3, 'Three')]);
    expect(
      [...bodyXml(documentXml).matchAll(/<w:pStyle w:val="(Heading\d)"\/>/g)].map((match) => match[1]),
    ).toEqual(['Heading1', 'Heading2', 'Heading3']);
  });

  it('numbers headings 1., 1.1, 1.1.1 through their styles when the template numbers them', async () => {
    const { bytes } = await exportBlocks([heading(1, 'One')], { template: loadTemplate('briefing-note') });
    const styles = docxPart(bytes, 'word/styles.xml');
    expect(styles).toMatch(
      /w:styleId="Heading2">.*?<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/,
    );
    const numbering = docxPart(bytes, 'word/numbering.xml');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2.%3"/>');
    expect(numbering).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('leaves headings unnumbered when the template says none', async () => {
    const { bytes } = await exportBlocks([heading(1, 'One')], { template: loadTemplate('situation-report') });
    const headingStyle = /w:styleId="Heading1">.*?<\/w:style>/.exec(docxPart(bytes, 'word/styles.xml'))?.[0];
    expect(headingStyle).toContain('Heading 1');
    expect(headingStyle).not.toContain('<w:numPr>');
  });

  it('sets the headings in the template’s font, size and colour', async () => {
    const { bytes } = await exportBlocks([heading(1, 'One')], { template: loadTemplate('meeting-brief') });
    expect(docxPart(bytes, 'word/styles.xml')).toMatch(
      /w:styleId="Heading1">.*?<w:rFonts w:ascii="Arial".*?<w:color w:val="0B4F3C"\/><w:sz w:val="28"\/>/,
    );
  });
});
