import { describe, expect, it } from 'vitest';
import { bodyXml, exportBlocks } from '../support/export-briefing';
import { docxPart, readWithPandoc } from '../support/read-docx';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('block quotes in Word', () => {
  it('indents the quote in the Block Quote style, with a rule down its side', async () => {
    const { documentXml, bytes } = await exportBlocks([
      { type: 'blockquote', content: [paragraph('Quoted words.')] },
    ]);
    expect(bodyXml(documentXml)).toMatch(
      /<w:pStyle w:val="BlockQuote"\/><w:ind w:left="567"\/>.*Quoted words\./,
    );
    expect(docxPart(bytes, 'word/styles.xml')).toMatch(
      /w:styleId="BlockQuote">.*?<w:pBdr><w:left w:val="single"/,
    );
    expect(readWithPandoc(bytes).blocks).toContainEqual({
      kind: 'quote',
      blocks: [{ kind: 'para', text: 'Quoted words.', rtl: false }],
    });
  });

  it('indents a quote inside a quote further, and lists inside it with it', async () => {
    const { documentXml } = await exportBlocks([
      {
        type: 'blockquote',
        content: [
          { type: 'blockquote', content: [paragraph('Nested.')] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Listed.')] }] },
        ],
      },
    ]);
    const body = bodyXml(documentXml);
    expect(body).toMatch(/<w:ind w:left="1134"\/>.*Nested\./);
    expect(body).toMatch(/<w:ind w:left="992" w:hanging="340"\/>.*Listed\./);
  });
});
