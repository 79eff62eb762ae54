import { describe, expect, it } from 'vitest';
import type { IngestBlock } from '../../../../shared/ingest';
import { ingestMaterial } from '../../../../shared/ingest';
import { cleanUpBlocks } from '../../../../shared/ingest/cleanup';

const p = (text: string): IngestBlock => ({ kind: 'paragraph', text });
const prose = [
  p(
    'Customs officers at the port found more than a tonne of cocaine hidden in a shipment of bananas on Tuesday, the agency said.',
  ),
  p(
    'The containers had been unloaded a week earlier and were waiting for a lorry to take them inland, investigators said.',
  ),
];
const dropped = (blocks: IngestBlock[]) =>
  cleanUpBlocks(blocks)
    .blocks.filter((block) => block.dropped)
    .map((block) => ('text' in block.block ? block.block.text : block.block.kind));

describe('page furniture told by structure', () => {
  it('drops a block that is mostly links, whatever its language, anywhere on the page', () => {
    const links: IngestBlock = {
      kind: 'paragraph',
      text: 'Leia também: Outra notícia sobre portos',
      runs: [
        { text: 'Leia também: ' },
        { text: 'Outra notícia sobre portos', href: 'https://example.org/a' },
      ],
    };
    const list: IngestBlock = {
      kind: 'list',
      ordered: false,
      items: [
        { text: 'Uno', runs: [{ text: 'Uno', href: 'https://example.org/1' }] },
        { text: 'Due', runs: [{ text: 'Due', href: 'https://example.org/2' }] },
      ],
    };
    expect(dropped([prose[0] as IngestBlock, links, list, prose[1] as IngestBlock])).toEqual([
      'Leia também: Outra notícia sobre portos',
      'list',
    ]);
  });

  it('drops menus and share bars cut by separators', () => {
    expect(dropped([p('Inicio | Mundo | Economía | Deportes'), ...prose])).toEqual([
      'Inicio | Mundo | Economía | Deportes',
    ]);
  });

  it('drops a kicker, a byline with a handle and a tag line around the article, not the dateline', () => {
    const blocks = [
      p('World Affairs'),
      p('Jane Roe — Staff Writer — @janeroe'),
      p(
        'ISLAMABAD: Pakistan and Morocco signed three memorandums on police training on Monday, the ministry said.',
      ),
      ...prose,
      p('Temas: puertos, aduanas'),
      p('Mehr aus Politik'),
      p('His lawyer said he would appeal.'),
    ];
    expect(dropped(blocks)).toEqual([
      'World Affairs',
      'Jane Roe — Staff Writer — @janeroe',
      'Temas: puertos, aduanas',
      'Mehr aus Politik',
    ]);
  });

  it('keeps the unpunctuated heading and list that close a note', () => {
    const blocks: IngestBlock[] = [
      { kind: 'heading', level: 1, text: 'Notes from the port visit' },
      ...prose,
      { kind: 'heading', level: 2, text: 'Agreed points' },
      { kind: 'list', ordered: true, items: [{ text: 'Monthly calls' }, { text: 'A joint threat picture' }] },
    ];
    expect(dropped(blocks)).toEqual(['Notes from the port visit']);
  });

  it('drops a closing heading over nothing but furniture', () => {
    const blocks: IngestBlock[] = [
      ...prose,
      { kind: 'heading', level: 3, text: 'Lo más leído' },
      p('Página 1 de 2 | Siguiente'),
    ];
    expect(dropped(blocks)).toEqual(['Lo más leído', 'Página 1 de 2 | Siguiente']);
  });

  it('keeps a Word document’s cover page and any marking line, which are the document’s own', () => {
    const cover = [p('TLP:CLEAR'), p('Status Draft'), p('Distribution'), p('Head of Division')];
    const fromWord = ingestMaterial({ kind: 'blocks', blocks: [...cover, ...prose], name: 'note.docx' });
    expect(fromWord.blocks.filter((block) => block.dropped)).toEqual([]);
    const fromPage = ingestMaterial({ kind: 'blocks', blocks: [...cover, ...prose], name: 'page.html' });
    expect(fromPage.blocks.filter((block) => block.dropped).map((block) => block.index)).toEqual([1, 2, 3]);
  });
});
