// Properties of the three-way merge over random edits of the ancestor: a copy merged with an untouched one
// comes out as it was (whichever side it is on), and edits of different records on the two sides all
// survive without a conflict.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DossierDocument } from '../../../../shared/model';
import { diffDossiers, mergeDossiers } from '../../../../shared/sharing';
import { ancestor, briefingDoc, DOSSIER_ID, edited, find, newSource, PARAGRAPHS } from './sharing-fixtures';

type Edit = (copy: DossierDocument) => void;

/** Edits an officer makes, each touching one record (or the dossier's own fields). */
const EDITS: Record<string, Edit> = {
  regradeInterior: (copy) => {
    find(copy.sources, 's-interior').grading = { reliability: 'A', credibility: 1 };
  },
  retitleCable: (copy) => {
    find(copy.sources, 's-cable').title = 'Cable from the embassy in Rabat';
  },
  deletePress: (copy) => {
    copy.sources = copy.sources.filter((source) => source.id !== 's-press');
    find(copy.entities, 'e-dgsn').sourceIds = ['s-interior'];
  },
  addSource: (copy) => {
    copy.sources.push({ ...newSource('s-added', 'Liaison office note'), dossierId: DOSSIER_ID });
  },
  annotateEntity: (copy) => {
    find(copy.entities, 'e-dgsn').aliases = ['Sûreté nationale', 'الأمن الوطني'];
  },
  deleteEvent: (copy) => {
    copy.timeline = [];
  },
  retagDossier: (copy) => {
    copy.dossier.tags = ['Morocco', 'Migration'];
  },
  rewriteBriefing: (copy) => {
    find(copy.briefings, 'b-readout').content = briefingDoc([...PARAGRAPHS.slice(0, 5), 'Next steps: none.']);
  },
};
const NAMES = Object.keys(EDITS);

const editedBy = (names: readonly string[]) =>
  edited(ancestor(), (copy) => {
    for (const name of names) EDITS[name]?.(copy);
  });

const someEdits = fc.subarray(NAMES);

describe('mergeDossiers, over random edits', () => {
  it('gives back my copy when theirs is untouched, and theirs when mine is', () => {
    fc.assert(
      fc.property(someEdits, (names) => {
        const changed = editedBy(names);
        for (const [mine, theirs] of [
          [changed, ancestor()],
          [ancestor(), changed],
        ] as const) {
          const result = mergeDossiers({ base: ancestor(), mine, theirs });
          expect(result.conflicts).toEqual([]);
          expect(diffDossiers(changed, result.merged).identical).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every edit when the two sides edited different records', () => {
    fc.assert(
      fc.property(
        someEdits.chain((mineNames) =>
          fc.tuple(fc.constant(mineNames), fc.subarray(NAMES.filter((name) => !mineNames.includes(name)))),
        ),
        ([mineNames, theirsNames]) => {
          const result = mergeDossiers({
            base: ancestor(),
            mine: editedBy(mineNames),
            theirs: editedBy(theirsNames),
          });
          expect(result.conflicts).toEqual([]);
          expect(diffDossiers(editedBy([...mineNames, ...theirsNames]), result.merged).identical).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
