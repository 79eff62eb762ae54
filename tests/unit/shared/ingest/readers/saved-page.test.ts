import { describe, expect, it } from 'vitest';
import { cliIngestLibraries } from '../../../../../cli/ingest-libraries';
import { IngestError } from '../../../../../shared/ingest/ingest-error';
import type { Material } from '../../../../../shared/ingest/material';
import {
  folderOfFiles,
  readMaterialFileAndPictures,
  readMhtml,
  relativeSegments,
} from '../../../../../shared/ingest/readers';
import { hostileMhtml } from '../../../../fixtures/hostile/saved-pages';
import {
  CHART_PNG,
  PHOTO_PNG,
  SAVED_PAGE_ADDRESS,
  savedPageHtml,
  savedPageMhtml,
} from '../../../../fixtures/ingest/saved-pages';

const textOf = (material: Material) =>
  material.kind === 'blocks'
    ? material.blocks.map((block) => ('text' in block ? block.text : '')).join('\n')
    : '';

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const page = { name: 'pilot-station.html', bytes: new TextEncoder().encode(savedPageHtml()) };

describe('a saved .html page with its _files folder', () => {
  it('finds the pictures it references in the files given with it, never on the web', async () => {
    const folder = folderOfFiles([
      { name: 'chart.png', bytes: CHART_PNG },
      { name: 'station photo.png', bytes: PHOTO_PNG },
    ]);
    const read = await readMaterialFileAndPictures(page, cliIngestLibraries, { folder });
    expect(textOf(read.material)).toContain('pilot station at Aldeport reopened');
    expect(read.pictures?.found.map((picture) => [picture.name, picture.mimeType, picture.bytes])).toEqual([
      ['station photo.png', 'image/png', PHOTO_PNG],
      ['chart.png', 'image/png', CHART_PNG],
    ]);
    expect(read.pictures?.remote).toEqual(['https://tracker.example.com/pixel.gif']);
    expect(read.pictures?.missing).toEqual([]);
  });

  it('says which pictures were not given, and reads the text all the same', async () => {
    const read = await readMaterialFileAndPictures(page, cliIngestLibraries, {
      folder: folderOfFiles([{ name: 'chart.png', bytes: CHART_PNG }]),
    });
    expect(read.pictures?.found.map((picture) => picture.name)).toEqual(['chart.png']);
    expect(read.pictures?.missing).toEqual(['./pilot-station_files/station%20photo.png']);
  });

  it('never looks up a reference that climbs out of the page’s folder', async () => {
    const html = savedPageHtml().replace('pilot-station_files/chart.png', '../../secrets/chart.png');
    const looked: string[] = [];
    const read = await readMaterialFileAndPictures(
      { name: 'page.html', bytes: new TextEncoder().encode(html) },
      cliIngestLibraries,
      {
        folder: async (segments) => {
          looked.push(segments.join('/'));
          return undefined;
        },
      },
    );
    expect(read.pictures?.refused).toEqual(['../../secrets/chart.png']);
    expect(looked).toEqual(['pilot-station_files/station photo.png']);
    expect(relativeSegments('a/../../b')).toBeUndefined();
    expect(relativeSegments('/etc/passwd')).toBeUndefined();
    expect(relativeSegments('a/./b/../c.png')).toEqual(['a', 'c.png']);
  });
});

describe('a saved .mhtml page', () => {
  it('decodes quoted-printable HTML and base64 pictures, resolving cid: and Content-Location', async () => {
    const read = await readMaterialFileAndPictures(
      { name: 'pilot-station.mhtml', bytes: savedPageMhtml() },
      cliIngestLibraries,
    );
    const text = textOf(read.material);
    expect(text).toContain('“We lost no ship and no pilot,”');
    expect(read.material.kind === 'blocks' && read.material.hints?.url).toBe(SAVED_PAGE_ADDRESS);
    expect(read.pictures?.found.map((picture) => [picture.reference, picture.bytes])).toEqual([
      ['cid:photo-1@mhtml.blink', PHOTO_PNG],
      ['images/chart.png', CHART_PNG],
    ]);
    expect(read.pictures?.remote).toEqual(['https://tracker.example.com/pixel.gif']);
  });

  it('finds the page by the archive’s start parameter', () => {
    const archive = readMhtml('p.mhtml', savedPageMhtml());
    expect(archive.page.contentId).toBe('frame-main@mhtml.blink');
    expect(archive.parts).toHaveLength(3);
  });

  it('refuses a page part too large to be an article', async () => {
    const error = await refusal(
      readMaterialFileAndPictures({ name: 'huge.mhtml', bytes: hostileMhtml.hugePart() }, cliIngestLibraries),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/huge\.mhtml.*MB of HTML.*paste/);
  });

  it.each([
    ['badBase64', /base64/],
    ['badQuotedPrintable', /quoted-printable/],
    ['unknownCharset', /x-made-up-7/],
    ['unknownEncoding', /x-uuencode/],
  ] as const)('refuses a part it cannot decode (%s) and says so', async (which, words) => {
    const error = await refusal(
      readMaterialFileAndPictures({ name: 'bad.mhtml', bytes: hostileMhtml[which]() }, cliIngestLibraries),
    );
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toMatch(words);
    expect(error.message).toMatch(/Save the page again/);
  });

  it('never follows a part that only points at the web', async () => {
    const read = await readMaterialFileAndPictures(
      { name: 'external.mhtml', bytes: hostileMhtml.externalBody() },
      cliIngestLibraries,
    );
    expect(read.pictures?.found.map((picture) => picture.reference)).toEqual(['images/chart.png']);
    expect(read.pictures?.remote).toContain('cid:photo-1@mhtml.blink');
  });

  it('refuses a part whose Content-Location climbs out of the page', async () => {
    const error = await refusal(
      readMaterialFileAndPictures(
        { name: 'climb.mhtml', bytes: hostileMhtml.traversal() },
        cliIngestLibraries,
      ),
    );
    expect(error.code).toBe('UNSAFE_REFERENCE');
    expect(error.message).toContain('../../../../etc/passwd');
  });

  it('refuses a file that is no MIME archive', async () => {
    const error = await refusal(
      readMaterialFileAndPictures(
        { name: 'plain.mhtml', bytes: new TextEncoder().encode('<html><body>hi</body></html>') },
        cliIngestLibraries,
      ),
    );
    expect(error.code).toBe('BROKEN_FILE');
  });
});
