import { describe, expect, it } from 'vitest';
import {
  dateChoices,
  describeSource,
  entityChoiceOutcome,
  entityChoices,
  ingestedSourceFields,
  initiallyKept,
  refreshedDateChoices,
  toggled,
} from '../../../../renderer/ingest/ingest-review';
import { datesOfBlocks, ingestMaterial } from '../../../../shared/ingest';
import type { Entity } from '../../../../shared/model';

const ARTICLE = `Police chiefs agree closer cooperation

By Jane Doe | 5 November 2024

Federal Criminal Police Office (BKA) president Holger Munch met his counterparts in Rabat in October. Both sides agreed to exchange liaison officers.

Holger Munch in Rabat - PHOTO/FILE

The figures

| Year | Operations |
|---|---|
| 2022 | 15 |
| 2023 | 21 |

Share this article on Facebook | Subscribe to our newsletter`;

const muench: Entity = {
  id: 'entity-muench',
  dossierId: 'dossier-1',
  kind: 'person',
  name: 'Holger Münch',
  aliases: [],
  notes: '',
  sourceIds: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const result = ingestMaterial({ kind: 'text', text: ARTICLE }, { today: '2025-01-10' });

describe('reviewing ingested material', () => {
  it('proposes the found details and leaves the grading to the user', () => {
    const description = describeSource(result);
    expect(description).toMatchObject({
      title: 'Police chiefs agree closer cooperation',
      author: 'Jane Doe',
      publishedAt: '2024-11-05',
      language: 'en',
      outlet: '',
      url: '',
      reliability: 'F',
      credibility: 6,
    });
  });

  it('links a suggestion to the dossier’s entity across spelling variants, and says so', () => {
    const choices = entityChoices(result.entities, [muench]);
    const munch = choices.find((choice) => choice.suggestion.name === 'Holger Munch');
    const bka = choices.find((choice) => choice.suggestion.aliases.includes('BKA'));
    expect(munch?.existing?.id).toBe('entity-muench');
    expect(munch && entityChoiceOutcome(munch)).toBe('Links to existing ‘Holger Münch’');
    expect(bka?.existing).toBeUndefined();
    expect(bka && entityChoiceOutcome(bka)).toBe('New organisation');
    expect(choices.every((choice) => !choice.accepted)).toBe(true);
  });

  it('starts from the blocks the clean-up kept and lets the user bring one back or drop one', () => {
    const kept = initiallyKept(result.blocks);
    const caption = result.blocks.find((block) => block.dropped === 'caption');
    expect(caption).toBeDefined();
    if (!caption) return;
    expect(kept.has(caption.index)).toBe(false);
    const restored = toggled(kept, caption.index);
    expect(restored.has(caption.index)).toBe(true);
    expect(toggled(restored, caption.index)).toEqual(kept);
  });

  it('turns the decisions into one store call: body from the kept blocks, accepted entities and dates only', () => {
    const caption = result.blocks.find((block) => block.dropped === 'caption');
    const kept = toggled(initiallyKept(result.blocks), caption?.index ?? -1);
    const entities = entityChoices(result.entities, [muench]).map((choice) => ({
      ...choice,
      accepted: choice.suggestion.name === 'Holger Munch' || choice.suggestion.aliases.includes('BKA'),
    }));
    const dates = dateChoices(result.dates).map((choice, index) => ({
      ...choice,
      accepted: index === 0,
      title: index === 0 ? '  Munch meets Moroccan police chiefs ' : choice.title,
    }));
    const fields = ingestedSourceFields(
      result,
      { ...describeSource(result), reliability: 'B', credibility: 2, url: ' ' },
      kept,
      entities,
      dates,
    );
    expect(fields).toMatchObject({
      title: 'Police chiefs agree closer cooperation',
      grading: { reliability: 'B', credibility: 2 },
      language: 'en',
      publishedAt: '2024-11-05',
    });
    expect(fields.url).toBeUndefined();
    expect(fields.entities).toHaveLength(2);
    expect(fields.entities).toEqual(
      expect.arrayContaining([
        { kind: 'organisation', name: 'Federal Criminal Police Office', aliases: ['BKA'] },
        { existingId: 'entity-muench' },
      ]),
    );
    expect(fields.events).toEqual([
      {
        date: { value: '2024-10', precision: 'month', approximate: false },
        title: 'Munch meets Moroccan police chiefs',
        description: expect.stringContaining('in October'),
      },
    ]);
    const body = JSON.stringify(fields.body);
    expect(body).toContain('PHOTO/FILE');
    expect(body).toContain('"type":"table"');
    expect(body).not.toContain('newsletter');
  });

  it('titles a date’s event from its sentence', () => {
    const [october] = dateChoices(result.dates);
    expect(october?.title).toContain('met his counterparts in Rabat in October');
    expect(october?.accepted).toBe(false);
  });
});

describe('dates when the published date is corrected', () => {
  const material = {
    kind: 'text',
    text: 'Customs chiefs meet\n\nIn October the customs chiefs of both countries met in Tangier. Two months ago a joint unit was set up.',
  } as const;
  const result = ingestMaterial(material, { today: '2026-11-28' });
  const keepAll = () => true;

  it('resolves the relative dates again against the date the user gives, keeping accepted ones and edited titles', () => {
    expect(result.dates.map((date) => [date.date, date.approximate])).toEqual([
      ['2026-10', true],
      ['2026-09', true],
    ]);
    const chosen = dateChoices(result.dates).map((choice, index) =>
      index === 0 ? { ...choice, accepted: true, title: 'Customs chiefs meet in Tangier' } : choice,
    );
    const refreshed = refreshedDateChoices(chosen, datesOfBlocks(result.blocks, keepAll, '2024-02-26'));
    expect(
      refreshed.map((choice) => [choice.date.value, choice.date.approximate, choice.accepted, choice.title]),
    ).toEqual([
      ['2023-10', false, true, 'Customs chiefs meet in Tangier'],
      ['2023-12', true, false, 'Two months ago a joint unit was set up.'],
    ]);
  });

  it('finds no dates in blocks the user dropped', () => {
    expect(datesOfBlocks(result.blocks, () => false, '2024-02-26')).toEqual([]);
  });
});
