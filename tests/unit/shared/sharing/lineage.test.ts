// Lineage: the same id in every copy, a fresh revision per shared state, a bounded history, and the
// common ancestor both copies descend from.

import { describe, expect, it } from 'vitest';
import { dossierSchema, MAX_LINEAGE_HISTORY, parseDossierDocument } from '../../../../shared/model';
import { advanceLineage, findCommonBase, mergedLineage } from '../../../../shared/sharing';
import { ancestor, DOSSIER_ID, edited } from './sharing-fixtures';

const at = (revision: string, history: string[], id = DOSSIER_ID) =>
  edited(ancestor(), (copy) => {
    copy.dossier.lineage = { id, revision, history };
  });

describe('the lineage field', () => {
  it('is optional, so a dossier saved before lineage existed still parses', () => {
    const { lineage: _, ...old } = ancestor().dossier;
    expect(dossierSchema.parse(old)).not.toHaveProperty('lineage');
  });

  it('refuses a history that lists the current revision, a revision twice, or more than the bound', () => {
    const withLineage = (lineage: unknown) =>
      dossierSchema.safeParse({ ...ancestor().dossier, lineage }).success;
    expect(withLineage({ id: DOSSIER_ID, revision: 'r2', history: ['r1'] })).toBe(true);
    expect(withLineage({ id: DOSSIER_ID, revision: 'r2', history: ['r1', 'r2'] })).toBe(false);
    expect(withLineage({ id: DOSSIER_ID, revision: 'r2', history: ['r1', 'r1'] })).toBe(false);
    const long = Array.from({ length: MAX_LINEAGE_HISTORY + 1 }, (_, n) => `r${n + 10}`);
    expect(withLineage({ id: DOSSIER_ID, revision: 'r2', history: long })).toBe(false);
    expect(withLineage({ id: DOSSIER_ID, revision: 'r2', history: [], extra: 1 })).toBe(false);
  });
});

describe('advanceLineage and mergedLineage', () => {
  it('starts a lineage named after a dossier shared for the first time', () => {
    expect(advanceLineage({ id: 'd-new' }, 'r1')).toEqual({ id: 'd-new', revision: 'r1', history: [] });
  });

  it('moves to a fresh revision and keeps the lineage id whatever the copy’s own id', () => {
    const next = advanceLineage({
      id: 'd-copy',
      lineage: { id: DOSSIER_ID, revision: 'r1', history: ['r0'] },
    });
    expect(next.id).toBe(DOSSIER_ID);
    expect(next.history).toEqual(['r0', 'r1']);
    expect(next.revision).not.toBe('r1');
  });

  it('keeps the newest revisions when the history is full', () => {
    const history = Array.from({ length: MAX_LINEAGE_HISTORY }, (_, n) => `r${n}`);
    const next = advanceLineage(
      { id: DOSSIER_ID, lineage: { id: DOSSIER_ID, revision: 'last', history } },
      'new',
    );
    expect(next.history).toHaveLength(MAX_LINEAGE_HISTORY);
    expect(next.history.at(-1)).toBe('last');
    expect(next.history[0]).toBe('r1');
    expect(() => parseDossierDocument(at(next.revision, next.history))).not.toThrow();
  });

  it('descends from both sides after a merge', () => {
    expect(
      mergedLineage(
        { id: DOSSIER_ID, revision: 'r2', history: ['r1'] },
        { id: DOSSIER_ID, revision: 'r3', history: ['r1'] },
        'r4',
      ),
    ).toEqual({ id: DOSSIER_ID, revision: 'r4', history: ['r1', 'r2', 'r3'] });
  });
});

describe('findCommonBase', () => {
  it('picks the newest snapshot both copies descend from', () => {
    const mine = at('r3', ['r1', 'r2']);
    const theirs = at('r4', ['r1', 'r2']);
    const r1 = at('r1', []);
    const r2 = at('r2', ['r1']);
    expect(findCommonBase(mine, theirs, [r1, undefined, r2])).toBe(r2);
    expect(findCommonBase(mine, theirs, [r2, r1])).toBe(r2);
  });

  it('ignores snapshots of another lineage or a revision only one side knows', () => {
    const mine = at('r3', ['r1']);
    const theirs = at('r4', ['r1', 'r2']);
    expect(findCommonBase(mine, theirs, [at('r2', ['r1'])])).toBeUndefined();
    expect(findCommonBase(mine, theirs, [at('r1', [], 'd-tunis')])).toBeUndefined();
  });

  it('finds nothing for copies never shared: the merge is a first exchange', () => {
    const plain = edited(ancestor(), (copy) => {
      delete copy.dossier.lineage;
    });
    expect(findCommonBase(plain, plain, [plain])).toBeUndefined();
  });
});
