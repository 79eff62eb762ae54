// Lineage operations: starting a lineage, moving it to a new revision when a dossier is shared, joining
// two after a merge, and finding the state both copies last shared (the base of a three-way merge).

import { type DossierDocument, type Lineage, MAX_LINEAGE_HISTORY, newId } from '../model';
import { SharingError } from './sharing-error';

/** The lineage a document is in: its own, or (never shared) one that starts at the dossier itself. */
export function lineageIdOf(document: DossierDocument): string {
  return document.dossier.lineage?.id ?? document.dossier.id;
}

/** Every revision a copy has been at, oldest first, its current one last. */
export function ancestryOf(lineage: Lineage | undefined): string[] {
  return lineage ? [...lineage.history, lineage.revision] : [];
}

function bounded(history: string[]): string[] {
  return history.slice(Math.max(0, history.length - MAX_LINEAGE_HISTORY));
}

/**
 * The lineage a dossier gets when it is shared: a fresh revision, the one it was at moved into its
 * history. A dossier shared for the first time starts a lineage named after itself.
 */
export function advanceLineage(
  dossier: { id: string; lineage?: Lineage },
  revision: string = newId(),
): Lineage {
  const current = dossier.lineage;
  if (!current) return { id: dossier.id, revision, history: [] };
  return { id: current.id, revision, history: bounded(ancestryOf(current).filter((id) => id !== revision)) };
}

/** After a merge the copy descends from both sides: one new revision, both ancestries in its history. */
export function mergedLineage(mine: Lineage, theirs: Lineage, revision: string = newId()): Lineage {
  const history: string[] = [];
  const seen = new Set<string>([revision]);
  for (const id of [...ancestryOf(mine), ...ancestryOf(theirs)]) {
    if (!seen.has(id)) history.push(id);
    seen.add(id);
  }
  return { id: mine.id, revision, history: bounded(history) };
}

/** Refuses two documents of different lineages with LINEAGE_MISMATCH. */
export function assertSameLineage(mine: DossierDocument, theirs: DossierDocument): void {
  const mineId = lineageIdOf(mine);
  const theirsId = lineageIdOf(theirs);
  if (mineId !== theirsId) {
    throw new SharingError(
      'LINEAGE_MISMATCH',
      `"${theirs.dossier.title}" is not a copy of "${mine.dossier.title}": they descend from different dossiers (${theirsId} and ${mineId}). Import it as a new dossier instead of merging.`,
    );
  }
}

/**
 * The common ancestor to merge against: of the candidate snapshots (the bases two packages carry, the
 * snapshots the app kept when it shared), the one of this lineage whose revision both copies descend
 * from, the newest such. Undefined when there is none: the merge is then a first exchange.
 */
export function findCommonBase(
  mine: DossierDocument,
  theirs: DossierDocument,
  candidates: readonly (DossierDocument | undefined)[],
): DossierDocument | undefined {
  const lineageId = lineageIdOf(mine);
  const mineAncestry = ancestryOf(mine.dossier.lineage);
  const theirsAncestry = new Set(ancestryOf(theirs.dossier.lineage));
  let best: DossierDocument | undefined;
  let bestAt = -1;
  for (const candidate of candidates) {
    const revision = candidate?.dossier.lineage?.revision;
    if (!candidate || revision === undefined || lineageIdOf(candidate) !== lineageId) continue;
    const at = mineAncestry.indexOf(revision);
    if (at > bestAt && theirsAncestry.has(revision)) {
      best = candidate;
      bestAt = at;
    }
  }
  return best;
}
