// `dossier ingest`: prints what would be saved (as text, or one JSON object with the documented keys),
// refuses bad files with exit 1 and one line that starts with the code, and changes no file.

import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';
import { hostileMhtml } from '../../fixtures/hostile/saved-pages';
import { generateIngestFixtures } from '../../fixtures/ingest/generate';
import { CHART_PNG, PHOTO_PNG, writeSavedPages } from '../../fixtures/ingest/saved-pages';
import { WEB_PAGE_TEXT } from '../shared/ingest/support/articles';

const fixtures = await generateIngestFixtures(mkdtempSync(path.join(tmpdir(), 'ingest-fixtures-')));
const work = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(path.dirname(fixtures.savedPage), { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err };
}

describe('dossier ingest', () => {
  it('prints one JSON object with title, metadata, kept, dropped, entities and dates', async () => {
    const file = path.join(work, 'rabat.txt');
    writeFileSync(file, WEB_PAGE_TEXT);
    const { code, out, err } = await run('ingest', file, '--json', '--today', '2024-03-01');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'title',
      'metadata',
      'kept',
      'dropped',
      'entities',
      'dates',
      'original',
    ]);
    expect(Object.keys(json.metadata)).toEqual(['outlet', 'url', 'author', 'published', 'language']);
    expect(json.title).toBe('Rabat and Berlin agree to deepen police cooperation');
    expect(json.dropped.map((block: { reason: string }) => block.reason)).toContain('caption');
    expect(json.entities).toContainEqual({
      name: 'Federal Criminal Police Office',
      kind: 'organisation',
      aliases: ['BKA'],
    });
    expect(json.dates).toContainEqual({
      text: 'December last year',
      date: '2023-12',
      precision: 'month',
      approximate: true,
    });
  });

  it('reads a saved web page with its details, tables and lists, and nothing of its scripts', async () => {
    const { code, out } = await run('ingest', fixtures.savedPage, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.metadata).toMatchObject({
      outlet: 'Coastwatch Weekly',
      url: 'https://coastwatch.example.net/2024/03/joint-patrols-aldeport',
      author: 'Ines Carvalho',
      published: '2024-03-12',
      language: 'en',
    });
    expect(json.kept.some((block: { type: string }) => block.type === 'table')).toBe(true);
    expect(out).not.toMatch(/SCRIPT_TEXT_MUST_NOT_APPEAR|STYLE_TEXT_MUST_NOT_APPEAR|onclick|<script/i);
  });

  it('reads a .docx made by the Word export back into headings and a table', async () => {
    const { code, out } = await run('ingest', fixtures.briefingDocx, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.kept.some((block: { type: string }) => block.type === 'heading')).toBe(true);
    expect(json.kept.some((block: { type: string }) => block.type === 'table')).toBe(true);
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await run('ingest', fixtures.report);
    expect(code).toBe(0);
    expect(out).toMatch(/^File: /m);
    expect(out).toMatch(/^Kept \(\d+ blocks\):/m);
    expect(out).toMatch(/^Entities \(\d+\):/m);
  });

  it.each([
    ['emptyTxt', 'EMPTY'],
    ['pictureTxt', 'BINARY'],
    ['protectedPdf', 'PASSWORD_PROTECTED'],
    ['protectedDocx', 'PASSWORD_PROTECTED'],
    ['brokenDocx', 'BROKEN_FILE'],
    ['brokenPdf', 'BROKEN_FILE'],
    ['scanPdf', 'NO_TEXT'],
  ] as const)('refuses %s with exit 1 and one line starting %s', async (fixture, code) => {
    const result = await run('ingest', fixtures[fixture]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(new RegExp(`^${code}: `));
  });

  it('refuses a 200 MB file, naming the limit, without reading it', async () => {
    const file = path.join(work, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024); // sparse: takes no disk space
    const result = await run('ingest', file);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^TOO_LARGE: huge\.txt is 200 MB; Dossier Desk reads files up to 25 MB/);
  });

  it('refuses an unsupported type, a missing file, and usage errors with their codes', async () => {
    const sheet = path.join(work, 'figures.xlsx');
    writeFileSync(sheet, 'PK\u0003\u0004');
    expect((await run('ingest', sheet)).err[0]).toMatch(/^UNSUPPORTED_TYPE: /);
    expect((await run('ingest', path.join(work, 'missing.txt'))).err[0]).toMatch(/^FILE_NOT_FOUND: /);
    expect((await run('ingest')).code).toBe(2);
    expect((await run('ingest', sheet, '--today', 'yesterday')).code).toBe(2);
    expect((await run('ingest', '--help')).out).toMatch(/^Usage: dossier ingest <file>/);
  });

  it('changes nothing: the folder holds the same files, unchanged, afterwards', async () => {
    const file = path.join(work, 'again.txt');
    writeFileSync(file, WEB_PAGE_TEXT);
    const before = readdirSync(work).map((name) => [name, statSync(path.join(work, name)).mtimeMs]);
    const first = await run('ingest', file, '--json', '--today', '2024-03-01');
    const second = await run('ingest', file, '--json', '--today', '2024-03-01');
    expect(second.out).toBe(first.out);
    expect(readdirSync(work).map((name) => [name, statSync(path.join(work, name)).mtimeMs])).toEqual(before);
  });
});

describe('dossier ingest on saved web pages', () => {
  const pages = writeSavedPages(mkdtempSync(path.join(work, 'pages-')));
  const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

  it('names the original it would keep, with its size and SHA-256', async () => {
    const { out } = await run('ingest', pages.html, '--json');
    const json = JSON.parse(out);
    const bytes = readFileSync(pages.html);
    expect(json.original).toEqual({ name: 'pilot-station.html', size: bytes.byteLength, sha256: sha(bytes) });
  });

  it('finds an .html page’s pictures in its _files folder and fetches nothing from the web', async () => {
    const { code, out } = await run('ingest', pages.html, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.pictures.found).toEqual([
      {
        reference: './pilot-station_files/station%20photo.png',
        name: 'station photo.png',
        size: PHOTO_PNG.byteLength,
        sha256: sha(PHOTO_PNG),
      },
      {
        reference: 'pilot-station_files/chart.png',
        name: 'chart.png',
        size: CHART_PNG.byteLength,
        sha256: sha(CHART_PNG),
      },
    ]);
    expect(json.pictures.remote).toEqual(['https://tracker.example.com/pixel.gif']);
    expect(json.kept.map((block: { text?: string }) => block.text).join(' ')).toContain(
      'Harbour master Jonas Brecht',
    );
  });

  it('reads no file outside the page’s folder, even through a link', async () => {
    const outside = mkdtempSync(path.join(work, 'outside-'));
    writeFileSync(path.join(outside, 'secret.png'), PHOTO_PNG);
    const dir = path.dirname(pages.html);
    symlinkSync(path.join(outside, 'secret.png'), path.join(pages.folder, 'linked.png'));
    const page = path.join(dir, 'climbing.html');
    writeFileSync(
      page,
      readFileSync(pages.html, 'utf8')
        .replace('pilot-station_files/chart.png', `../${path.basename(outside)}/secret.png`)
        .replace('./pilot-station_files/station%20photo.png', 'pilot-station_files/linked.png'),
    );
    const json = JSON.parse((await run('ingest', page, '--json')).out);
    expect(json.pictures.found).toEqual([]);
    expect(json.pictures.refused).toEqual([`../${path.basename(outside)}/secret.png`]);
    expect(json.pictures.missing).toEqual(['pilot-station_files/linked.png']);
  });

  it('reads an .mhtml page and its pictures from inside the archive', async () => {
    const { code, out } = await run('ingest', pages.mhtml);
    expect(code).toBe(0);
    expect(out).toMatch(/Title: +Pilot station at Aldeport reopens/);
    expect(out).toContain(`station.png, ${PHOTO_PNG.byteLength} bytes, SHA-256 ${sha(PHOTO_PNG)}`);
    expect(out).toContain('on the web, not fetched: https://tracker.example.com/pixel.gif');
  });

  it('refuses a hostile .mhtml with one line that starts with the code', async () => {
    const file = path.join(work, 'climb.mhtml');
    writeFileSync(file, hostileMhtml.traversal());
    const { code, err } = await run('ingest', file);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^UNSAFE_REFERENCE: .*climb\.mhtml/);
  });
});

describe('dossier ingest on a German article', () => {
  const GERMAN_ARTICLE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Abkommen mit Marokko unterzeichnet</title><meta property="article:published_time" content="2024-02-14T08:00:00+01:00"></head><body><article>
<h1>Abkommen mit Marokko unterzeichnet</h1>
<p>Die Bundesregierung hat am 12. Februar 2024 in Rabat ein Abkommen über die Rückführung unterzeichnet. Das Abkommen sieht vor, dass Marokko ausreisepflichtige Staatsangehörige schneller zurücknimmt.</p>
<p>Innenministerin Nancy Faeser sprach von einem wichtigen Schritt. Die Verhandlungen hatten vor zwei Monaten begonnen. Die Opposition kritisierte die Vereinbarung als Symbolpolitik.</p>
<p>Der Sonderbevollmächtigte Joachim Stamp leitete die deutsche Delegation. Die Zahl der Abschiebungen war im vergangenen Jahr gestiegen.</p>
</article></body></html>
`;

  it('finds "am 12. Februar 2024" as a day and suggests no common noun as a person', async () => {
    const file = path.join(work, 'abkommen.html');
    writeFileSync(file, GERMAN_ARTICLE);
    const json = JSON.parse((await run('ingest', file, '--json', '--today', '2024-03-01')).out);
    expect(json.dates).toContainEqual({
      text: '12. Februar 2024',
      date: '2024-02-12',
      precision: 'day',
      approximate: false,
    });
    const people = json.entities.filter((entity: { kind: string }) => entity.kind === 'person');
    expect(people.map((person: { name: string }) => person.name)).toEqual(['Nancy Faeser', 'Joachim Stamp']);
  });
});
