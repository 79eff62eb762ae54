import { describe, expect, it } from 'vitest';
import { findEntities, findMatchingEntity } from '../../../../shared/ingest';
import type { Entity } from '../../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const entity = (
  id: string,
  name: string,
  aliases: string[] = [],
  kind: Entity['kind'] = 'person',
): Entity => ({
  id,
  dossierId: 'd-1',
  kind,
  name,
  aliases,
  notes: '',
  sourceIds: [],
  createdAt: T,
  updatedAt: T,
});

describe('matching suggestions to the dossier’s entities', () => {
  const existing = [
    entity('e-munch', 'Holger Münch'),
    entity('e-bka', 'Bundeskriminalamt', ['BKA', 'Federal Criminal Police Office'], 'organisation'),
  ];

  it('links spelling variants of one name: Münch, Munch, Muench, MÜNCH', () => {
    for (const name of ['Holger Munch', 'Holger Muench', 'HOLGER MÜNCH', 'Holger  Münch']) {
      expect(findMatchingEntity({ name, aliases: [] }, existing)?.id, name).toBe('e-munch');
    }
  });

  it('links through an alias on either side', () => {
    expect(
      findMatchingEntity({ name: 'Federal Criminal Police Office', aliases: ['BKA'] }, existing)?.id,
    ).toBe('e-bka');
    expect(findMatchingEntity({ name: 'The BKA', aliases: [] }, existing)?.id).toBe('e-bka');
  });

  it('creates rather than links when no name meets', () => {
    expect(findMatchingEntity({ name: 'Holger Schmidt', aliases: [] }, existing)).toBeUndefined();
  });
});

describe('finding entities in prose', () => {
  it('takes an acronym’s expansion from either side of the bracket', () => {
    const found = findEntities([
      'The European Union Agency for Law Enforcement Cooperation (Europol) hosted the meeting. UNODC (United Nations Office on Drugs and Crime) sent observers.',
    ]);
    expect(found).toContainEqual({
      name: 'European Union Agency for Law Enforcement Cooperation',
      kind: 'organisation',
      aliases: ['Europol'],
      mentions: 1,
    });
    expect(found).toContainEqual({
      name: 'United Nations Office on Drugs and Crime',
      kind: 'organisation',
      aliases: ['UNODC'],
      mentions: 1,
    });
  });

  it('counts later mentions by acronym or surname towards the entity', () => {
    const found = findEntities([
      'The head of the Federal Criminal Police Office (BKA), Holger Münch, travelled to Rabat.',
      'Münch said the BKA would post a liaison officer. The BKA declined to give numbers.',
    ]);
    expect(found.find((item) => item.aliases.includes('BKA'))?.mentions).toBe(3);
    expect(found.find((item) => item.name === 'Holger Münch')?.mentions).toBe(2);
  });

  it('reads a single name before a word like "group" as an organisation, and skips nationalities', () => {
    const found = findEntities([
      'Police said the suspects had links to the Hamas terrorist group, according to German and Egyptian-German officials.',
    ]);
    expect(found).toContainEqual({ name: 'Hamas', kind: 'organisation', aliases: [], mentions: 1 });
    expect(found.map((item) => item.name)).not.toContain('German');
    expect(found.map((item) => item.name)).not.toContain('Egyptian-German');
  });
});
