// A dossier's briefings and their named versions: creating one from a template, editing and deleting it
// (with its versions, which Undo brings back), saving a version and putting one back.

import {
  type Briefing,
  type BriefingVersion,
  briefingContentFromTemplate,
  briefingSchema,
  briefingVersionSchema,
  DEFAULT_MARKING,
  type Marking,
  newId,
  nowTimestamp,
  type Template,
} from '../../shared/model';
import type { DossierDatabase } from './database';
import { getDossier } from './dossiers';
import { StoreError } from './store-error';
import { type StoreWriter, type UndoToken, validated } from './store-writer';

export type BriefingPatch = Partial<
  Pick<Briefing, 'title' | 'marking' | 'status' | 'content' | 'templateId'>
>;

const briefingPut = (briefing: Briefing, versions: readonly BriefingVersion[] = []) =>
  ({ kind: 'briefing', op: 'put', briefing, versions }) as const;

export async function createBriefing(
  writer: StoreWriter,
  dossierId: string,
  template: Template,
  title?: string,
  marking?: Marking,
): Promise<Briefing> {
  const at = nowTimestamp();
  const dossier = await getDossier(writer.db, dossierId);
  const briefing = validated(
    briefingSchema,
    {
      id: newId(),
      dossierId,
      title: title?.trim() || template.name,
      templateId: template.id,
      marking: marking ?? dossier?.marking ?? DEFAULT_MARKING,
      status: 'draft',
      content: briefingContentFromTemplate(template),
      createdAt: at,
      updatedAt: at,
    },
    'briefing',
  );
  await writer.write(
    ['dossiers', 'briefings'],
    async () => {
      await writer.touchDossier(dossierId, at);
      await writer.db.briefings.add(briefing);
    },
    () => briefingPut(briefing),
  );
  return briefing;
}

/** Applies `patch` to the stored briefing; call inside a write over `dossiers` and `briefings`. */
async function patchBriefing(writer: StoreWriter, id: string, patch: BriefingPatch): Promise<Briefing> {
  const current = await writer.db.briefings.get(id);
  if (!current) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
  const next = validated(briefingSchema, { ...current, ...patch, updatedAt: nowTimestamp() }, 'briefing');
  await writer.touchDossier(next.dossierId, next.updatedAt);
  await writer.db.briefings.put(next);
  return next;
}

export function updateBriefing(writer: StoreWriter, id: string, patch: BriefingPatch): Promise<Briefing> {
  return writer.write(
    ['dossiers', 'briefings'],
    () => patchBriefing(writer, id, patch),
    (briefing) => briefingPut(briefing),
  );
}

export async function deleteBriefing(writer: StoreWriter, id: string): Promise<UndoToken> {
  const { db } = writer;
  const { briefing, versions } = await writer.write(
    ['dossiers', 'briefings', 'briefingVersions'],
    async () => {
      const current = await db.briefings.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
      const kept = await db.briefingVersions.where('briefingId').equals(id).toArray();
      await db.briefingVersions.where('briefingId').equals(id).delete();
      await db.briefings.delete(id);
      await writer.touchDossier(current.dossierId, nowTimestamp());
      return { briefing: current, versions: kept };
    },
    (deleted) => ({ kind: 'briefing', op: 'delete', ...deleted }),
  );
  return {
    label: `Briefing “${briefing.title}” deleted`,
    undo: async () => {
      await writer.write(
        ['dossiers', 'briefings', 'briefingVersions'],
        async () => {
          await db.briefings.put(briefing);
          await db.briefingVersions.bulkPut(versions);
          await writer.touchDossier(briefing.dossierId, nowTimestamp());
        },
        () => briefingPut(briefing, versions),
      );
    },
  };
}

/** Keeps the briefing's current text as a named version; call inside a write over `briefingVersions`. */
async function keepAsVersion(
  db: DossierDatabase,
  briefingId: string,
  name: string,
): Promise<BriefingVersion> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
  const version = validated(
    briefingVersionSchema,
    {
      id: newId(),
      briefingId,
      name: name.trim() || `Version of ${new Date().toLocaleString()}`,
      createdAt: nowTimestamp(),
      title: briefing.title,
      marking: briefing.marking,
      content: briefing.content,
    },
    'version',
  );
  await db.briefingVersions.add(version);
  return version;
}

export function saveBriefingVersion(
  writer: StoreWriter,
  briefingId: string,
  name: string,
): Promise<BriefingVersion> {
  return writer.write(
    ['briefings', 'briefingVersions'],
    () => keepAsVersion(writer.db, briefingId, name),
    (version) => ({ kind: 'version', op: 'put', version }),
  );
}

export async function listBriefingVersions(
  db: DossierDatabase,
  briefingId: string,
): Promise<BriefingVersion[]> {
  return (
    await db.briefingVersions
      .where('[briefingId+createdAt]')
      .between([briefingId, ''], [briefingId, '\uffff'])
      .toArray()
  ).reverse();
}

/**
 * Puts a saved version back as the current text, first keeping the current text as a version too; both in
 * one transaction, so a failure leaves neither.
 */
export async function restoreBriefingVersion(writer: StoreWriter, versionId: string): Promise<Briefing> {
  const { db } = writer;
  const { briefing } = await writer.write(
    ['dossiers', 'briefings', 'briefingVersions'],
    async () => {
      const version = await db.briefingVersions.get(versionId);
      if (!version) throw new StoreError('NOT_FOUND', 'This version no longer exists.');
      const kept = await keepAsVersion(db, version.briefingId, `Before restoring “${version.name}”`);
      const restored = await patchBriefing(writer, version.briefingId, {
        title: version.title,
        marking: version.marking,
        content: version.content,
      });
      return { briefing: restored, kept };
    },
    ({ briefing: restored, kept }) => briefingPut(restored, [kept]),
  );
  return briefing;
}
