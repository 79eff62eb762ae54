// `dossier export … --reference <file.dotx|.docx>`: the office's look on the CLI's export, the same hostile
// checks as in the app, and nothing written when the reference is refused.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';
import { generateHostileReferences, type HostileReference } from '../../fixtures/hostile/reference-documents';
import { OFFICE_REFERENCE } from '../../fixtures/reference/make-office-reference';
import { docxPart } from '../shared/export/support/read-docx';

const SAMPLE = path.resolve(__dirname, '../../../samples/morocco-germany-security.dossier.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

let work = '';
let hostile: HostileReference[] = [];
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-export-reference-'));
  hostile = generateHostileReferences(path.join(work, 'hostile'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const fixture = (name: string) => hostile.find((item) => item.name === name) as HostileReference;

describe('dossier export --reference', () => {
  it("dresses the export in the office template's styles, page and header", async () => {
    const out = path.join(work, 'dressed.docx');
    const { io, err } = capture();
    expect(await main(['export', SAMPLE, '--reference', OFFICE_REFERENCE.file, '--out', out], io)).toBe(0);
    expect(err).toEqual([]);
    const bytes = new Uint8Array(readFileSync(out));
    expect(docxPart(bytes, 'word/styles.xml')).toContain(`w:ascii="${OFFICE_REFERENCE.bodyFont}"`);
    expect(docxPart(bytes, 'word/styles.xml')).toContain(
      `<w:color w:val="${OFFICE_REFERENCE.heading1Color}"/>`,
    );
    expect(docxPart(bytes, 'word/document.xml')).toContain(`w:left="${OFFICE_REFERENCE.page.margin}"`);
    expect(docxPart(bytes, 'word/header1.xml')).toContain(OFFICE_REFERENCE.headerText);
  });

  it('refuses a zip bomb with its code and writes nothing', async () => {
    const out = path.join(work, 'bomb.docx');
    const { io, err } = capture();
    expect(
      await main(['export', SAMPLE, '--reference', fixture('zip-bomb.dotx').file, '--out', out], io),
    ).not.toBe(0);
    expect(err.join('\n')).toMatch(/^REFERENCE_ZIP_BOMB: .*Nothing was stored/);
    expect(existsSync(out)).toBe(false);
  });

  it('exports with a macro-enabled template, its macros left out, and says so', async () => {
    const out = path.join(work, 'macros.docx');
    const { io, err } = capture();
    expect(await main(['export', SAMPLE, '--reference', fixture('macros.dotm').file, '--out', out], io)).toBe(
      0,
    );
    expect(err.join('\n')).toMatch(/warning: The file held macros/);
    expect(docxPart(new Uint8Array(readFileSync(out)), '[Content_Types].xml')).not.toMatch(
      /macroEnabled|vbaProject/,
    );
  });

  it('says which file could not be read', async () => {
    const { io, err } = capture();
    const missing = path.join(work, 'missing.dotx');
    expect(await main(['export', SAMPLE, '--reference', missing], io)).not.toBe(0);
    expect(err.join('\n')).toContain('missing.dotx');
  });
});
