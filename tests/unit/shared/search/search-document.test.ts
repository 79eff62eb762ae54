import { describe, expect, it } from 'vitest';
import { type Entity, entitySchema, type TimelineEvent, timelineEventSchema } from '../../../../shared/model';
import { DossierSearchIndex, type SearchHit, searchDocumentOf } from '../../../../shared/search';

const T = '2025-04-02T09:30:00.000Z';
const DOSSIER = '0123456789abcdef0123456789abcdef';
const OTHER_DOSSIER = 'fedcba9876543210fedcba9876543210';

function entity(id: string, fields: Pick<Entity, 'name' | 'kind'> & Partial<Entity>): Entity {
  return entitySchema.parse({
    id,
    dossierId: DOSSIER,
    aliases: [],
    notes: '',
    sourceIds: [],
    createdAt: T,
    updatedAt: T,
    ...fields,
  });
}

function event(
  id: string,
  fields: Pick<TimelineEvent, 'title' | 'date'> & Partial<TimelineEvent>,
): TimelineEvent {
  return timelineEventSchema.parse({
    id,
    dossierId: DOSSIER,
    description: '',
    sourceIds: [],
    entityIds: [],
    createdAt: T,
    updatedAt: T,
    ...fields,
  });
}

const bka = entity('e-bka', {
  name: 'Bundeskriminalamt',
  kind: 'organisation',
  aliases: ['BKA', 'Federal Criminal Police Office'],
  notes: 'Liaison office in Rabat since 2019.',
});
const muench = entity('e-muench', { name: 'Holger Münch', kind: 'person', dossierId: OTHER_DOSSIER });
const meeting = event('v-meeting', {
  title: 'Meeting of police chiefs',
  date: { value: '2024-05-20', precision: 'day', approximate: false },
  description: 'Joint task force on smuggling agreed.',
});
const visit = event('v-visit', {
  title: 'Visit of the interior minister',
  date: { value: '2023-10', precision: 'month', approximate: true },
});

function indexOfAll(): DossierSearchIndex {
  const index = new DossierSearchIndex();
  index.addAll([
    searchDocumentOf('entity', bka),
    searchDocumentOf('entity', muench),
    searchDocumentOf('event', meeting),
    searchDocumentOf('event', visit),
  ]);
  return index;
}

const ids = (hits: SearchHit[]) => hits.map((hit) => `${hit.kind}:${hit.recordId}`);

describe('entities and timeline events in the search index', () => {
  it('makes an entity a document titled with its name, its aliases and notes as its text', () => {
    expect(searchDocumentOf('entity', bka)).toEqual({
      id: 'entity:e-bka',
      kind: 'entity',
      recordId: 'e-bka',
      dossierId: DOSSIER,
      title: 'Bundeskriminalamt',
      text: 'BKA\nFederal Criminal Police Office\nLiaison office in Rabat since 2019.',
    });
  });

  it('makes an event a document titled with what happened, its date and description as its text', () => {
    expect(searchDocumentOf('event', meeting)).toEqual({
      id: 'event:v-meeting',
      kind: 'event',
      recordId: 'v-meeting',
      dossierId: DOSSIER,
      title: 'Meeting of police chiefs',
      text: '2024-05-20\nJoint task force on smuggling agreed.',
    });
  });

  it('finds an entity by its name, an alias or its notes, accents ignored', () => {
    const index = indexOfAll();
    expect(ids(index.search('bundeskriminalamt'))).toEqual(['entity:e-bka']);
    expect(ids(index.search('bka'))).toEqual(['entity:e-bka']);
    expect(ids(index.search('liaison rabat'))).toEqual(['entity:e-bka']);
    const [hit] = index.search('munch');
    expect(hit).toMatchObject({ kind: 'entity', recordId: 'e-muench', dossierId: OTHER_DOSSIER });
    expect(hit?.titleHighlights).toEqual([[7, 12]]);
  });

  it('finds a timeline event by what happened, its description or its year', () => {
    const index = indexOfAll();
    expect(ids(index.search('police chiefs'))).toEqual(['event:v-meeting']);
    expect(ids(index.search('smuggling'))).toEqual(['event:v-meeting']);
    expect(ids(index.search('2023'))).toEqual(['event:v-visit']);
    expect(index.search('smuggling')[0]?.snippet.text).toBe(
      '2024-05-20 Joint task force on smuggling agreed.',
    );
  });

  it('filters by the new kinds, and forgets them with their dossier', () => {
    const index = indexOfAll();
    expect(ids(index.search('police', { kinds: ['event'] }))).toEqual(['event:v-meeting']);
    expect(ids(index.search('police', { kinds: ['entity'] }))).toEqual(['entity:e-bka']);
    expect(index.removeDossier(DOSSIER)).toBe(3);
    expect(ids(index.search('police'))).toEqual([]);
    expect(ids(index.search('holger'))).toEqual(['entity:e-muench']);
  });
});
