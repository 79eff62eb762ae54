// Characters XML 1.0 forbids never pass the model (so never reach a .docx or the editor), and mailto links
// keep only their address.

import { describe, expect, it } from 'vitest';
import {
  mailtoAddressOnly,
  parseDossierDocument,
  richTextDocSchema,
  withoutXmlForbiddenCharacters,
} from '../../../../shared/model';
import { exportBlocks } from '../export/support/export-briefing';
import { fixtureDossierJson } from '../export/support/fixture-dossier';
import { blocksText, docxPart, docxParts, readWithPandoc } from '../export/support/read-docx';

const PASTED: [string, string][] = [
  ['U+FFFE', '\ufffe'],
  ['U+FFFF', '\uffff'],
  ['an unpaired high surrogate', '\ud83d'],
  ['an unpaired low surrogate', '\ude00'],
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['vertical tab', '\u000b'],
  ['form feed', '\u000c'],
  ['carriage return', '\r'],
  ['escape', '\u001b'],
  ['unit separator', '\u001f'],
];

// Outside what XML allows: the C0 controls other than tab, LF and CR, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('text without the characters XML forbids', () => {
  it.each(PASTED)('removes %s and keeps tabs, line feeds and paired surrogates', (_, pasted) => {
    expect(withoutXmlForbiddenCharacters(`a${pasted}b\tc\nd 😀`)).toBe('a' + 'b\tc\nd 😀');
  });

  it.each(PASTED)('exports a briefing with %s pasted into it as well-formed Word XML', async (_, pasted) => {
    const { bytes, documentXml } = await exportBlocks([
      { type: 'paragraph', content: [{ type: 'text', text: `Before${pasted}after` }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: pasted },
          { type: 'text', text: 'Alone' },
        ],
      },
    ]);
    for (const [name, part] of docxParts(bytes)) {
      if (name.endsWith('.xml')) expect(NOT_XML.test(Buffer.from(part).toString('utf8')), name).toBe(false);
    }
    expect(documentXml).toContain('Beforeafter');
    const text = blocksText(readWithPandoc(bytes).blocks);
    expect(text).toContain('Beforeafter');
    expect(text).toContain('Alone');
  });

  it('strips them from plain fields too: titles, notes, tags, names', () => {
    const json = fixtureDossierJson();
    json.dossier.title = 'Rabat\ufffe readout';
    json.dossier.summary = 'One\u0000two';
    const document = parseDossierDocument(json);
    expect(document.dossier.title).toBe('Rabat readout');
    expect(document.dossier.summary).toBe('Onetwo');
  });

  it('keeps one of two tags that are the same once cleaned, instead of refusing the file', () => {
    // Found by the package round-trip property test: "BKA" and "BKA" with a lone surrogate became twins.
    const json = fixtureDossierJson();
    json.dossier.tags = ['BKA', 'BKA\ud800', 'Rabat\u0007', 'Rabat'];
    expect(parseDossierDocument(json).dossier.tags).toEqual(['BKA', 'Rabat']);
  });
});

describe('mailto links', () => {
  it('keep only the address, in the model and so in the editor and the export', async () => {
    expect(mailtoAddressOnly('mailto:desk@example.org?attach=/etc/passwd&subject=x')).toBe(
      'mailto:desk@example.org',
    );
    expect(mailtoAddressOnly('MAILTO:desk@example.org#x')).toBe('MAILTO:desk@example.org');
    expect(mailtoAddressOnly('https://example.org/?q=1')).toBe('https://example.org/?q=1');
    const link = (href: string) => ({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Write', marks: [{ type: 'link', attrs: { href } }] }],
        },
      ],
    });
    const parsed = richTextDocSchema.parse(link('mailto:desk@example.org?attach=C:\\secrets.txt'));
    expect(parsed.content[0]).toMatchObject({
      content: [{ marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }] }],
    });
    const { bytes } = await exportBlocks(link('mailto:desk@example.org?attach=/etc/passwd').content);
    const rels = docxPart(bytes, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="mailto:desk@example.org"');
    expect(rels).not.toContain('attach');
  });
});
