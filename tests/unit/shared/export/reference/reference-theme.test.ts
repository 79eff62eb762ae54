// An office template with a theme (as Word writes them; LibreOffice's has none): the export takes its theme
// part, and the Templates view its accent colours and theme fonts.

import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBriefingToDocx } from '../../../../../shared/export';
import { describeOfficeReference, readOfficeReference } from '../../../../../shared/export/reference';
import { OFFICE_REFERENCE } from '../../../../fixtures/reference/make-office-reference';
import { fixtureDossier, loadTemplate, readFixtureAttachment } from '../support/fixture-dossier';
import { docxPart } from '../support/read-docx';

const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Ministry"><a:themeElements><a:clrScheme name="Ministry"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="3B0A0A"/></a:dk2><a:lt2><a:srgbClr val="F4EDE4"/></a:lt2><a:accent1><a:srgbClr val="8B0000"/></a:accent1><a:accent2><a:srgbClr val="C9A227"/></a:accent2><a:accent3><a:srgbClr val="2F4F4F"/></a:accent3><a:accent4><a:srgbClr val="556B2F"/></a:accent4><a:accent5><a:srgbClr val="4682B4"/></a:accent5><a:accent6><a:srgbClr val="708090"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Ministry"><a:majorFont><a:latin typeface="Liberation Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Liberation Serif"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme></a:themeElements></a:theme>`;

/** The office template with a theme part, and its Heading 1 in the theme's major font. */
function withTheme(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(OFFICE_REFERENCE.file)));
  parts['word/theme/theme1.xml'] = strToU8(THEME);
  const edit = (name: string, change: (xml: string) => string) => {
    parts[name] = strToU8(change(strFromU8(parts[name] as Uint8Array)));
  };
  edit('word/_rels/document.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      '<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>',
    ),
  );
  edit('[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
    ),
  );
  edit('word/styles.xml', (xml) =>
    xml.replace(
      '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:b/><w:color w:val="8B0000"/>',
      '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:color w:val="8B0000"/>',
    ),
  );
  return zipSync(parts);
}

describe('an office template with a theme', () => {
  it('gives the export its theme part, fonts and colours', async () => {
    const reference = await readOfficeReference(withTheme());
    expect(reference.theme).toBe(THEME);
    const result = await exportBriefingToDocx({
      document: fixtureDossier({ templateId: 'briefing-note' }),
      template: loadTemplate('briefing-note'),
      readAttachment: readFixtureAttachment,
      reference,
    });
    expect(docxPart(result.bytes, 'word/theme/theme1.xml')).toBe(THEME);
    expect(docxPart(result.bytes, 'word/styles.xml')).toContain('w:asciiTheme="majorHAnsi"');
  });

  it('describes its accent colours and the theme font its headings use', async () => {
    const look = describeOfficeReference(await readOfficeReference(withTheme()));
    expect(look.themeColors).toEqual(['#8B0000', '#C9A227', '#2F4F4F', '#556B2F', '#4682B4', '#708090']);
    expect(look.headingFont).toBe('Liberation Sans');
    expect(look.bodyFont).toBe(OFFICE_REFERENCE.bodyFont);
  });
});
