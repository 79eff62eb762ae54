// Dossiers themselves: creating and describing them, and moving them between the shelves (active,
// archived, Trash). What they hold lives in the modules beside this one.

import {
  DEFAULT_MARKING,
  type Dossier,
  type DossierStatus,
  dossierSchema,
  newId,
  nowTimestamp,
} from '../../shared/model';
import { translate } from '../i18n';
import type { DossierDatabase, StoredDossier } from './database';
import { markingRankOf } from './schema';
import { StoreError } from './store-error';
import { type StoreWriter, type UndoToken, validated } from './store-writer';

export type DossierFields = Pick<Dossier, 'title'> & Partial<Pick<Dossier, 'summary' | 'tags' | 'marking'>>;

/** The dossier as its table keeps it: with the rank the library sorts and filters markings by. */
export function storedDossier(dossier: Dossier): StoredDossier {
  return { ...dossier, markingRank: markingRankOf(dossier.marking) };
}

function withoutRank({ markingRank: _rank, ...dossier }: StoredDossier): Dossier {
  return dossier;
}

const dossierPut = (dossier: Dossier) => ({ kind: 'dossier', op: 'put', dossier }) as const;

export async function createDossier(writer: StoreWriter, fields: DossierFields): Promise<Dossier> {
  const at = nowTimestamp();
  const dossier = validated(
    dossierSchema,
    {
      summary: '',
      tags: [],
      marking: DEFAULT_MARKING,
      ...fields,
      id: newId(),
      createdAt: at,
      updatedAt: at,
      status: 'active',
    },
    'dossier',
  );
  await writer.write(
    ['dossiers'],
    () => writer.db.dossiers.add(storedDossier(dossier)),
    () => dossierPut(dossier),
  );
  return dossier;
}

export async function getDossier(db: DossierDatabase, id: string): Promise<Dossier | undefined> {
  const record = await db.dossiers.get(id);
  return record && withoutRank(record);
}

/** Reads the dossier, changes it with `change` and puts it back checked; call inside a write. */
async function rewriteDossier(
  writer: StoreWriter,
  id: string,
  change: (current: Dossier) => unknown,
): Promise<Dossier> {
  const current = await writer.db.dossiers.get(id);
  if (!current) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
  const next = validated(dossierSchema, change(withoutRank(current)), 'dossier');
  await writer.db.dossiers.put(storedDossier(next));
  return next;
}

export function updateDossier(
  writer: StoreWriter,
  id: string,
  patch: Partial<DossierFields>,
): Promise<Dossier> {
  return writer.write(
    ['dossiers'],
    () => rewriteDossier(writer, id, (current) => ({ ...current, ...patch, updatedAt: nowTimestamp() })),
    dossierPut,
  );
}

function setStatus(writer: StoreWriter, id: string, status: DossierStatus): Promise<Dossier> {
  return writer.write(
    ['dossiers'],
    () =>
      rewriteDossier(writer, id, ({ trashedAt: _trashedAt, ...rest }) => ({
        ...rest,
        status,
        ...(status === 'trash' ? { trashedAt: nowTimestamp() } : {}),
      })),
    dossierPut,
  );
}

export function archiveDossier(writer: StoreWriter, id: string, archived: boolean): Promise<Dossier> {
  return setStatus(writer, id, archived ? 'archived' : 'active');
}

/** Moves a dossier to the Trash; the token puts it back where it was. */
export async function trashDossier(writer: StoreWriter, id: string): Promise<UndoToken> {
  const before = await getDossier(writer.db, id);
  if (!before) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
  await setStatus(writer, id, 'trash');
  return {
    label: translate('common:dossierTrashed', { title: before.title }),
    undo: async () => {
      await setStatus(writer, id, before.status);
    },
  };
}

export function restoreDossier(writer: StoreWriter, id: string): Promise<Dossier> {
  return setStatus(writer, id, 'active');
}
