// diffDossiers: what differs between two copies of a dossier, by record kind (added, changed with the
// fields that changed, removed), and the record-kind table and value equality the merge shares with it.

import type { DossierDocument } from '../model';

/** The kinds of record that merge one by one, as DossierDocument names their collections. */
export const RECORD_KINDS = ['sources', 'entities', 'timeline', 'briefings'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A record as the merge sees it: an id and fields. */
export type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * Fields that are not the record's content: which dossier it is filed in (a copy may have another id) and
 * when it was last touched (it changes with every edit, so comparing it would make every edit a conflict).
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'dossierId', 'updatedAt']);
/** The dossier's own fields that are identity or bookkeeping, not content. */
export const DOSSIER_BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'lineage',
  'createdAt',
  'updatedAt',
  'trashedAt',
]);

/**
 * Equal as JSON: the same values whatever order object keys come in, a key holding `undefined` the same
 * as no key. Compared in place, without building strings, since the merge compares every field of
 * thousands of records (most of them the very same objects on both sides).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, at) => sameValue(item, b[at]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/**
 * A field's value as the merge compares it. A dossier's `trashedAt` travels with its `status` (it exists
 * exactly when the status is trash), so the two are one value.
 */
export function fieldValue(record: Record<string, unknown>, field: string): unknown {
  if (field === 'status' && 'trashedAt' in record)
    return { status: record.status, trashedAt: record.trashedAt };
  return record[field];
}

/** The content fields of records, in the order the first record lists them, then any others. */
export function contentFields(
  records: readonly (Record<string, unknown> | undefined)[],
  skip: ReadonlySet<string>,
): string[] {
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!record) continue;
    for (const field of Object.keys(record)) {
      if (!seen.has(field) && !skip.has(field)) fields.push(field);
      seen.add(field);
    }
  }
  return fields;
}

/** The fields whose values differ between two versions of a record. */
export function fieldsThatDiffer(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: ReadonlySet<string>,
): string[] {
  return contentFields([a, b], skip).filter(
    (field) => !sameValue(fieldValue(a, field), fieldValue(b, field)),
  );
}

/** What a user recognises a record by: its title, or an entity's name. */
export function recordLabel(record: Record<string, unknown>): string {
  const label = record.title ?? record.name;
  return typeof label === 'string' ? label : String(record.id);
}

export interface RecordRef {
  id: string;
  label: string;
}
export interface ChangedRecord extends RecordRef {
  fields: string[];
}
export interface RecordKindDiff {
  added: RecordRef[];
  changed: ChangedRecord[];
  removed: RecordRef[];
}
export interface DossierDiff {
  /** The dossier's own fields that differ (title, summary, tags, marking, status). */
  dossier: string[];
  sources: RecordKindDiff;
  entities: RecordKindDiff;
  timeline: RecordKindDiff;
  briefings: RecordKindDiff;
  /** Attachments are content-addressed: they are only ever added or removed. */
  attachments: { added: RecordRef[]; removed: RecordRef[] };
  /** True when nothing above differs. */
  identical: boolean;
}

function diffRecords(a: readonly AnyRecord[], b: readonly AnyRecord[]): RecordKindDiff {
  const inA = new Map(a.map((record) => [record.id, record]));
  const inB = new Map(b.map((record) => [record.id, record]));
  const diff: RecordKindDiff = { added: [], changed: [], removed: [] };
  for (const record of b) {
    const before = inA.get(record.id);
    if (!before) diff.added.push({ id: record.id, label: recordLabel(record) });
    else {
      const fields = fieldsThatDiffer(before, record, BOOKKEEPING_FIELDS);
      if (fields.length > 0) diff.changed.push({ id: record.id, label: recordLabel(record), fields });
    }
  }
  for (const record of a) {
    if (!inB.has(record.id)) diff.removed.push({ id: record.id, label: recordLabel(record) });
  }
  return diff;
}

/** What changes from `a` to `b`: added means in `b` only, removed in `a` only. */
export function diffDossiers(a: DossierDocument, b: DossierDocument): DossierDiff {
  const dossier = fieldsThatDiffer(a.dossier, b.dossier, DOSSIER_BOOKKEEPING_FIELDS);
  const kinds = Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, diffRecords(a[kind] as AnyRecord[], b[kind] as AnyRecord[])]),
  ) as Record<RecordKind, RecordKindDiff>;
  const aAttachments = new Set(a.attachments.map((attachment) => attachment.id));
  const bAttachments = new Set(b.attachments.map((attachment) => attachment.id));
  const attachments = {
    added: b.attachments
      .filter((attachment) => !aAttachments.has(attachment.id))
      .map((attachment) => ({ id: attachment.id, label: attachment.name })),
    removed: a.attachments
      .filter((attachment) => !bAttachments.has(attachment.id))
      .map((attachment) => ({ id: attachment.id, label: attachment.name })),
  };
  const identical =
    dossier.length === 0 &&
    attachments.added.length === 0 &&
    attachments.removed.length === 0 &&
    RECORD_KINDS.every((kind) => {
      const diff = kinds[kind];
      return diff.added.length + diff.changed.length + diff.removed.length === 0;
    });
  return { dossier, ...kinds, attachments, identical };
}
