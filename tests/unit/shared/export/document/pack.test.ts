import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { LEADING_PARTS, packDocx } from '../../../../../shared/export/document';
import { exportBlocks } from '../support/export-briefing';
import { FIXTURE_PNG, FIXTURE_PNG_SHA } from '../support/fixture-dossier';

const dir = mkdtempSync(path.join(tmpdir(), 'docx-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pictures docx only embeds: a JPEG and a GIF need no more than their signatures for it. */
const JPEG = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  ...Array.from({ length: 500 }, (_, index) => index % 7),
]);
const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 10, 0, ...new Array(200).fill(0)]);

/** A document with a part of each kind: body, styles, numbering, footnotes, header, and three pictures. */
function sampleDocument(): Document {
  const picture = (type: 'png' | 'jpg' | 'gif', data: Uint8Array) =>
    new ImageRun({ type, data, transformation: { width: 100, height: 50 } });
  return new Document({
    creator: 'Dossier Desk',
    sections: [
      {
        headers: { default: undefined },
        children: [
          new Paragraph({
            children: [
              new TextRun({ text: 'Cooperation & exchange < 2024 >', bold: true }),
              new FootnoteReferenceRun({
                children: [new Paragraph('Outlet, Author: “Title”, 5 March 2024.')],
              }),
            ],
          }),
          new Paragraph({
            children: [picture('png', FIXTURE_PNG), picture('jpg', JPEG), picture('gif', GIF)],
          }),
          new Table({
            rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Rabat')] })] })],
          }),
          new Paragraph({ text: 'تعزيز التعاون الأمني', bidirectional: true }),
        ],
      },
    ],
  });
}

/** The names of a zip file's entries in the order they are stored. */
function entryNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter: ({ name }) => {
      names.push(name);
      return false;
    },
  });
  return names;
}

/** Compression method of each entry: 0 stored, 8 deflated. */
function methods(zip: Uint8Array): Map<string, number> {
  const found = new Map<string, number>();
  unzipSync(zip, {
    filter: ({ name, compression }) => {
      found.set(name, compression);
      return false;
    },
  });
  return found;
}

/**
 * The parts as text, less what differs each time a document is written: its creation and modification
 * times, and its pictures' ids, which docx counts across every document the process writes.
 */
function comparableParts(zip: Uint8Array): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(zip)).map(([name, bytes]) => [
      name,
      strFromU8(bytes, true)
        .replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')
        .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""'),
    ]),
  );
}

describe('packing the .docx', () => {
  it('starts with [Content_Types].xml and _rels/.rels, as Word does, so `file` knows it for a Word file', async () => {
    const { bytes } = await exportBlocks([{ type: 'paragraph', content: [{ type: 'text', text: 'Rabat' }] }]);
    expect(entryNames(bytes).slice(0, 2)).toEqual([...LEADING_PARTS]);
    expect(entryNames(await packDocx(sampleDocument())).slice(0, 2)).toEqual([...LEADING_PARTS]);
    const file = path.join(dir, 'briefing-for-file.docx');
    writeFileSync(file, bytes);
    expect(execFileSync('file', ['-b', file], { encoding: 'utf8' })).toMatch(/^Microsoft Word 2007\+/);
  });

  it('holds every part docx writes, byte for byte, in a zip that unzip tests clean', async () => {
    const ours = await packDocx(sampleDocument());
    const docx = await Packer.pack(sampleDocument(), 'uint8array');
    const oursParts = comparableParts(ours);
    expect([...oursParts.keys()].sort()).toEqual([...comparableParts(docx).keys()].sort());
    expect(oursParts).toEqual(comparableParts(docx));
    const file = path.join(dir, 'sample.docx');
    writeFileSync(file, ours);
    const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('No errors detected');
  });

  it('stores JPEG and GIF pictures as they are, and deflates the XML and PNG parts', async () => {
    const found = methods(await packDocx(sampleDocument()));
    const media = [...found].filter(([name]) => name.startsWith('word/media/'));
    expect(media.map(([name, method]) => [path.extname(name), method]).sort()).toEqual([
      ['.gif', 0],
      ['.jpg', 0],
      ['.png', 8],
    ]);
    const xml = [...found].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xml.length).toBeGreaterThan(10);
    expect(xml.filter(([, method]) => method !== 8)).toEqual([]);
  });

  it('writes an exported briefing with its picture that unzip tests clean', async () => {
    const { bytes } = await exportBlocks([
      { type: 'paragraph', content: [{ type: 'text', text: 'Rabat' }] },
      {
        type: 'image',
        attrs: { attachmentId: FIXTURE_PNG_SHA, alt: 'Chart', title: null, width: null, height: null },
      },
    ]);
    const file = path.join(dir, 'briefing.docx');
    writeFileSync(file, bytes);
    expect(spawnSync('unzip', ['-tq', file]).status).toBe(0);
    expect([...methods(bytes).keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
  });
});
