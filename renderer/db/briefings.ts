// A dossier's briefings and their named versions: creating one from a template, editing and deleting it
// (with its versions, which Undo brings back), saving a version and putting one back.

import type { Language } from '../../shared/i18n/languages';
import {
  type Briefing,
  type BriefingVersion,
  briefingContentFromTemplate,
  briefingSchema,
  briefingVersionSchema,
  DEFAULT_MARKING,
  localizeTemplate,
  type Marking,
  newId,
  nowTimestamp,
  type Template,
} from '../../shared/model';
import { translate } from '../i18n';
import { formatWhen } from '../i18n/format';
import type { DossierDatabase } from './database';
import { getDossier } from './dossiers';
import { StoreError } from './store-error';
import { type RecordCheck, type StoreWriter, type UndoToken, validated } from './store-writer';

export type BriefingPatch = Partial<
  Pick<Briefing, 'title' | 'marking' | 'status' | 'content' | 'templateId' | 'language'>
>;

const briefingPut = (briefing: Briefing, versions: readonly BriefingVersion[] = []) =>
  ({ kind: 'briefing', op: 'put', briefing, versions }) as const;
const BRIEFING: RecordCheck<Briefing> = {
  schema: briefingSchema,
  what: 'briefing',
  missing: 'This briefing no longer exists.',
};

export async function createBriefing(
  writer: StoreWriter,
  dossierId: string,
  template: Template,
  title?: string,
  marking?: Marking,
  language: Language = template.language,
): Promise<Briefing> {
  const at = nowTimestamp();
  const dossier = await getDossier(writer.db, dossierId);
  // Its sections and default title in its language: a German briefing note starts with Anlass, Hintergrund…
  const localized = localizeTemplate(template, language);
  const briefing = validated(
    briefingSchema,
    {
      id: newId(),
      dossierId,
      title: title?.trim() || localized.name,
      templateId: template.id,
      marking: marking ?? dossier?.marking ?? DEFAULT_MARKING,
      language,
      status: 'draft',
      content: briefingContentFromTemplate(localized),
      createdAt: at,
      updatedAt: at,
    },
    'briefing',
  );
  return writer.addToDossier('briefings', briefing, briefingPut(briefing));
}

export function updateBriefing(writer: StoreWriter, id: string, patch: BriefingPatch): Promise<Briefing> {
  return writer.updateInDossier('briefings', id, patch, BRIEFING, (briefing) => briefingPut(briefing));
}

export async function deleteBriefing(writer: StoreWriter, id: string): Promise<UndoToken> {
  const { db } = writer;
  const { briefing, versions } = await writer.write(
    ['dossiers', 'briefings', 'briefingVersions'],
    async () => {
      const current = await db.briefings.get(id);
      if (!current) throw new StoreError('NOT_FOUND', BRIEFING.missing);
      const kept = await db.briefingVersions.where('briefingId').equals(id).toArray();
      await db.briefingVersions.where('briefingId').equals(id).delete();
      await db.briefings.delete(id);
      await writer.touchDossier(current.dossierId, nowTimestamp());
      return { briefing: current, versions: kept };
    },
    (deleted) => ({ kind: 'briefing', op: 'delete', ...deleted }),
  );
  return {
    label: translate('common:briefingDeleted', { title: briefing.title }),
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
  if (!briefing) throw new StoreError('NOT_FOUND', BRIEFING.missing);
  const version = briefingVersionOf(briefing, name);
  await db.briefingVersions.add(version);
  return version;
}

/** A new named version holding the briefing's text, title and marking as they are. */
export function briefingVersionOf(briefing: Briefing, name: string): BriefingVersion {
  return validated(
    briefingVersionSchema,
    {
      id: newId(),
      briefingId: briefing.id,
      name: name.trim() || translate('common:versionOf', { when: formatWhen(Date.now()) }),
      createdAt: nowTimestamp(),
      title: briefing.title,
      marking: briefing.marking,
      content: briefing.content,
    },
    'version',
  );
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
      const kept = await keepAsVersion(
        db,
        version.briefingId,
        translate('briefing:versionBeforeRestore', { name: version.name }),
      );
      const restored = await writer.patchDossierRecord(
        'briefings',
        version.briefingId,
        {
          title: version.title,
          marking: version.marking,
          content: version.content,
        },
        BRIEFING,
      );
      return { briefing: restored, kept };
    },
    ({ briefing: restored, kept }) => briefingPut(restored, [kept]),
  );
  return briefing;
}
