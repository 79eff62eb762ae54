import { describe, expect, it } from 'vitest';
import { exportBriefingToDocx } from '../../../../../shared/export';
import { citationBookmark } from '../../../../../shared/export/citation';
import { dossierWithBlocks, exportBlocks } from '../support/export-briefing';
import { loadTemplate, readFixtureAttachment } from '../support/fixture-dossier';
import { docxPart, readWithPandoc } from '../support/read-docx';

const cite = (sourceId: string) => ({ type: 'citation', attrs: { sourceId } });
const paragraph = (...content: unknown[]) => ({
  type: 'paragraph',
  content: content.map((item) => (typeof item === 'string' ? { type: 'text', text: item } : item)),
});

describe('citations', () => {
  it('writes one footnote per source and points repeat citations back to it with a NOTEREF', async () => {
    const { bytes, documentXml } = await exportBlocks([
      paragraph('First', cite('s-daily')),
      paragraph('Second', cite('s-liaison')),
      paragraph('Again', cite('s-daily')),
    ]);
    const footnotes = docxPart(bytes, 'word/footnotes.xml');
    // Word's separator notes have ids -1 and 0; ours count from 1.
    expect(footnotes.match(/<w:footnote w:id="[1-9]\d*"/g)).toHaveLength(2);
    expect(documentXml.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(documentXml).toContain(`<w:bookmarkStart w:name="${citationBookmark(1)}"`);
    expect(documentXml).toMatch(
      /Again<\/w:t><\/w:r><w:fldSimple w:instr="NOTEREF _RefCite1 \\f \\h"><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:t xml:space="preserve">1<\/w:t>/,
    );
  });

  it('numbers sources by first citation, as the editor does, in notes and annex alike', async () => {
    const { bytes } = await exportBlocks([paragraph('A', cite('s-digest')), paragraph('B', cite('s-daily'))]);
    const { notes, blocks } = readWithPandoc(bytes);
    expect(notes[0]).toContain('Press digest');
    expect(notes[1]).toContain('Police chief praises cooperation');
    const annex = blocks.find((block) => block.kind === 'table');
    expect(annex?.kind === 'table' && annex.body.map((row) => row[1]?.slice(0, 11))).toEqual([
      'Desk digest',
      'Example Dai',
    ]);
  });

  it('leaves out the Sources annex when nothing is cited', async () => {
    const { bytes } = await exportBlocks([paragraph('No sources here.')]);
    const { blocks } = readWithPandoc(bytes);
    expect(blocks.some((block) => block.kind === 'heading' && block.text === 'Sources')).toBe(false);
  });

  it('marks a citation of a source that is not in the dossier as [?] and warns', async () => {
    const document = dossierWithBlocks([paragraph('Orphan', cite('s-daily'))]);
    const broken = { ...document, sources: document.sources.filter((source) => source.id !== 's-daily') };
    const result = await exportBriefingToDocx({
      document: broken,
      template: loadTemplate('situation-report'),
      readAttachment: readFixtureAttachment,
    });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['SOURCE_MISSING']);
    expect(readWithPandoc(result.bytes).notes).toEqual([]);
    expect(docxPart(result.bytes, 'word/document.xml')).toContain('[?]');
  });
});
