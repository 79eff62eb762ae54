// Merging a colleague's copy into a dossier here: what my side of the merge is (the dossier, its briefing
// states continued to their text, the states it shared), and the merged copy written in one transaction
// after a named version of each briefing it changes, with an Undo that puts the dossier back as it was.

import type { Briefing, DossierDocument, OfficeTemplate } from '../../shared/model';
import { findCommonBase, type MergeResult, mergeDossiers } from '../../shared/sharing';
import * as briefingText from '../../shared/sharing/briefing-state';
import { translate } from '../i18n';
import { briefingVersionOf } from './briefings';
import type { DossierDatabase } from './database';
import { readDossierDocument } from './dossier-document';
import { putDossierDocument } from './import-dossier';
import { addOfficeTemplates } from './office-templates';
import {
  briefingStatesOf,
  continuedStates,
  putSharedBase,
  SHARING_TABLES,
  sharedBasesOf,
} from './shared-state';
import { StoreError } from './store-error';
import { ALL_STORE_TABLES, DOSSIER_DOCUMENT_TABLES, type StoreWriter, type UndoToken } from './store-writer';

/** A colleague's copy as its package gave it. */
export interface TheirCopy {
  readonly document: DossierDocument;
  readonly states: ReadonlyMap<string, Uint8Array>;
  readonly base?: DossierDocument;
  readonly attachments: ReadonlyMap<string, Blob>;
  /** The file it came in, for the name of the versions kept before the merge. */
  readonly fileName: string;
  /** Office templates the package carried; one already here stays as it is, as on a plain import. */
  readonly officeTemplates?: readonly OfficeTemplate[];
}

/**
 * Merges their copy into the dossier `dossierId` here, without writing: against the newest state both
 * copies shared (the package's base or one kept here), briefing text through the states. Mine are the
 * stored states continued to the current text; a briefing without one is left without, so their state is
 * adopted and never a second history made from the same JSON.
 */
export async function mergeIntoDossier(
  db: DossierDatabase,
  dossierId: string,
  theirs: TheirCopy,
): Promise<MergeResult> {
  const { mine, stored, bases } = await db.transaction(
    'r',
    [...DOSSIER_DOCUMENT_TABLES, ...SHARING_TABLES],
    async () => ({
      mine: await readDossierDocument(db, dossierId),
      stored: await briefingStatesOf(db, dossierId),
      bases: await sharedBasesOf(db, dossierId),
    }),
  );
  const base = findCommonBase(mine, theirs.document, [theirs.base, ...bases]);
  return mergeDossiers({
    base,
    mine,
    theirs: theirs.document,
    states: { mine: continuedStates(mine, stored, false), theirs: theirs.states },
    text: briefingText,
  });
}

const sameText = (a: Briefing, b: Briefing) =>
  a.title === b.title && JSON.stringify(a.content) === JSON.stringify(b.content);

/**
 * Writes a resolved merge in one transaction: a version "Before merging “file”" of every briefing whose
 * text it changes, the merged records in place of mine, the merged states, the office templates their
 * package brought that are not here yet, and their copy kept as the state both now share. The Undo puts
 * the dossier, its versions, its states and the office templates back as they were.
 */
export async function storeMergedDossier(
  writer: StoreWriter,
  result: MergeResult,
  theirs: TheirCopy,
): Promise<{ document: DossierDocument; undo: UndoToken }> {
  const { db } = writer;
  const dossierId = result.merged.dossier.id;
  const stored = await writer.write(
    ALL_STORE_TABLES,
    async () => {
      const before = await readDossierDocument(db, dossierId);
      // The merge was worked out on the dossier as it was then; an edit since would be silently lost.
      if (before.dossier.updatedAt !== result.mine.dossier.updatedAt) {
        throw new StoreError(
          'CHANGED_MEANWHILE',
          `“${before.dossier.title}” was edited while the merge was prepared. Import “${theirs.fileName}” again to merge it with the dossier as it is now.`,
        );
      }
      const statesBefore = await briefingStatesOf(db, dossierId);
      const kept = result.merged.briefings.flatMap((briefing) => {
        const was = before.briefings.find((candidate) => candidate.id === briefing.id);
        return was && !sameText(was, briefing)
          ? [briefingVersionOf(was, translate('sharing:versionBeforeMerge', { file: theirs.fileName }))]
          : [];
      });
      const { document } = await putDossierDocument(
        db,
        result.merged,
        theirs.attachments,
        true,
        result.states,
      );
      await db.briefingVersions.bulkAdd(kept);
      const addedTemplates = await addOfficeTemplates(db, theirs.officeTemplates ?? []);
      await putSharedBase(db, theirs.document, dossierId);
      return {
        before,
        statesBefore,
        addedTemplates,
        document: { ...document, briefingVersions: [...document.briefingVersions, ...kept] },
      };
    },
    ({ document }) => ({ kind: 'dossier', op: 'import', document, replaced: true }),
  );
  const { before, statesBefore, addedTemplates } = stored;
  return {
    document: stored.document,
    undo: {
      label: translate('common:mergedInto', { file: theirs.fileName, title: before.dossier.title }),
      undo: async () => {
        await writer.write(
          ALL_STORE_TABLES,
          async () => {
            const { document } = await putDossierDocument(db, before, new Map(), true, statesBefore);
            await db.officeTemplates.bulkDelete(addedTemplates.map((template) => template.id));
            return document;
          },
          (document) => ({ kind: 'dossier', op: 'import', document, replaced: true }),
        );
      },
    },
  };
}
