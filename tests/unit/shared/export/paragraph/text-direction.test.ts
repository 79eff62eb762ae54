import { describe, expect, it } from 'vitest';
import { hasRightToLeftText, isRightToLeftParagraph } from '../../../../../shared/export/paragraph';
import { bodyXml, exportBlocks } from '../support/export-briefing';

const text = (value: string) => ({ type: 'text' as const, text: value });

describe('text direction', () => {
  it('finds right-to-left script in Arabic and Hebrew, not in German or French', () => {
    expect(hasRightToLeftText('التعاون الأمني')).toBe(true);
    expect(hasRightToLeftText('שיתוף פעולה')).toBe(true);
    expect(hasRightToLeftText('Zusammenarbeit mit Münch')).toBe(false);
    expect(hasRightToLeftText('coopération sécuritaire')).toBe(false);
  });

  it('takes a paragraph’s direction from its first letter, skipping digits, punctuation and citations', () => {
    expect(isRightToLeftParagraph([text('2024 – '), text('الرباط في 2024')])).toBe(true);
    expect(
      isRightToLeftParagraph([{ type: 'citation', attrs: { sourceId: 's' } }, text('Rabat الرباط')]),
    ).toBe(false);
    expect(isRightToLeftParagraph(undefined)).toBe(false);
  });

  it('writes an Arabic paragraph right-to-left with its Arabic runs marked, and leaves Latin runs alone', async () => {
    const { documentXml } = await exportBlocks([
      { type: 'paragraph', content: [text('اجتماع الرباط '), text('BKA'), text(' والمديرية العامة')] },
      { type: 'paragraph', content: [text('Treffen in Rabat')] },
    ]);
    const [arabic, german] = bodyXml(documentXml).split('</w:p>');
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">اجتماع الرباط <\/w:t>/);
    expect(arabic).toMatch(/<w:r><w:t xml:space="preserve">BKA<\/w:t><\/w:r>/);
    expect(german).not.toContain('<w:bidi/>');
    expect(german).not.toContain('<w:rtl/>');
  });
});
