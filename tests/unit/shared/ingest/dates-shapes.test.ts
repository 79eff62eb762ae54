// Dates in shapes the patterns read whatever the words: an Arabic month with the particle joined to it,
// and a document dated only by a short line at its top, against which its relative dates resolve.

import { describe, expect, it } from 'vitest';
import { ingestMaterial } from '../../../../shared/ingest';
import { findDates } from '../../../../shared/ingest/dates';

describe('date shapes', () => {
  it('reads an Arabic month with "و" or "ب" joined to it, leaving the particle out of the words', () => {
    const dates = findDates(
      ['سجل التقرير أكثر من أربعين ألف وصول بين يناير وديسمبر 2024.', 'وصل القارب بمارس 2023.'],
      {
        published: '2025-01-10',
        today: '2026-01-01',
        language: 'ar',
      },
    );
    expect(dates.map((date) => [date.text, date.date])).toEqual(
      expect.arrayContaining([
        ['ديسمبر 2024', '2024-12'],
        ['مارس 2023', '2023-03'],
      ]),
    );
  });

  it('dates a document by a short line at its top, and resolves its relative dates against that day', () => {
    const result = ingestMaterial(
      {
        kind: 'markdown',
        text: '# Note de situation\n\nRédigée le 9 avril 2025 par la cellule Maghreb.\n\n## Contexte\n\nLes saisies ont augmenté depuis janvier 2024, selon les douanes marocaines et les autorités espagnoles.\n\n- Il y a deux mois, 14 tonnes ont été saisies près de Nador par la gendarmerie.\n',
      },
      { today: '2026-12-01' },
    );
    expect(result.metadata.published).toBe('2025-04-09');
    expect(result.dates.map((date) => date.date)).toContain('2025-02');
    // The line stays where it is: it is the note's own words.
    expect(
      result.blocks.some(
        (block) => !block.dropped && 'text' in block.block && block.block.text.startsWith('Rédigée le'),
      ),
    ).toBe(true);
  });

  it('takes no date from a long opening sentence that only mentions one', () => {
    const result = ingestMaterial(
      {
        kind: 'text',
        text: 'Le 3 mars 2019, les deux pays avaient signé un premier accord de coopération policière qui prévoyait des échanges réguliers.\n\nIl y a deux mois, un nouveau texte a été présenté aux ministres des deux pays réunis à Rabat.',
      },
      { today: '2026-12-01' },
    );
    expect(result.metadata.published).toBe('');
  });
});
