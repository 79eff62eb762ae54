import { describe, expect, it } from 'vitest';
import { cliIngestLibraries } from '../../../../../cli/ingest-libraries';
import type { IngestBlock, Material } from '../../../../../shared/ingest/material';
import {
  htmlMetadataHints,
  type IngestLibraries,
  materialFromHtml,
  savedFromUrl,
} from '../../../../../shared/ingest/readers';
import { SAVED_PAGE_FORBIDDEN, SAVED_PAGE_HTML, SAVED_PAGE_URL } from '../../../../fixtures/ingest/generate';

const blocksOf = (material: Material): readonly IngestBlock[] =>
  material.kind === 'blocks' ? material.blocks : [];

describe('materialFromHtml on a saved web page', () => {
  const material = materialFromHtml(SAVED_PAGE_HTML, cliIngestLibraries, { name: 'joint-patrols.html' });
  const blocks = blocksOf(material);

  it('proposes metadata from the meta tags, the canonical address and the html lang', () => {
    expect(material.kind === 'blocks' && material.hints).toEqual({
      title: 'Harbour police of two coasts agree on joint patrols',
      outlet: 'Coastwatch Weekly',
      url: SAVED_PAGE_URL,
      author: 'Ines Carvalho',
      published: '2024-03-12T07:45:00+01:00',
      language: 'en-GB',
    });
  });

  it('keeps the article: headings, paragraphs with marks and links, the nested list, the table, the quote', () => {
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: 'What the figures show' });
    expect(blocks).toContainEqual(
      expect.objectContaining({
        kind: 'paragraph',
        runs: expect.arrayContaining([
          { text: "authority's site", href: 'https://ports.example.org/agreements/2024-joint-patrols' },
        ]),
      }),
    );
    expect(blocks).toContainEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          text: 'a shared radar picture of the estuary by June',
          children: {
            kind: 'list',
            ordered: false,
            items: [{ text: 'starting with the three southern stations' }],
          },
        },
        { text: 'joint boarding drills every quarter' },
        { text: 'one hotline, staffed around the clock' },
      ],
    });
    expect(blocks).toContainEqual({
      kind: 'table',
      header: true,
      rows: [
        ['Year', 'Vessels stopped', 'Seizures (Aldeport / Brennhaven)', ''],
        ['2021', '41', '12', '9'],
        ['2022', '57', '18', '14'],
        ['2023', '76', '23', '21'],
      ],
    });
    expect(blocks).toContainEqual({
      kind: 'quote',
      text: 'We have been watching the same boats from two ends of the water. Now we will watch them together.',
    });
  });

  it('marks the photo captions, and keeps the contents list and the foreign trailer for the clean-up to judge', () => {
    expect(blocks.filter((block) => block.kind === 'paragraph' && block.caption)).toEqual([
      {
        kind: 'paragraph',
        text: 'Commissioner Marta Lindqvist on the north quay - PHOTO/FILE',
        caption: true,
      },
      { kind: 'paragraph', text: 'A Brennhaven patrol boat in the estuary - PHOTO/FILE', caption: true },
    ]);
    expect(blocks).toContainEqual({
      kind: 'list',
      ordered: true,
      items: [{ text: 'Two days of talks in Aldeport' }, { text: 'What the figures show' }],
    });
    expect(blocks[blocks.length - 1]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^Envíanos/),
    });
  });

  it('keeps nothing of scripts, styles, handlers, frames, forms, navigation, cookie and share bars', () => {
    const everything = JSON.stringify(material);
    for (const forbidden of SAVED_PAGE_FORBIDDEN) expect(everything).not.toContain(forbidden);
  });

  it('gives the same material for the same page twice', () => {
    expect(materialFromHtml(SAVED_PAGE_HTML, cliIngestLibraries, { name: 'joint-patrols.html' })).toEqual(
      material,
    );
  });
});

describe('materialFromHtml on pasted fragments', () => {
  it('reads a fragment copied from a page, without html or body', () => {
    const material = materialFromHtml(
      '<meta charset="utf-8"><h2>Port talks</h2><p>The <b>two</b> chiefs met.</p><ul><li>radar</li><li>drills</li></ul> trailing words',
      cliIngestLibraries,
    );
    expect(material).toEqual({
      kind: 'blocks',
      blocks: [
        { kind: 'heading', level: 2, text: 'Port talks' },
        {
          kind: 'paragraph',
          text: 'The two chiefs met.',
          runs: [{ text: 'The ' }, { text: 'two', bold: true }, { text: ' chiefs met.' }],
        },
        { kind: 'list', ordered: false, items: [{ text: 'radar' }, { text: 'drills' }] },
        { kind: 'paragraph', text: 'trailing words' },
      ],
    });
  });

  it('uses the address the caller knows when the page names none', () => {
    const material = materialFromHtml('<p>Some text.</p>', cliIngestLibraries, {
      url: 'https://example.org/from',
    });
    expect(material.kind === 'blocks' && material.hints?.url).toBe('https://example.org/from');
  });

  it('refuses an empty paste with EMPTY and markup without text with NO_TEXT', () => {
    expect(() => materialFromHtml('  \n ', cliIngestLibraries)).toThrow(
      expect.objectContaining({ code: 'EMPTY' }),
    );
    expect(() =>
      materialFromHtml('<script>alert(1)</script><img src="x" onerror="alert(2)">', cliIngestLibraries),
    ).toThrow(
      expect.objectContaining({ code: 'NO_TEXT', message: expect.stringContaining('no readable text') }),
    );
  });

  it('passes every HTML string through the sanitiser when the libraries have one', () => {
    const seen: string[] = [];
    const libs: IngestLibraries = {
      ...cliIngestLibraries,
      sanitizeHtml: (html) => {
        seen.push(html);
        return html.replace(/secret/g, 'public');
      },
    };
    const long = `<article><p>${'A secret paragraph about the harbour and its boats. '.repeat(12)}</p></article>`;
    const material = materialFromHtml(long, libs);
    expect(seen[0]).toBe(long);
    // Readability's article, parsed again, goes through it too.
    expect(seen.length).toBe(2);
    expect(JSON.stringify(material)).not.toContain('secret');
  });
});

describe('metadata hints from a page', () => {
  const hintsOf = (html: string, sources = {}) =>
    htmlMetadataHints(cliIngestLibraries.parseHtml(html), sources);

  it('falls back from og:title to the h1 and then to <title> without the outlet', () => {
    expect(
      hintsOf(
        '<html><head><title>Budget vote | The Ledger</title><meta property="og:site_name" content="The Ledger"></head><body><p>x</p></body></html>',
      ),
    ).toEqual({
      title: 'Budget vote',
      outlet: 'The Ledger',
    });
    expect(
      hintsOf('<html><head><title>Page</title></head><body><h1>Heading one</h1></body></html>').title,
    ).toBe('Heading one');
  });

  it('reads application-name, meta date, time[datetime] and a relative canonical link against og:url', () => {
    expect(
      hintsOf(
        '<html lang="de"><head><meta name="application-name" content="Hafenblatt"><meta property="og:url" content="https://hafen.example.de/a?utm=1">' +
          '<link rel="canonical" href="/artikel/1"><meta name="date" content="2024-01-05"></head><body><time datetime="2023-12-01">1 Dec</time></body></html>',
      ),
    ).toEqual({
      outlet: 'Hafenblatt',
      url: 'https://hafen.example.de/artikel/1',
      published: '2024-01-05',
      language: 'de',
    });
    expect(
      hintsOf('<html><body><article><time datetime="2023-12-01T10:00">1 Dec</time></article></body></html>')
        .published,
    ).toBe('2023-12-01T10:00');
  });

  it('takes the address from the comment browsers write into saved pages, and ignores non-web addresses', () => {
    expect(
      savedFromUrl('<!DOCTYPE html>\n<!-- saved from url=(0030)https://example.org/saved/page -->\n<html>'),
    ).toBe('https://example.org/saved/page');
    expect(savedFromUrl('<!-- saved from url=(0014)about:internet -->')).toBeUndefined();
    expect(
      hintsOf('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>'),
    ).toEqual({});
  });

  it('ignores an author tag that holds a profile address', () => {
    expect(
      hintsOf(
        '<html><head><meta property="article:author" content="https://social.example/profile"></head><body></body></html>',
      ),
    ).toEqual({});
  });
});
