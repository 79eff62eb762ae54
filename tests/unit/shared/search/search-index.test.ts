import { describe, expect, it } from 'vitest';
import {
  type Briefing,
  type Dossier,
  parseRichText,
  type RichTextDoc,
  type Source,
  sourceSchema,
} from '../../../../shared/model';
import {
  DossierSearchIndex,
  type SearchDocument,
  type SearchHit,
  searchDocumentOf,
} from '../../../../shared/search';

const T = '2025-04-02T09:30:00.000Z';
const MARKING = { scheme: 'tlp', level: 'green' } as const;

const doc = (...paragraphs: string[]): RichTextDoc =>
  parseRichText({
    type: 'doc',
    content: paragraphs.map((text) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  });

function source(id: string, fields: { dossierId?: string; title?: string; body?: string[]; notes?: string }) {
  return sourceSchema.parse({
    id,
    dossierId: fields.dossierId ?? 'd-ports',
    title: fields.title ?? `Report ${id}`,
    outlet: 'Harbour Gazette',
    author: 'Ines Calloway',
    retrievedAt: '2025-04-01',
    language: 'en',
    body: doc(...(fields.body ?? ['Nothing of note.'])),
    notes: fields.notes ?? '',
    marking: MARKING,
    grading: { reliability: 'C', credibility: 3 },
    attachmentIds: [],
    createdAt: T,
    updatedAt: T,
  }) satisfies Source;
}

function dossier(id: string, title: string, summary: string, tags: string[] = []): Dossier {
  return { id, title, summary, tags, marking: MARKING, createdAt: T, updatedAt: T, status: 'active' };
}

function briefing(id: string, dossierId: string, title: string, ...paragraphs: string[]): Briefing {
  return {
    id,
    dossierId,
    title,
    templateId: 'briefing-note',
    marking: MARKING,
    status: 'draft',
    content: doc(...paragraphs),
    createdAt: T,
    updatedAt: T,
  };
}

function indexOf(...documents: SearchDocument[]): DossierSearchIndex {
  const index = new DossierSearchIndex();
  index.addAll(documents);
  return index;
}

const ids = (hits: SearchHit[]) => hits.map((hit) => `${hit.kind}:${hit.recordId}`);
const marked = (text: string, ranges: [number, number][]) =>
  ranges.map(([start, end]) => text.slice(start, end));

const lighthouse = searchDocumentOf(
  'source',
  source('s-lighthouse', {
    body: ['The keeper logged a trawler without lights near the northern breakwater.'],
  }),
);
const customs = searchDocumentOf(
  'source',
  source('s-customs', {
    body: ['Customs officers inspected forty containers of frozen squid at the quay.'],
  }),
);

describe('DossierSearchIndex', () => {
  it('finds a word that appears only in a source body', () => {
    const index = indexOf(lighthouse, customs);
    const hits = index.search('trawler');
    expect(ids(hits)).toEqual(['source:s-lighthouse']);
    expect(hits[0]).toMatchObject({ dossierId: 'd-ports', title: 'Report s-lighthouse' });
  });

  it('finds words from a source title, outlet, author and notes', () => {
    const index = indexOf(
      searchDocumentOf(
        'source',
        source('s-notes', { title: 'Pilot boat roster', notes: 'Ask the harbourmaster' }),
      ),
    );
    for (const query of ['roster', 'gazette', 'calloway', 'harbourmaster']) {
      expect(ids(index.search(query)), query).toEqual(['source:s-notes']);
    }
  });

  it('ignores case and accents in both the text and the query', () => {
    const index = indexOf(
      searchDocumentOf(
        'source',
        source('s-munich', { body: ['Die Delegation reiste nach München weiter.'] }),
      ),
      searchDocumentOf('source', source('s-cafe', { body: ['They met at a CAFE by the canal.'] })),
    );
    for (const query of ['München', 'munchen', 'MÜNCHEN', 'Mu\u0308nchen']) {
      expect(ids(index.search(query)), query).toEqual(['source:s-munich']);
    }
    expect(ids(index.search('café'))).toEqual(['source:s-cafe']);
  });

  it('writes German ß as ss, so Straße and Strasse find each other', () => {
    const index = indexOf(
      searchDocumentOf('source', source('s-street', { body: ['Sperrung der Hafenstraße.'] })),
    );
    expect(ids(index.search('hafenstrasse'))).toEqual(['source:s-street']);
  });

  it('finds French and Arabic words, ignoring Arabic vowel marks', () => {
    const index = indexOf(
      searchDocumentOf('source', source('s-fr', { body: ["L'équipage a été interpellé à l'aube."] })),
      searchDocumentOf('source', source('s-ar', { body: ['وصلت السفينة إلى الميناء صباحاً.'] })),
    );
    expect(ids(index.search('equipage'))).toEqual(['source:s-fr']);
    expect(ids(index.search('interpelle'))).toEqual(['source:s-fr']);
    expect(ids(index.search('الميناء'))).toEqual(['source:s-ar']);
    expect(ids(index.search('صباحا'))).toEqual(['source:s-ar']);
  });

  it('completes the last word of the query as the user types, but not the words before it', () => {
    const index = indexOf(
      searchDocumentOf(
        'source',
        source('s-treaty', { body: ['The extradition treaty was signed in spring.'] }),
      ),
    );
    expect(ids(index.search('extrad'))).toEqual(['source:s-treaty']);
    expect(ids(index.search('treaty extrad'))).toEqual(['source:s-treaty']);
    expect(index.search('extrad treaty')).toEqual([]);
  });

  it('forgives one typo in a word of five letters or more, but not two, and none in shorter words', () => {
    const index = indexOf(lighthouse, customs);
    expect(ids(index.search('trawlar'))).toEqual(['source:s-lighthouse']);
    expect(index.search('trwalar')).toEqual([]);
    expect(ids(index.search('contaimers'))).toEqual(['source:s-customs']);
    expect(ids(index.search('quay'))).toEqual(['source:s-customs']);
    expect(index.search('quoy')).toEqual([]);
  });

  it('requires every word of a multi-word query', () => {
    const index = indexOf(lighthouse, customs);
    expect(ids(index.search('quay containers'))).toEqual(['source:s-customs']);
    expect(index.search('quay trawler')).toEqual([]);
  });

  it('filters hits by dossier and by kind', () => {
    const index = indexOf(
      searchDocumentOf('dossier', dossier('d-ports', 'Port security', 'Smuggling through container ports.')),
      searchDocumentOf('source', source('s-ports', { body: ['Smuggling rings use reefer containers.'] })),
      searchDocumentOf('briefing', briefing('b-ports', 'd-ports', 'Weekly note', 'Smuggling rose again.')),
      searchDocumentOf(
        'source',
        source('s-airports', { dossierId: 'd-airports', body: ['Smuggling of banknotes in luggage.'] }),
      ),
    );
    expect(index.search('smuggling')).toHaveLength(4);
    expect(ids(index.search('smuggling', { dossierId: 'd-airports' }))).toEqual(['source:s-airports']);
    expect(
      ids(index.search('smuggling', { dossierId: 'd-ports', kinds: ['briefing', 'dossier'] })).sort(),
    ).toEqual(['briefing:b-ports', 'dossier:d-ports']);
    expect(ids(index.search('smuggling', { kinds: ['source'] })).sort()).toEqual([
      'source:s-airports',
      'source:s-ports',
    ]);
  });

  it('indexes a dossier by its title, summary and tags and a briefing by its title and content', () => {
    const index = indexOf(
      searchDocumentOf(
        'dossier',
        dossier('d-fish', 'Fisheries', 'Illegal catches off the coast.', ['bluefin']),
      ),
      searchDocumentOf('briefing', briefing('b-fish', 'd-fish', 'Minister brief', 'Quotas were exceeded.')),
    );
    expect(ids(index.search('bluefin'))).toEqual(['dossier:d-fish']);
    expect(ids(index.search('catches'))).toEqual(['dossier:d-fish']);
    expect(ids(index.search('quotas'))).toEqual(['briefing:b-fish']);
    expect(ids(index.search('minister'))).toEqual(['briefing:b-fish']);
  });

  it('replaces a record’s old words on upsert, so the old word is no longer found', () => {
    const index = indexOf(lighthouse);
    index.upsert(
      searchDocumentOf('source', source('s-lighthouse', { body: ['The keeper logged a ferry instead.'] })),
    );
    expect(index.size).toBe(1);
    expect(index.search('trawler')).toEqual([]);
    expect(ids(index.search('ferry'))).toEqual(['source:s-lighthouse']);
    expect(index.search('ferry')[0]?.snippet.text).toContain('ferry');
  });

  it('forgets a removed record, and everything in a removed dossier', () => {
    const index = indexOf(
      lighthouse,
      customs,
      searchDocumentOf('dossier', dossier('d-ports', 'Harbour watch', 'Quay incidents.')),
      searchDocumentOf(
        'source',
        source('s-elsewhere', { dossierId: 'd-other', body: ['A quay in another port.'] }),
      ),
    );
    expect(index.remove('source', 's-customs')).toBe(true);
    expect(index.remove('source', 's-customs')).toBe(false);
    expect(ids(index.search('quay'))).toEqual(['dossier:d-ports', 'source:s-elsewhere']);

    expect(index.removeDossier('d-ports')).toBe(2);
    expect(index.size).toBe(1);
    expect(ids(index.search('quay'))).toEqual(['source:s-elsewhere']);
    expect(index.search('trawler')).toEqual([]);
  });

  it('returns highlight ranges that point at the matched words in the snippet and the title', () => {
    const index = indexOf(
      searchDocumentOf(
        'source',
        source('s-radar', {
          title: 'Radar contact report',
          body: ['Coastguard radar lost the Contact at dusk; a second CONTACT followed near Île Verte.'],
        }),
      ),
    );
    const [hit] = index.search('contact');
    expect(hit).toBeDefined();
    if (!hit) return;
    expect(marked(hit.snippet.text, hit.snippet.highlights)).toEqual(['Contact', 'CONTACT']);
    expect(marked(hit.title, hit.titleHighlights)).toEqual(['contact']);

    const [prefixHit] = index.search('ile ver');
    expect(prefixHit && marked(prefixHit.snippet.text, prefixHit.snippet.highlights)).toEqual([
      'Île',
      'Verte',
    ]);
  });

  it('cuts a short snippet around the first match in a long text, at word boundaries', () => {
    const filler = 'Routine patrol with nothing to report along the western jetty today.';
    const body = [
      ...Array(20).fill(filler),
      'Divers recovered a sealed canister from the silt.',
      filler,
      filler,
    ];
    const index = indexOf(searchDocumentOf('source', source('s-long', { body })));
    const [hit] = index.search('canister');
    expect(hit).toBeDefined();
    if (!hit) return;
    const { text, highlights } = hit.snippet;
    expect(text.length).toBeLessThanOrEqual(170);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toMatch(/\n/);
    expect(marked(text, highlights)).toEqual(['canister']);
    expect(text).toMatch(/^…\w/);
  });

  it('ranks a record with the word in its title above one with it only in the body', () => {
    const index = indexOf(
      searchDocumentOf(
        'source',
        source('s-body', {
          title: 'Daily log',
          body: ['Dredging resumed; dredging noise reported by residents.'],
        }),
      ),
      searchDocumentOf(
        'source',
        source('s-title', { title: 'Dredging schedule', body: ['Works start on Monday.'] }),
      ),
    );
    expect(ids(index.search('dredging'))).toEqual(['source:s-title', 'source:s-body']);
  });

  it('gives the same hits in the same order for the same records and query, whatever order they came in', () => {
    const documents = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) =>
      searchDocumentOf(
        'source',
        source(`s-${letter}`, { title: 'Pier log', body: ['Pier closed for repairs.'] }),
      ),
    );
    const first = indexOf(...documents).search('pier');
    const second = indexOf(...[...documents].reverse()).search('pier');
    expect(first).toEqual(second);
    expect(ids(first)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `source:s-${letter}`));
  });

  it('returns at most `limit` hits and nothing for an empty query', () => {
    const documents = Array.from({ length: 80 }, (_, n) =>
      searchDocumentOf('source', source(`s-${n}`, { body: ['Buoy drifted.'] })),
    );
    const index = indexOf(...documents);
    expect(index.search('buoy')).toHaveLength(50);
    expect(index.search('buoy', { limit: 5 })).toHaveLength(5);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('!?')).toEqual([]);
  });

  it('keeps no text when the caller supplies it, and reads it for the hits only', () => {
    const texts = new Map([lighthouse, customs].map((document) => [document.recordId, document.text]));
    const asked: string[] = [];
    const index = new DossierSearchIndex({
      getText: (_kind, recordId) => {
        asked.push(recordId);
        return texts.get(recordId);
      },
    });
    index.addAll([lighthouse, customs]);
    const [hit] = index.search('squid');
    expect(asked).toEqual(['s-customs']);
    expect(hit && marked(hit.snippet.text, hit.snippet.highlights)).toEqual(['squid']);
  });

  it('replaces records already indexed when more are added, and keeps the last of two with one id', () => {
    const index = indexOf(lighthouse, customs);
    const newer = searchDocumentOf('source', source('s-customs', { body: ['Customs found cigarettes.'] }));
    index.addAll([newer]);
    expect(index.size).toBe(2);
    expect(index.search('squid')).toEqual([]);
    expect(ids(index.search('cigarettes'))).toEqual(['source:s-customs']);

    const fresh = indexOf(customs, newer);
    expect(fresh.size).toBe(1);
    expect(fresh.search('squid')).toEqual([]);
    expect(ids(fresh.search('cigarettes'))).toEqual(['source:s-customs']);
  });

  it('finds Arabic with or without the article, "and" or vowel marks, in the text and in the query', () => {
    const index = indexOf(
      searchDocumentOf('source', source('s-airport', { body: ['أُغلق المطار بعد الحادث.'] })),
      searchDocumentOf('source', source('s-police', { body: ['وصلت الشرطة والجمارك إلى ميناء طنجة.'] })),
    );
    expect(ids(index.search('مطار'))).toEqual(['source:s-airport']);
    expect(ids(index.search('المطار'))).toEqual(['source:s-airport']);
    expect(ids(index.search('بالمطار'))).toEqual(['source:s-airport']);
    expect(ids(index.search('أغلق'))).toEqual(['source:s-airport']);
    expect(ids(index.search('اغلق'))).toEqual(['source:s-airport']);
    expect(ids(index.search('جمارك'))).toEqual(['source:s-police']);
    expect(ids(index.search('الميناء'))).toEqual(['source:s-police']);
    expect(ids(index.search('الشُّرْطَة الجمارك'))).toEqual(['source:s-police']);
    const [hit] = index.search('جمارك');
    expect(hit && marked(hit.snippet.text, hit.snippet.highlights)).toEqual(['والجمارك']);
  });

  it('finds a German compound by its last part, but not by a short ending or a part in its middle', () => {
    const index = indexOf(
      searchDocumentOf('source', source('s-bka', { body: ['Das Bundeskriminalamt warnt vor Schleusern.'] })),
      searchDocumentOf(
        'source',
        source('s-border', { title: 'Grenzpolizei', body: ['Kontrollen in Görlitz.'] }),
      ),
    );
    expect(ids(index.search('kriminalamt'))).toEqual(['source:s-bka']);
    expect(ids(index.search('Polizei'))).toEqual(['source:s-border']);
    expect(index.search('amt warnt')).toEqual([]);
    expect(index.search('kriminal warnt')).toEqual([]);
    const [hit] = index.search('kriminalamt');
    expect(hit && marked(hit.snippet.text, hit.snippet.highlights)).toEqual(['Bundeskriminalamt']);
    const [border] = index.search('polizei');
    expect(border && marked(border.title, border.titleHighlights)).toEqual(['Grenzpolizei']);
  });

  it('ranks the word itself above the compounds it ends', () => {
    const index = indexOf(
      searchDocumentOf('source', source('s-compound', { body: ['Die Grenzpolizei meldet Festnahmen.'] })),
      searchDocumentOf('source', source('s-word', { body: ['Die Polizei meldet Festnahmen.'] })),
    );
    expect(ids(index.search('polizei'))).toEqual(['source:s-word', 'source:s-compound']);
  });

  it('reads the hits’ texts from the store all at once, keeping none, when given readTexts', async () => {
    const texts = new Map([lighthouse, customs].map((document) => [document.recordId, document.text]));
    const asked: string[][] = [];
    const index = new DossierSearchIndex({
      readTexts: async (records) => {
        asked.push(records.map((record) => `${record.kind}:${record.recordId}`));
        return records.map((record) => texts.get(record.recordId));
      },
    });
    index.addAll([lighthouse, customs]);
    texts.set('s-lighthouse', 'Read from the store: the trawler again.');
    const [hit] = await index.searchWithSnippets('trawler');
    expect(asked).toEqual([['source:s-lighthouse']]);
    expect(hit?.snippet.text).toBe('Read from the store: the trawler again.');
    expect(await index.searchWithSnippets('nothing-matches-this')).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});
