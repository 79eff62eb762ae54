// The three-way merge: record by record, field by field against the common ancestor; briefing text
// through the CRDT; conflicts shown, never decided; references kept consistent.

import { describe, expect, it } from 'vitest';
import { parseDossierDocument } from '../../../../shared/model';
import {
  choicesForAll,
  type MergeResult,
  mergeDossiers,
  resolveConflicts,
  SharingError,
} from '../../../../shared/sharing';
import { briefingTextUnderTest as text } from '../../../fixtures/sharing/briefing-text-under-test';
import {
  ancestor,
  briefingDoc,
  DOSSIER_ID,
  edited,
  find,
  newSource,
  PARAGRAPHS,
  paragraphTexts,
} from './sharing-fixtures';

const LATER = '2025-03-15T11:00:00.000Z';

function merge(
  edits: { mine?: Parameters<typeof edited>[1]; theirs?: Parameters<typeof edited>[1] },
  base = ancestor(),
) {
  const mine = edited(base, edits.mine ?? (() => undefined));
  const theirs = edited(base, edits.theirs ?? (() => undefined), LATER);
  return mergeDossiers({ base, mine, theirs });
}

/** The merged document passes the model's own checks (unique ids, every reference resolves). */
function valid(result: MergeResult): MergeResult {
  expect(() => parseDossierDocument(result.merged)).not.toThrow();
  return result;
}

describe('mergeDossiers, record by record', () => {
  it('keeps what either side added', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          copy.sources.push({ ...newSource('s-mine', 'Readout of the call'), dossierId: DOSSIER_ID });
        },
        theirs: (copy) => {
          copy.sources.push({ ...newSource('s-theirs', 'Liaison office note'), dossierId: DOSSIER_ID });
        },
      }),
    );
    expect(result.merged.sources.map((source) => source.id)).toEqual([
      's-interior',
      's-cable',
      's-press',
      's-mine',
      's-theirs',
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.report).toMatchObject({
      added: 1,
      changed: 0,
      removed: 0,
      conflicts: 0,
      firstExchange: false,
    });
  });

  it('takes a field changed on one side, and different fields changed on both', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          find(copy.sources, 's-interior').grading = { reliability: 'A', credibility: 1 };
        },
        theirs: (copy) => {
          find(copy.sources, 's-interior').title = 'Interior ministry statement, 7 March';
          find(copy.timeline, 't-declaration').description = 'Signed in Rabat.';
        },
      }),
    );
    const interior = find(result.merged.sources, 's-interior');
    expect(interior.grading).toEqual({ reliability: 'A', credibility: 1 });
    expect(interior.title).toBe('Interior ministry statement, 7 March');
    expect(find(result.merged.timeline, 't-declaration').description).toBe('Signed in Rabat.');
    expect(result.conflicts).toEqual([]);
    expect(result.report.byKind.sources.changed).toBe(1);
    expect(result.report.byKind.timeline.changed).toBe(1);
  });

  it('deletes what one side deleted and the other left untouched', () => {
    const result = valid(
      merge({
        theirs: (copy) => {
          copy.sources = copy.sources.filter((source) => source.id !== 's-press');
          find(copy.entities, 'e-dgsn').sourceIds = ['s-interior'];
        },
      }),
    );
    expect(result.merged.sources.map((source) => source.id)).toEqual(['s-interior', 's-cable']);
    expect(result.report).toMatchObject({ removed: 1, conflicts: 0 });
    expect(result.report.flagged).toEqual([]);
  });

  it('keeps and flags a record deleted on one side and edited on the other, both ways round', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          find(copy.sources, 's-press').notes = 'Still relevant: quotes the minister.';
          copy.timeline = [];
        },
        theirs: (copy) => {
          copy.sources = copy.sources.filter((source) => source.id !== 's-press');
          find(copy.entities, 'e-dgsn').sourceIds = ['s-interior'];
          find(copy.timeline, 't-declaration').title = 'Declaration on returns signed in Rabat';
        },
      }),
    );
    expect(find(result.merged.sources, 's-press').notes).toBe('Still relevant: quotes the minister.');
    expect(find(result.merged.timeline, 't-declaration').title).toBe(
      'Declaration on returns signed in Rabat',
    );
    expect(result.report.flagged).toEqual([
      {
        kind: 'sources',
        recordId: 's-press',
        label: 'Press review, 9 March',
        reason: 'deleted-by-theirs-edited-by-mine',
      },
      {
        kind: 'timeline',
        recordId: 't-declaration',
        label: 'Declaration on returns signed in Rabat',
        reason: 'deleted-by-mine-edited-by-theirs',
      },
    ]);
  });

  it('turns the same field changed differently on both sides into a conflict showing both values', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          find(copy.sources, 's-cable').grading = { reliability: 'B', credibility: 2 };
          find(copy.sources, 's-interior').title = 'Same new title';
        },
        theirs: (copy) => {
          find(copy.sources, 's-cable').grading = { reliability: 'A', credibility: 2 };
          find(copy.sources, 's-interior').title = 'Same new title';
        },
      }),
    );
    expect(result.conflicts).toEqual([
      {
        id: 'sources/s-cable/grading',
        kind: 'sources',
        recordId: 's-cable',
        label: 'Embassy cable on returns',
        field: 'grading',
        hasBase: true,
        base: { reliability: 'C', credibility: 3 },
        mine: { reliability: 'B', credibility: 2 },
        theirs: { reliability: 'A', credibility: 2 },
      },
    ]);
    // Until the user chooses, the merged copy holds mine.
    expect(find(result.merged.sources, 's-cable').grading).toEqual({ reliability: 'B', credibility: 2 });
    expect(result.report.conflicts).toBe(1);
  });

  it('merges the dossier’s own fields the same way, status and its trash date together', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          copy.dossier.tags = ['Morocco', 'Maroc'];
        },
        theirs: (copy) => {
          copy.dossier.summary = 'Police, migration and border cooperation with Morocco.';
          copy.dossier.status = 'trash';
          copy.dossier.trashedAt = LATER;
        },
      }),
    );
    expect(result.merged.dossier).toMatchObject({
      id: DOSSIER_ID,
      tags: ['Morocco', 'Maroc'],
      summary: 'Police, migration and border cooperation with Morocco.',
      status: 'trash',
      trashedAt: LATER,
      updatedAt: LATER,
    });
    expect(result.conflicts).toEqual([]);
  });

  it('gives the merged copy a new revision that descends from both sides', () => {
    const base = ancestor();
    const mine = edited(base, (copy) => {
      copy.dossier.lineage = { id: DOSSIER_ID, revision: 'r1', history: ['r0'] };
    });
    const theirs = edited(base, (copy) => {
      copy.dossier.lineage = { id: DOSSIER_ID, revision: 'r2', history: ['r0', 'r1'] };
    });
    const result = mergeDossiers({ base, mine, theirs, revision: 'r3' });
    expect(result.merged.dossier.lineage).toEqual({
      id: DOSSIER_ID,
      revision: 'r3',
      history: ['r0', 'r1', 'r2'],
    });
  });

  it('merges a copy filed under another dossier id of the same lineage into my dossier', () => {
    const base = ancestor();
    const theirs = edited(base, (copy) => {
      const id = 'd-rabat-copy';
      copy.dossier.id = id;
      for (const kind of ['sources', 'entities', 'timeline', 'briefings'] as const) {
        for (const record of copy[kind]) record.dossierId = id;
      }
      copy.sources.push({ ...newSource('s-theirs', 'Liaison office note'), dossierId: id });
    });
    const result = valid(mergeDossiers({ base, mine: base, theirs }));
    expect(result.merged.dossier.id).toBe(DOSSIER_ID);
    expect(new Set(result.merged.sources.map((source) => source.dossierId))).toEqual(new Set([DOSSIER_ID]));
    expect(result.report).toMatchObject({ added: 1, changed: 0, conflicts: 0 });
  });

  it('refuses copies of different lineages with LINEAGE_MISMATCH', () => {
    const mine = ancestor();
    const other = edited(ancestor(), (copy) => {
      copy.dossier.lineage = { id: 'd-tunis', revision: 'x1', history: [] };
    });
    expect(() => mergeDossiers({ mine, theirs: other })).toThrow(SharingError);
    expect(() => mergeDossiers({ mine, theirs: other })).toThrow(
      expect.objectContaining({ code: 'LINEAGE_MISMATCH' }),
    );
    expect(() => mergeDossiers({ base: other, mine, theirs: mine })).toThrow(
      expect.objectContaining({ code: 'LINEAGE_MISMATCH' }),
    );
  });

  it('merges as a first exchange without a base: records on one side kept, differing fields conflict', () => {
    const mine = edited(ancestor(), (copy) => {
      find(copy.sources, 's-cable').title = 'Embassy cable';
    });
    const theirs = edited(ancestor(), (copy) => {
      copy.sources.push({ ...newSource('s-theirs', 'Liaison office note'), dossierId: DOSSIER_ID });
    });
    const result = valid(mergeDossiers({ mine, theirs }));
    expect(result.report.firstExchange).toBe(true);
    expect(result.merged.sources.map((source) => source.id)).toContain('s-theirs');
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        id: 'sources/s-cable/title',
        hasBase: false,
        mine: 'Embassy cable',
        theirs: 'Embassy cable on returns',
      }),
    ]);
    expect(result.conflicts[0]).not.toHaveProperty('base');
  });
});

describe('references after a merge', () => {
  it('keeps a source the other side deleted while my briefing cites it, and says so', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          find(copy.briefings, 'b-readout').content = briefingDoc(PARAGRAPHS, 's-press');
        },
        theirs: (copy) => {
          copy.sources = copy.sources.filter((source) => source.id !== 's-press');
          find(copy.entities, 'e-dgsn').sourceIds = ['s-interior'];
        },
      }),
    );
    expect(result.merged.sources.map((source) => source.id)).toContain('s-press');
    expect(result.report.flagged).toContainEqual(
      expect.objectContaining({ recordId: 's-press', reason: 'deleted-but-cited' }),
    );
  });

  it('drops links to a record deleted on the other side from the lists that pointed at it', () => {
    const result = valid(
      merge({
        mine: (copy) => {
          find(copy.timeline, 't-declaration').sourceIds = ['s-cable', 's-press'];
        },
        theirs: (copy) => {
          copy.sources = copy.sources.filter((source) => source.id !== 's-press');
          find(copy.entities, 'e-dgsn').sourceIds = ['s-interior'];
        },
      }),
    );
    expect(result.merged.sources.map((source) => source.id)).not.toContain('s-press');
    expect(find(result.merged.timeline, 't-declaration').sourceIds).toEqual(['s-cable']);
  });
});

describe('briefings', () => {
  it('merges briefing text through the CRDT: my paragraph 1 and their paragraph 5 and new paragraph, no question, nothing twice', () => {
    const base = ancestor();
    const ancestorState = text.createBriefingState(find(base.briefings, 'b-readout').content);
    const mineParagraphs = [...PARAGRAPHS];
    mineParagraphs[0] =
      'The joint working group meets in Rabat on 19 March (moved) to review police cooperation.';
    const theirsParagraphs = [...PARAGRAPHS];
    theirsParagraphs[4] = 'Die Zusammenarbeit umfasst auch den Austausch über Schleusernetzwerke.';
    theirsParagraphs.push('Annex: list of participants, to follow.');
    const mine = edited(base, (copy) => {
      find(copy.briefings, 'b-readout').content = briefingDoc(mineParagraphs);
    });
    const theirs = edited(base, (copy) => {
      find(copy.briefings, 'b-readout').content = briefingDoc(theirsParagraphs);
      find(copy.briefings, 'b-readout').title = 'Readout for the director (liaison input)';
    });
    const states = {
      mine: new Map([
        ['b-readout', text.updateBriefingState(ancestorState, find(mine.briefings, 'b-readout').content)],
      ]),
      theirs: new Map([
        ['b-readout', text.updateBriefingState(ancestorState, find(theirs.briefings, 'b-readout').content)],
      ]),
    };
    const result = valid(mergeDossiers({ base, mine, theirs, states, text }));
    const briefing = find(result.merged.briefings, 'b-readout');
    const expected = [
      mineParagraphs[0],
      ...PARAGRAPHS.slice(1, 4),
      theirsParagraphs[4],
      PARAGRAPHS[5],
      theirsParagraphs[6],
    ];
    expect(paragraphTexts(briefing.content)).toEqual(expected);
    expect(briefing.title).toBe('Readout for the director (liaison input)');
    expect(result.conflicts).toEqual([]);
    expect(result.report.textMerged).toBe(1);
    // The merged state holds what the JSON says, so the package that carries both is consistent.
    const state = result.states.get('b-readout') as Uint8Array;
    expect(text.briefingStateMatches(state, briefing.content)).toBe(true);
  });

  it('never merges two states made separately from one JSON (the Yjs duplication trap): the content merges as a field', () => {
    const base = ancestor();
    const changed = [...PARAGRAPHS];
    changed[4] = 'Die Zusammenarbeit umfasst auch den Austausch über Schleusernetzwerke.';
    const mine = edited(base, () => undefined);
    const theirs = edited(base, (copy) => {
      find(copy.briefings, 'b-readout').content = briefingDoc(changed);
    });
    // Each officer packed the plain JSON on their own, so each state was built separately.
    const states = {
      mine: new Map([['b-readout', text.createBriefingState(find(mine.briefings, 'b-readout').content)]]),
      theirs: new Map([['b-readout', text.createBriefingState(find(theirs.briefings, 'b-readout').content)]]),
    };
    const result = valid(mergeDossiers({ base, mine, theirs, states, text }));
    const briefing = find(result.merged.briefings, 'b-readout');
    expect(paragraphTexts(briefing.content)).toEqual(changed);
    expect(result.report.textMerged).toBe(0);
    expect(text.briefingStateMatches(result.states.get('b-readout') as Uint8Array, briefing.content)).toBe(
      true,
    );
  });

  it('without states, merges a briefing’s content as a field: changed on one side is taken', () => {
    const changed = [...PARAGRAPHS];
    changed[5] = 'Next steps: a readout to the director on 19 March.';
    const result = valid(
      merge({
        theirs: (copy) => {
          find(copy.briefings, 'b-readout').content = briefingDoc(changed);
        },
      }),
    );
    expect(paragraphTexts(find(result.merged.briefings, 'b-readout').content)).toEqual(changed);
    expect(result.report.textMerged).toBe(0);
  });
});

describe('resolveConflicts', () => {
  const conflicting = () =>
    merge({
      mine: (copy) => {
        find(copy.sources, 's-cable').title = 'Embassy cable (mine)';
        find(copy.sources, 's-cable').grading = { reliability: 'B', credibility: 2 };
        copy.dossier.title = 'Rabat liaison office';
      },
      theirs: (copy) => {
        find(copy.sources, 's-cable').title = 'Embassy cable (theirs)';
        find(copy.sources, 's-cable').grading = { reliability: 'A', credibility: 2 };
        copy.dossier.title = 'Rabat desk';
      },
    });

  it('takes theirs where the user chose theirs and keeps mine where they chose mine', () => {
    const result = valid(
      resolveConflicts(conflicting(), {
        'sources/s-cable/title': 'theirs',
        'sources/s-cable/grading': 'mine',
        'dossier/d-rabat/title': 'theirs',
      }),
    );
    const cable = find(result.merged.sources, 's-cable');
    expect(cable.title).toBe('Embassy cable (theirs)');
    expect(cable.grading).toEqual({ reliability: 'B', credibility: 2 });
    expect(result.merged.dossier.title).toBe('Rabat desk');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps both: a second record with a new id and "(their version)" after its title, and both titles of the dossier', () => {
    const merged = conflicting();
    const result = valid(resolveConflicts(merged, choicesForAll(merged, 'both')));
    const titles = result.merged.sources.map((source) => source.title);
    expect(titles).toEqual([
      'Interior ministry statement',
      'Embassy cable (mine)',
      'Embassy cable (theirs) (their version)',
      'Press review, 9 March',
    ]);
    const copy = result.merged.sources[2];
    expect(copy?.id).not.toBe('s-cable');
    expect(copy?.grading).toEqual({ reliability: 'A', credibility: 2 });
    expect(find(result.merged.sources, 's-cable').grading).toEqual({ reliability: 'B', credibility: 2 });
    expect(result.merged.dossier.title).toBe('Rabat liaison office / Rabat desk');
    expect(result.report).toMatchObject({ conflicts: 0, added: 1 });
  });

  it('leaves conflicts without a choice open, and refuses a choice for a conflict it does not have', () => {
    const merged = conflicting();
    const partly = resolveConflicts(merged, { 'sources/s-cable/title': 'mine' });
    expect(partly.conflicts.map((conflict) => conflict.id)).toEqual([
      'dossier/d-rabat/title',
      'sources/s-cable/grading',
    ]);
    expect(() => resolveConflicts(merged, { 'sources/s-nothing/title': 'mine' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CONFLICT' }),
    );
  });
});
