import { describe, expect, it } from 'vitest';
import {
  IngestError,
  ingestMaterial,
  ingestResultToJson,
  type Material,
  richTextFromReviewedBlocks,
} from '../../../../shared/ingest';
import { parseRichText } from '../../../../shared/model';
import { MARKDOWN_NOTE, REPORT_TEXT, WEB_PAGE_TEXT } from './support/articles';

const TODAY = '2024-03-01';
const ingestText = (text: string, kind: 'text' | 'markdown' = 'text') =>
  ingestResultToJson(ingestMaterial({ kind, text }, { today: TODAY }));

describe('ingesting a web page copied as text', () => {
  const result = ingestText(WEB_PAGE_TEXT);
  const droppedFor = (reason: string) => result.dropped.filter((block) => block.reason === reason);
  const keptTexts = result.kept.map((block) => ('text' in block ? block.text : ''));

  it('finds the headline rather than the teaser above it, and keeps the teaser as text', () => {
    expect(result.title).toBe('Rabat and Berlin agree to deepen police cooperation');
    expect(keptTexts[0]).toMatch(/^Police chiefs from Rabat and Wiesbaden/);
    expect(droppedFor('title')).toHaveLength(1);
  });

  it('drops every photo caption, credited either way round, and its repeat', () => {
    const captions = droppedFor('caption').map((block) => ('text' in block ? block.text : ''));
    expect(captions).toHaveLength(4);
    expect(captions.every((text) => /PHOTO\/FILE/.test(text))).toBe(true);
    expect(keptTexts.some((text) => /PHOTO/.test(text))).toBe(false);
  });

  it('drops the numbered contents list that repeats the headings, and keeps the headings', () => {
    expect(droppedFor('contents')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [{ text: 'A meeting of police chiefs in Rabat' }, { text: 'What the two services want next' }],
        reason: 'contents',
      },
    ]);
    const headings = result.kept.filter((block) => block.type === 'heading').map((block) => block.text);
    expect(headings).toEqual(['A meeting of police chiefs in Rabat', 'What the two services want next']);
  });

  it('drops the trailing newsletter box in Spanish and keeps the English article', () => {
    const foreign = droppedFor('other-language').map((block) => ('text' in block ? block.text : ''));
    expect(foreign).toEqual(['Envíanos tus noticias', expect.stringMatching(/^Si tienes información/)]);
    expect(result.metadata.language).toBe('en');
    expect(keptTexts.at(-1)).toMatch(/liaison officer posted to Rabat/);
  });

  it('suggests the people, the organisations with their acronyms, and the places', () => {
    const byName = new Map(result.entities.map((entity) => [entity.name, entity]));
    expect(byName.get('Federal Criminal Police Office')).toEqual({
      name: 'Federal Criminal Police Office',
      kind: 'organisation',
      aliases: ['BKA'],
    });
    expect(
      byName.get('Directorate General of National Security and Territorial Surveillance')?.aliases,
    ).toEqual(['DGSN-DGST']);
    expect(byName.get('Holger Munch')?.kind).toBe('person');
    expect(byName.get('Abdellatif Hammouchi')?.kind).toBe('person');
    // The title in front of the name is not part of it.
    expect(byName.get('Nancy Faeser')?.kind).toBe('person');
    expect(byName.get('Cologne Cathedral')?.kind).toBe('place');
    expect(byName.get('Rabat')?.kind).toBe('place');
    // Nationality adjectives and sentence openers are not entities.
    expect([...byName.keys()].some((name) => /^(German|Moroccan|Their|Two)$/.test(name))).toBe(false);
  });

  it('proposes no outlet, address, author or date the text does not give', () => {
    expect(result.metadata).toEqual({ outlet: '', url: '', author: '', published: '', language: 'en' });
  });

  it('resolves relative dates against today when there is no published date, marking them approximate', () => {
    expect(result.dates).toContainEqual({
      text: 'Two months ago',
      date: '2024-01',
      precision: 'month',
      approximate: true,
    });
    expect(result.dates).toContainEqual({
      text: 'December last year',
      date: '2023-12',
      precision: 'month',
      approximate: true,
    });
    expect(result.dates).toContainEqual({
      text: '2022',
      date: '2022',
      precision: 'year',
      approximate: false,
    });
  });

  it('gives the same result for the same input', () => {
    expect(ingestText(WEB_PAGE_TEXT)).toEqual(result);
  });
});

describe('ingesting with a published date', () => {
  const material: Material = {
    kind: 'blocks',
    blocks: [
      { kind: 'heading', level: 1, text: 'Police chiefs meet in Rabat' },
      {
        kind: 'paragraph',
        text: 'In October, the interior minister visited Rabat. In December last year four suspects were arrested, and two months ago an alert was raised in Cologne. The talks were held on 20 February 2024.',
      },
    ],
    hints: { title: 'Police chiefs meet in Rabat | Example News', published: '2024-02-26T09:30:00Z' },
  };
  const result = ingestMaterial(material, { today: '2026-11-28' });

  it('resolves "in October", "December last year" and "two months ago" against it', () => {
    expect(result.metadata.published).toBe('2024-02-26');
    const dates = result.dates.map(({ text, date, precision, approximate }) => ({
      text,
      date,
      precision,
      approximate,
    }));
    expect(dates).toEqual([
      { text: 'October', date: '2023-10', precision: 'month', approximate: false },
      { text: 'December last year', date: '2023-12', precision: 'month', approximate: false },
      { text: 'two months ago', date: '2023-12', precision: 'month', approximate: true },
      { text: '20 February 2024', date: '2024-02-20', precision: 'day', approximate: false },
    ]);
    expect(result.dates[0]?.sentence).toBe('In October, the interior minister visited Rabat.');
  });

  it('takes the title from the file, matching the heading it repeats', () => {
    expect(result.title).toBe('Police chiefs meet in Rabat');
    expect(result.blocks[0]?.dropped).toBe('title');
  });
});

describe('ingesting a report with lists and pipe tables', () => {
  const result = ingestText(REPORT_TEXT);

  it('keeps bullet lists, with nested items, and the pipe table as a table with its cells', () => {
    const list = result.kept.find((block) => block.type === 'list');
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      items: [
        { text: 'Exchange of intelligence on terrorist threats' },
        {
          text: 'Joint courses for investigators',
          items: [{ text: 'Forensic training in Wiesbaden' }, { text: 'Border control training in Tangier' }],
        },
        { text: 'Common action against smuggling networks' },
      ],
    });
    expect(result.kept.find((block) => block.type === 'table')).toEqual({
      type: 'table',
      header: true,
      rows: [
        ['Year', 'Joint operations', 'Arrests', 'Training sessions'],
        ['2022', '15', '120', '8'],
        ['2023', '22', '185', '12'],
      ],
    });
  });

  it('reads the headline after a lead paragraph as the title and short lines as headings', () => {
    expect(result.title).toBe('German and Moroccan police report a year of closer cooperation');
    expect(result.kept).toContainEqual({ type: 'heading', level: 2, text: 'Next steps' });
    expect(result.kept).toContainEqual({ type: 'paragraph', text: 'The main working areas were:' });
  });
});

describe('ingesting a Markdown note', () => {
  const material: Material = { kind: 'markdown', text: MARKDOWN_NOTE };
  const result = ingestMaterial(material, { today: TODAY });

  it('reads the byline and date line as details and drops them from the text', () => {
    expect(result.title).toBe('Notes from the Rabat visit');
    expect(result.metadata.author).toBe('Jana Keller');
    expect(result.metadata.published).toBe('2024-03-12');
    expect(result.blocks[1]?.dropped).toBe('metadata');
  });

  it('makes rich text the editor accepts: marks, http links only, lists, quotes and tables', () => {
    const doc = parseRichText(richTextFromReviewedBlocks(result.blocks, (block) => !block.dropped));
    const json = JSON.stringify(doc);
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"href":"https://www.bmi.example.de/statement"');
    expect(json).not.toContain('javascript:');
    expect(doc.content.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'orderedList',
      'blockquote',
      'table',
    ]);
  });

  it('brings a dropped block back when the user keeps it', () => {
    const doc = richTextFromReviewedBlocks(result.blocks, () => true);
    expect(doc.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Notes from the Rabat visit' }],
    });
  });
});

describe('boilerplate', () => {
  it('drops share bars, newsletter and cookie boxes but keeps an article that mentions them once at length', () => {
    const text = [
      'Border agencies open a joint desk',
      'Share on Facebook | Twitter | WhatsApp',
      'The new desk in Algeciras will bring together officers from both countries and exchange information on smuggling routes across the strait every day.',
      'Subscribe to our newsletter and get the news first.',
      'We use cookies to improve your experience. Accept all cookies',
    ].join('\n');
    const result = ingestText(text);
    expect(result.dropped.map((block) => block.reason)).toEqual([
      'title',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
    expect(result.kept).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('refuses an empty or blank paste with a message that says what to do', () => {
    for (const text of ['', '   \n\t  ', '\n\n']) {
      expect(() => ingestMaterial({ kind: 'text', text })).toThrow(IngestError);
    }
    try {
      ingestMaterial({ kind: 'text', text: ' ' });
    } catch (error) {
      expect((error as IngestError).code).toBe('EMPTY');
      expect((error as Error).message).toMatch(/Paste or drop/);
    }
  });
});

describe('contents lists from web pages', () => {
  it('drops the list and its "Contents" label, written as a heading or as a bold line', () => {
    for (const label of [
      { kind: 'heading', level: 3, text: 'In this article' } as const,
      { kind: 'paragraph', text: 'Contents:' } as const,
    ]) {
      const result = ingestMaterial({
        kind: 'blocks',
        blocks: [
          { kind: 'heading', level: 1, text: 'Coast guards share radar' },
          label,
          { kind: 'list', ordered: false, items: [{ text: 'The agreement' }, { text: 'What changes' }] },
          { kind: 'heading', level: 2, text: 'The agreement' },
          {
            kind: 'paragraph',
            text: 'Both coast guards will share their radar pictures from the spring onwards.',
          },
          { kind: 'heading', level: 2, text: 'What changes' },
          {
            kind: 'paragraph',
            text: 'Patrol boats will be able to cross into the other zone when chasing smugglers.',
          },
        ],
      });
      expect(result.blocks.map((block) => block.dropped ?? 'kept')).toEqual([
        'title',
        'contents',
        'contents',
        'kept',
        'kept',
        'kept',
        'kept',
      ]);
    }
  });
});

describe('the title a file names', () => {
  const body = [
    { kind: 'heading', level: 2, text: 'Section one' } as const,
    {
      kind: 'paragraph',
      text: 'Customs officers in both ports will share their risk profiles from next month.',
    } as const,
  ];

  it('is used when no block repeats it, rather than the first section heading', () => {
    const result = ingestMaterial({
      kind: 'blocks',
      blocks: body,
      hints: { title: 'Ports share risk profiles | Harbour Post' },
    });
    expect(result.title).toBe('Ports share risk profiles');
    expect(result.blocks.every((block) => !block.dropped)).toBe(true);
  });

  it('loses the outlet after a dash, but keeps a dash that belongs to the headline', () => {
    const titled = (title: string) =>
      ingestMaterial({ kind: 'blocks', blocks: body, hints: { title, outlet: 'Harbour Post' } }).title;
    expect(titled('Ports share risk profiles - Harbour Post')).toBe('Ports share risk profiles');
    expect(titled('Rabat – Berlin: ports share risk profiles')).toBe(
      'Rabat – Berlin: ports share risk profiles',
    );
  });
});
