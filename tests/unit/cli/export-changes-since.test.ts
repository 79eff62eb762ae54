// `dossier export --changes-since`: the sample's briefing note against its saved version, read back as a
// reviewer would: pandoc with --track-changes=all, and LibreOffice, which lists them as tracked changes.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';
import { convertToPdf, docxPart } from '../shared/export/support/read-docx';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const VERSION = 'First draft for the head of division';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

let work = '';
let docx = '';
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-changes-since-'));
  docx = path.join(work, 'review.docx');
  const { io, err } = capture();
  expect(await main(['export', SAMPLE, '--changes-since', VERSION, '--out', docx], io)).toBe(0);
  expect(err).toEqual([]);
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dossier export --changes-since', () => {
  it('writes the differences from the saved version as Word revisions with author and date', () => {
    const xml = docxPart(new Uint8Array(readFileSync(docx)), 'word/document.xml');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="2024-/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="[^"]+" w:date="2024-/);
    expect(xml).toContain('<w:delText');
  });

  it('shows the insertions and deletions to pandoc with --track-changes=all', () => {
    const text = execFileSync(
      'pandoc',
      ['-f', 'docx', '-t', 'markdown', '--wrap=none', '--track-changes=all', docx],
      {
        encoding: 'utf8',
      },
    );
    expect(text).toMatch(/\{\.insertion author="[^"]+" date="2024-[^"]+"\}/);
    expect(text).toMatch(/\{\.deletion author="[^"]+" date="2024-[^"]+"\}/);
    // The version's wording, gone from the current text, comes back as a deletion.
    expect(text).toMatch(/\[Short picture of the cooperation ahead of the next round\.[^\]]*\]\{\.deletion/);
    // Accepting every change gives the current text: no deletion left, the insertions plain.
    const accepted = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--track-changes=accept', docx], {
      encoding: 'utf8',
    });
    expect(accepted).not.toContain('Short picture of the cooperation ahead of the next round.');
  });

  it('is read by LibreOffice as tracked changes', () => {
    const [odtFile] = convertToPdf([docx], work, 'odt');
    const odt = unzipSync(new Uint8Array(readFileSync(odtFile as string)));
    const content = strFromU8(odt['content.xml'] as Uint8Array);
    const changes = content.match(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/)?.[0] ?? '';
    expect(changes).toContain('<text:insertion>');
    expect(changes).toContain('<text:deletion>');
    expect(changes).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
  }, 180_000);

  it('refuses a version the briefing does not have, naming the ones it has', async () => {
    const { io } = capture();
    await expect(
      main(['export', SAMPLE, '--changes-since', 'no such version', '--out', path.join(work, 'x.docx')], io),
    ).resolves.not.toBe(0);
  });
});
