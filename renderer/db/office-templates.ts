// The office templates in the store: added from a .dotx/.docx only once the file has passed the reference
// reader's checks (so a refused file leaves nothing behind), kept as the cleaned template, changed and removed
// in one transaction each. Not dossier records: they are the office's, shared by every dossier.

import { Dexie } from 'dexie';
import {
  type OfficeReference,
  packOfficeReference,
  type ReferenceNotice,
  readOfficeReference,
} from '../../shared/export/reference';
import {
  newId,
  nowTimestamp,
  type OfficeTemplate,
  type OfficeTemplateInfo,
  officeTemplateSchema,
} from '../../shared/model';
import type { DossierDatabase } from './database';
import { StoreError, toStoreError } from './store-error';
import { validated } from './store-writer';

export interface AddedOfficeTemplate {
  readonly template: OfficeTemplate;
  /** What was left out of the file (macros, external links), to tell the user. */
  readonly notices: readonly ReferenceNotice[];
}

export type OfficeTemplatePatch = Partial<Pick<OfficeTemplateInfo, 'name' | 'dresses' | 'defaults'>>;

const WHAT = 'office template';
const MISSING = 'This office template no longer exists. It may have been removed in another window.';

async function inTransaction<T>(db: DossierDatabase, work: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction)
    throw new Error('An office template write was started inside another transaction.');
  try {
    return await db.transaction('rw', db.officeTemplates, work);
  } catch (error) {
    throw toStoreError(error);
  }
}

/** The template's name from its file's: "Ministry house style.dotx" → "Ministry house style". */
function nameFromFile(fileName: string): string {
  return fileName.replace(/\.(dotx|docx|dotm|docm)$/i, '').trim() || fileName;
}

/**
 * Checks the file as hostile input and stores the cleaned template. A refused file throws
 * ReferenceDocumentError before anything is written.
 */
export async function addOfficeTemplate(
  db: DossierDatabase,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<AddedOfficeTemplate> {
  const reference = await readOfficeReference(file.bytes);
  const now = nowTimestamp();
  const template = validated(
    officeTemplateSchema,
    {
      id: newId(),
      name: nameFromFile(file.name),
      fileName: file.name,
      reference: packOfficeReference(reference),
      dresses: [],
      defaults: { author: '', distribution: [] },
      addedAt: now,
      updatedAt: now,
    },
    WHAT,
  );
  await inTransaction(db, () => db.officeTemplates.add(template));
  return { template, notices: reference.notices };
}

export async function updateOfficeTemplate(
  db: DossierDatabase,
  id: string,
  patch: OfficeTemplatePatch,
): Promise<OfficeTemplate> {
  return inTransaction(db, async () => {
    const current = await db.officeTemplates.get(id);
    if (!current) throw new StoreError('NOT_FOUND', MISSING);
    const next = validated(officeTemplateSchema, { ...current, ...patch, updatedAt: nowTimestamp() }, WHAT);
    await db.officeTemplates.put(next);
    return next;
  });
}

export async function deleteOfficeTemplate(db: DossierDatabase, id: string): Promise<void> {
  await inTransaction(db, () => db.officeTemplates.delete(id));
}

/**
 * Office templates that came with a shared dossier, each checked again by the reference reader; one the
 * store already has (same id) is left as the user set it up. Returns those added.
 */
export async function storeSharedOfficeTemplates(
  db: DossierDatabase,
  templates: readonly OfficeTemplate[],
): Promise<OfficeTemplate[]> {
  // Read and cleaned again before the transaction: a refused one throws before anything is written.
  const cleaned: OfficeTemplate[] = [];
  for (const template of templates) {
    cleaned.push({
      ...template,
      reference: packOfficeReference(await readOfficeReference(template.reference)),
    });
  }
  return inTransaction(db, () => addOfficeTemplates(db, cleaned));
}

/**
 * Stores those of `templates` the store does not have yet (one here stays as the user set it up); call
 * inside a write that covers officeTemplates. Returns the records added, for an Undo.
 */
export async function addOfficeTemplates(
  db: DossierDatabase,
  templates: readonly OfficeTemplate[],
): Promise<OfficeTemplate[]> {
  const added: OfficeTemplate[] = [];
  for (const template of templates) {
    if (await db.officeTemplates.get(template.id)) continue;
    const record = validated(officeTemplateSchema, template, WHAT);
    await db.officeTemplates.add(record);
    added.push(record);
  }
  return added;
}

/** The stored template's reference document, read and checked again (it may have come in a package). */
export function officeReferenceOf(template: OfficeTemplate): Promise<OfficeReference> {
  return readOfficeReference(template.reference);
}
