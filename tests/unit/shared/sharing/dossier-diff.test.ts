// diffDossiers: by record kind, added, changed (with the fields), removed; bookkeeping is not a change.

import { describe, expect, it } from 'vitest';
import { diffDossiers } from '../../../../shared/sharing';
import { ancestor, DOSSIER_ID, edited, find, newSource } from './sharing-fixtures';

describe('diffDossiers', () => {
  it('finds nothing between a copy and itself, even touched (time stamps, another dossier id)', () => {
    const copy = edited(ancestor(), (document) => {
      find(document.sources, 's-cable').updatedAt = '2025-04-01T00:00:00.000Z';
    });
    expect(diffDossiers(ancestor(), copy).identical).toBe(true);
  });

  it('lists what was added, changed (with field names) and removed, by kind', () => {
    const after = edited(ancestor(), (document) => {
      document.sources = document.sources.filter((source) => source.id !== 's-press');
      document.sources.push({ ...newSource('s-new', 'Liaison office note'), dossierId: DOSSIER_ID });
      const cable = find(document.sources, 's-cable');
      cable.grading = { reliability: 'A', credibility: 2 };
      cable.notes = 'Confirmed by the liaison office.';
      find(document.entities, 'e-dgsn').sourceIds = ['s-interior'];
      document.dossier.title = 'Rabat desk';
      document.dossier.status = 'archived';
    });
    const diff = diffDossiers(ancestor(), after);
    expect(diff.identical).toBe(false);
    expect(diff.dossier).toEqual(['title', 'status']);
    expect(diff.sources).toEqual({
      added: [{ id: 's-new', label: 'Liaison office note' }],
      changed: [{ id: 's-cable', label: 'Embassy cable on returns', fields: ['notes', 'grading'] }],
      removed: [{ id: 's-press', label: 'Press review, 9 March' }],
    });
    expect(diff.entities.changed).toEqual([{ id: 'e-dgsn', label: 'DGSN', fields: ['sourceIds'] }]);
    expect(diff.timeline).toEqual({ added: [], changed: [], removed: [] });
  });

  it('compares values, not the order their keys were written in', () => {
    const reordered = edited(ancestor(), (document) => {
      const cable = find(document.sources, 's-cable');
      cable.grading = {
        credibility: cable.grading.credibility,
        reliability: cable.grading.reliability,
      } as never;
    });
    expect(diffDossiers(ancestor(), reordered).sources.changed).toEqual([]);
  });
});
