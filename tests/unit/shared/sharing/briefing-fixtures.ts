// Briefings for the tests of shared/sharing: every node and mark the model has, in en/fr/de/ar.

import { parseRichText, type RichTextDoc, type RichTextMark } from '../../../../shared/model';

export const IMAGE_ID = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';

export function paragraph(text: string): RichTextDoc['content'][number] {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A paragraph with one marked stretch between two plain ones (either may be empty). */
export function markedParagraph(
  before: string,
  marked: string,
  marks: RichTextMark[],
  after = '',
): RichTextDoc['content'][number] {
  const content = [
    { type: 'text' as const, text: before },
    { type: 'text' as const, text: marked, marks },
    { type: 'text' as const, text: after },
  ];
  return { type: 'paragraph', content: content.filter((node) => node.text !== '') };
}

export function docOf(...texts: string[]): RichTextDoc {
  return { type: 'doc', content: texts.map(paragraph) };
}

/** Every node and mark the model has, in the four languages the desk works in. */
export const FULL_BRIEFING: RichTextDoc = parseRichText({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Rabat: port talks resume' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The minister met the envoy on ' },
        { type: 'text', text: 'Monday', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' at the ' },
        {
          type: 'text',
          text: 'harbour office',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/port' } }, { type: 'italic' }],
        },
        { type: 'citation', attrs: { sourceId: 'src-lemonde-0412' } },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Struck figure', marks: [{ type: 'strike' }] },
        { type: 'text', text: ' and ' },
        {
          type: 'text',
          text: 'emphasis',
          marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'underline' }],
        },
        { type: 'text', text: ' 🇲🇦 sans souci.' },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Réactions à Paris' }] },
    {
      type: 'blockquote',
      content: [
        paragraph('« Nous suivons la situation de très près », a déclaré le porte-parole.'),
        paragraph('Die Bundesregierung prüft die Lage; Außenministerin äußerte sich zurückhaltend.'),
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'المصادر المحلية' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف ' },
        { type: 'text', text: 'الأسبوع المقبل', marks: [{ type: 'underline' }] },
        { type: 'citation', attrs: { sourceId: 'src-hespress-17' } },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [paragraph('Customs reform')] },
        {
          type: 'listItem',
          content: [
            paragraph('Fisheries'),
            {
              type: 'bulletList',
              content: [
                { type: 'listItem', content: [paragraph('Quotas für die Nordsee')] },
                {
                  type: 'listItem',
                  content: [
                    paragraph('Licences'),
                    {
                      type: 'orderedList',
                      attrs: { start: 1 },
                      content: [{ type: 'listItem', content: [paragraph('2026')] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: [120] },
              content: [paragraph('Source')],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 2, rowspan: 1, colwidth: [80, 140] },
              content: [paragraph('Grading')],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 2, colwidth: null },
              content: [paragraph('Le Monde')],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [paragraph('B')],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: '2', marks: [{ type: 'bold' }] }] },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'image',
      attrs: { attachmentId: IMAGE_ID, alt: 'Port of Tanger Med', title: null, width: 640, height: null },
    },
    { type: 'paragraph' },
  ],
});
