import { Document, type IContext, Packer, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { type RunFormat, textRun } from '../../../../../shared/export/xml';
import { docxPart } from '../support/read-docx';

const FLAGS = ['bold', 'italics', 'strike', 'underline', 'rightToLeft'] as const;

/** Every format the export gives a run: each flag on or off, with and without a character style. */
const FORMATS: RunFormat[] = [undefined, 'Hyperlink'].flatMap((style) =>
  Array.from({ length: 2 ** FLAGS.length }, (_, bits) => {
    const format: Record<string, unknown> = { style };
    FLAGS.forEach((flag, index) => {
      format[flag] = (bits & (1 << index)) !== 0;
    });
    return format as RunFormat;
  }),
);

/** The same run as docx's TextRun, given what it is given for that format. */
function docxTextRun(text: string, format: RunFormat): TextRun {
  return new TextRun({
    text,
    style: format.style,
    bold: format.bold || undefined,
    italics: format.italics || undefined,
    strike: format.strike || undefined,
    underline: format.underline ? {} : undefined,
    rightToLeft: format.rightToLeft || undefined,
  });
}

const context = () => ({ stack: [] }) as unknown as IContext;

async function documentXml(runs: ParagraphChild[]): Promise<string> {
  const docx = new Document({ sections: [{ children: [new Paragraph({ children: runs })] }] });
  return docxPart(await Packer.pack(docx, 'uint8array'), 'word/document.xml');
}

describe('text runs', () => {
  it('are what docx’s TextRun makes of the same text and format, for every format', () => {
    for (const format of FORMATS) {
      const ours = (textRun('Rabat, 2024', format) as unknown as TextRun).prepForXml(context());
      expect(ours, JSON.stringify(format)).toEqual(docxTextRun('Rabat, 2024', format).prepForXml(context()));
    }
  });

  it('write the same XML as TextRun, escapes, spaces and scripts included', async () => {
    const texts = ['', '  leading and trailing  ', 'a < b & "c" \'d\' > e', 'الرباط 2024', 'tab\there\u0001'];
    const cases = texts.flatMap((text) => FORMATS.map((format) => [text, format] as const));
    const ours = await documentXml(cases.map(([text, format]) => textRun(text, format)));
    const docx = await documentXml(cases.map(([text, format]) => docxTextRun(text, format)));
    expect(ours).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(ours).toBe(docx);
  });
});
