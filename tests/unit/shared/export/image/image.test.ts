import { describe, expect, it } from 'vitest';
import { bodyXml, exportBlocks } from '../support/export-briefing';
import { FIXTURE_PNG_SHA } from '../support/fixture-dossier';
import { readWithPandoc } from '../support/read-docx';

const image = (attrs: Record<string, unknown>) => ({
  type: 'image',
  attrs: {
    attachmentId: FIXTURE_PNG_SHA,
    alt: 'Chart of arrests',
    title: 'Arrests',
    width: null,
    height: null,
    ...attrs,
  },
});

describe('images in Word', () => {
  it('embeds the picture with its alt text as description and its title', async () => {
    const { documentXml } = await exportBlocks([image({ width: 150, height: 75 })]);
    // 150 × 75 pixels at 9525 EMU each.
    expect(bodyXml(documentXml)).toMatch(/<wp:extent cx="1428750" cy="714375"\/>/);
    expect(bodyXml(documentXml)).toMatch(
      /<wp:docPr id="\d+" name="Arrests" descr="Chart of arrests" title="Arrests"\/>/,
    );
  });

  it('shrinks an image wider than the text to the text width', async () => {
    const { documentXml } = await exportBlocks([image({ width: 5000, height: 2500 })]);
    const [, cx = '0', cy = '0'] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(documentXml) ?? [];
    // A4 less two 25 mm margins leaves 160 mm of text: 604 pixels.
    expect(Number(cx) / 9525).toBe(604);
    expect(Number(cx) / Number(cy)).toBeCloseTo(2, 2);
  });

  it('says in the document, and warns, when the image’s bytes are missing', async () => {
    const result = await exportBlocks([image({})], { readAttachment: () => undefined });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['IMAGE_MISSING']);
    expect(readWithPandoc(result.bytes).blocks).toContainEqual({
      kind: 'para',
      text: '[Image not available: Chart of arrests]',
      rtl: false,
    });
  });

  it('warns instead of embedding a file Word cannot show', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const result = await exportBlocks([image({})], { readAttachment: () => svg });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['IMAGE_UNSUPPORTED']);
    expect(result.documentXml).not.toContain('<w:drawing>');
  });
});
