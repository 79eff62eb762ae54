// mergeDossiers: the three-way merge of two copies of one dossier against the state they last shared.
// Records merge one by one and field by field; briefing text merges through an injected CRDT (its Yjs
// state); what both sides changed differently becomes a conflict for the user, never a silent choice.

import {
  type Attachment,
  type Briefing,
  type BriefingVersion,
  compareMarkings,
  type DossierDocument,
  forEachNode,
  type Lineage,
  MAX_SUMMARY_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  type Marking,
  newId,
  type RichTextDoc,
} from '../model';
import {
  type AnyRecord,
  BOOKKEEPING_FIELDS,
  contentFields,
  DOSSIER_BOOKKEEPING_FIELDS,
  diffDossiers,
  fieldsThatDiffer,
  fieldValue,
  RECORD_KINDS,
  type RecordKind,
  recordLabel,
  sameValue,
} from './dossier-diff';
import { ancestryOf, assertSameLineage, lineageIdOf } from './lineage';
import { SharingError } from './sharing-error';

/** Yjs update bytes holding one briefing's text (shared/sharing/briefing-state.ts). */
export type BriefingState = Uint8Array;
/** Briefing states by briefing id. */
export type BriefingStates = ReadonlyMap<string, BriefingState>;

/**
 * The briefing-text CRDT, handed in so the merge does not depend on one implementation; its members are
 * named as briefing-state.ts exports them, so that module itself can be passed (`import * as`).
 */
export interface BriefingText {
  createBriefingState(content: RichTextDoc): BriefingState;
  updateBriefingState(state: BriefingState, content: RichTextDoc): BriefingState;
  briefingContentOf(state: BriefingState): RichTextDoc;
  mergeBriefingStates(mine: BriefingState, theirs: BriefingState): BriefingState;
  briefingStateMatches(state: BriefingState, content: RichTextDoc): boolean;
}

export type ConflictKind = RecordKind | 'dossier';

/** One field both sides changed, each in its own way. `mine` is what the merge holds until resolved. */
export interface MergeConflict {
  /** `<kind>/<record id>/<field>`: the key of the choice in resolveConflicts. */
  id: string;
  kind: ConflictKind;
  recordId: string;
  /** The record's title (or an entity's name), in my copy. */
  label: string;
  field: string;
  /** False in a first exchange: there is no common ancestor to show. */
  hasBase: boolean;
  base?: unknown;
  mine: unknown;
  theirs: unknown;
}

/** A record kept although one side deleted it, so the user can delete it again if that was meant. */
export interface MergeFlag {
  kind: RecordKind;
  recordId: string;
  label: string;
  reason: 'deleted-by-mine-edited-by-theirs' | 'deleted-by-theirs-edited-by-mine' | 'deleted-but-cited';
}

export interface MergeCounts {
  added: number;
  changed: number;
  removed: number;
}

export interface MergeReport extends MergeCounts {
  /** No common ancestor (a package of format 1, or copies never exchanged): differing records conflict. */
  firstExchange: boolean;
  /** What the merge changes in my copy, by record kind. */
  byKind: Record<RecordKind, MergeCounts>;
  /** Conflicts still waiting for a choice. */
  conflicts: number;
  flagged: MergeFlag[];
  /** Briefings whose text was merged as text, through their CRDT states. */
  textMerged: number;
}

export interface MergeResult {
  merged: DossierDocument;
  /** The merged briefings' states: each one's CRDT state, for those that have one. */
  states: Map<string, BriefingState>;
  report: MergeReport;
  conflicts: MergeConflict[];
  /** Kept for resolveConflicts; compare against my copy as it was. */
  readonly mine: DossierDocument;
  readonly text?: BriefingText;
  readonly firstExchange: boolean;
}

export interface MergeInput {
  /** The state both copies last shared; absent in a first exchange. */
  base?: DossierDocument;
  mine: DossierDocument;
  theirs: DossierDocument;
  /** Each side's briefing states; a briefing without one merges its content as a field. */
  states?: { mine?: BriefingStates; theirs?: BriefingStates };
  text?: BriefingText;
  /** The merged copy's new revision; a fresh id by default. */
  revision?: string;
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** What a record looks like in its own collection, for the generic code below. */
type Records = AnyRecord[];

const records = (document: DossierDocument, kind: RecordKind) => document[kind] as unknown as Records;

function setField(record: Record<string, unknown>, field: string, value: unknown): void {
  if (field === 'status' && typeof value === 'object' && value !== null) {
    const { status, trashedAt } = value as { status: unknown; trashedAt?: unknown };
    record.status = status;
    if (trashedAt === undefined) delete record.trashedAt;
    else record.trashedAt = trashedAt;
    return;
  }
  if (field === 'status') delete record.trashedAt;
  if (value === undefined) delete record[field];
  else record[field] = value;
}

const later = (a: unknown, b: unknown) => (typeof b === 'string' && typeof a === 'string' && b > a ? b : a);

interface MergeContext {
  conflicts: MergeConflict[];
  flagged: MergeFlag[];
  hasBase: boolean;
}

/** One record both sides hold: field by field against the base (or, in a first exchange, against nothing). */
function mergeRecord(
  kind: ConflictKind,
  base: Record<string, unknown> | undefined,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  skip: ReadonlySet<string>,
  context: MergeContext,
): AnyRecord {
  const merged: Record<string, unknown> = { ...mine };
  for (const field of contentFields([mine, theirs, base], skip)) {
    const mineValue = fieldValue(mine, field);
    const theirsValue = fieldValue(theirs, field);
    if (sameValue(mineValue, theirsValue)) continue;
    const baseValue = base ? fieldValue(base, field) : undefined;
    if (base && sameValue(mineValue, baseValue)) setField(merged, field, theirsValue);
    else if (base && sameValue(theirsValue, baseValue)) continue;
    else {
      context.conflicts.push({
        id: `${kind}/${String(mine.id)}/${field}`,
        kind,
        recordId: String(mine.id),
        label: recordLabel(mine),
        field,
        hasBase: base !== undefined,
        ...(base ? { base: baseValue } : {}),
        mine: mineValue,
        theirs: theirsValue,
      });
    }
  }
  merged.updatedAt = later(mine.updatedAt, theirs.updatedAt);
  return merged as AnyRecord;
}

/** One kind of record: which records the merged copy holds, each merged. */
function mergeKind(
  kind: RecordKind,
  base: Records,
  mine: Records,
  theirs: Records,
  dossierId: string,
  skipFor: (id: string) => ReadonlySet<string>,
  context: MergeContext,
): Records {
  const inBase = new Map(base.map((record) => [record.id, record]));
  const inMine = new Map(mine.map((record) => [record.id, record]));
  const inTheirs = new Map(theirs.map((record) => [record.id, record]));
  const untouched = (before: AnyRecord, after: AnyRecord) =>
    fieldsThatDiffer(before, after, BOOKKEEPING_FIELDS).length === 0;
  const merged: Records = [];
  for (const record of mine) {
    const theirsRecord = inTheirs.get(record.id);
    const baseRecord = inBase.get(record.id);
    if (theirsRecord) {
      merged.push(mergeRecord(kind, baseRecord, record, theirsRecord, skipFor(record.id), context));
    } else if (!baseRecord) {
      merged.push(record);
    } else if (!untouched(baseRecord, record)) {
      merged.push(record);
      context.flagged.push({
        kind,
        recordId: record.id,
        label: recordLabel(record),
        reason: 'deleted-by-theirs-edited-by-mine',
      });
    }
  }
  for (const record of theirs) {
    if (inMine.has(record.id)) continue;
    const baseRecord = inBase.get(record.id);
    if (!baseRecord) {
      merged.push({ ...record, dossierId });
    } else if (!untouched(baseRecord, record)) {
      merged.push({ ...record, dossierId });
      context.flagged.push({
        kind,
        recordId: record.id,
        label: recordLabel(record),
        reason: 'deleted-by-mine-edited-by-theirs',
      });
    }
  }
  return merged;
}

/** Immutable records (saved versions, attachments): present unless one side deleted what the base had. */
function mergePresence<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): T[] {
  const inBase = new Set(base.map((item) => item.id));
  const inMine = new Set(mine.map((item) => item.id));
  const inTheirs = new Set(theirs.map((item) => item.id));
  return [
    ...mine.filter((item) => inTheirs.has(item.id) || !inBase.has(item.id)),
    ...theirs.filter((item) => !inMine.has(item.id) && !inBase.has(item.id)),
  ];
}

function richTextsOf(document: DossierDocument): RichTextDoc[] {
  return [
    ...document.sources.map((source) => source.body),
    ...document.briefings.map((briefing) => briefing.content),
    ...document.briefingVersions.map((version) => version.content),
  ];
}

/**
 * References stay consistent: a source still cited is kept (flagged), links to deleted records are
 * dropped from id lists, saved versions of deleted briefings go with them, and every attachment a
 * record uses is carried.
 */
function repairReferences(
  document: DossierDocument,
  pool: readonly DossierDocument[],
  flagged: MergeFlag[],
): DossierDocument {
  const briefingIds = new Set(document.briefings.map((briefing) => briefing.id));
  const briefingVersions = document.briefingVersions.filter((version) => briefingIds.has(version.briefingId));
  const sourceIds = new Set(document.sources.map((source) => source.id));
  const sources = [...document.sources];
  const cited = new Set<string>();
  const attachmentsUsed = new Set<string>();
  const collect = (doc: RichTextDoc) =>
    forEachNode(doc, (node) => {
      if (node.type === 'citation') cited.add(node.attrs.sourceId);
      if (node.type === 'image') attachmentsUsed.add(node.attrs.attachmentId);
    });
  for (const doc of richTextsOf({ ...document, briefingVersions })) collect(doc);
  for (const id of cited) {
    if (sourceIds.has(id)) continue;
    const restored = pool.flatMap((side) => side.sources).find((source) => source.id === id);
    if (!restored) continue;
    sources.push({ ...restored, dossierId: document.dossier.id });
    sourceIds.add(id);
    collect(restored.body);
    flagged.push({ kind: 'sources', recordId: id, label: restored.title, reason: 'deleted-but-cited' });
  }
  for (const source of sources) for (const id of source.attachmentIds) attachmentsUsed.add(id);
  const entityIds = new Set(document.entities.map((entity) => entity.id));
  const entities = document.entities.map((entity) => {
    const kept = entity.sourceIds.filter((id) => sourceIds.has(id));
    return kept.length === entity.sourceIds.length ? entity : { ...entity, sourceIds: kept };
  });
  const timeline = document.timeline.map((event) => {
    const keptSources = event.sourceIds.filter((id) => sourceIds.has(id));
    const keptEntities = event.entityIds.filter((id) => entityIds.has(id));
    return keptSources.length === event.sourceIds.length && keptEntities.length === event.entityIds.length
      ? event
      : { ...event, sourceIds: keptSources, entityIds: keptEntities };
  });
  const attachments = [...document.attachments];
  const carried = new Set(attachments.map((attachment) => attachment.id));
  for (const id of attachmentsUsed) {
    if (carried.has(id)) continue;
    const found = pool.flatMap((side) => side.attachments).find((attachment) => attachment.id === id);
    if (found) {
      attachments.push(found);
      carried.add(id);
    }
  }
  return { ...document, sources, entities, timeline, briefingVersions, attachments };
}

function lineageAfterMerge(mine: DossierDocument, theirs: DossierDocument, revision: string): Lineage {
  const history: string[] = [];
  for (const id of [...ancestryOf(mine.dossier.lineage), ...ancestryOf(theirs.dossier.lineage)]) {
    if (id !== revision && !history.includes(id)) history.push(id);
  }
  return { id: lineageIdOf(mine), revision, history: history.slice(-64) };
}

function reportOf(
  mine: DossierDocument,
  merged: DossierDocument,
  conflicts: readonly MergeConflict[],
  flagged: MergeFlag[],
  firstExchange: boolean,
  textMerged: number,
): MergeReport {
  const diff = diffDossiers(mine, merged);
  const byKind = Object.fromEntries(
    RECORD_KINDS.map((kind) => [
      kind,
      {
        added: diff[kind].added.length,
        changed: diff[kind].changed.length,
        removed: diff[kind].removed.length,
      },
    ]),
  ) as Record<RecordKind, MergeCounts>;
  const sum = (key: keyof MergeCounts) => RECORD_KINDS.reduce((total, kind) => total + byKind[kind][key], 0);
  return {
    firstExchange,
    added: sum('added'),
    changed: sum('changed') + (diff.dossier.length > 0 ? 1 : 0),
    removed: sum('removed'),
    byKind,
    conflicts: conflicts.length,
    flagged,
    textMerged,
  };
}

/**
 * Merges their copy into mine. Both must be of one lineage (LINEAGE_MISMATCH otherwise); `base` is
 * their common ancestor (see findCommonBase). The merged copy keeps my dossier's id and descends from both.
 */
export function mergeDossiers(input: MergeInput): MergeResult {
  const { mine, theirs, text } = input;
  assertSameLineage(mine, theirs);
  if (input.base) assertSameLineage(mine, input.base);
  const base = input.base;
  const context: MergeContext = { conflicts: [], flagged: [], hasBase: base !== undefined };
  const dossierId = mine.dossier.id;
  const mineStates = input.states?.mine ?? new Map<string, BriefingState>();
  const theirsStates = input.states?.theirs ?? new Map<string, BriefingState>();
  // Briefing text merges as text where both sides carry a state of one history; otherwise as a field.
  const textStates = new Map<string, BriefingState>();
  for (const [id, mineState] of mineStates) {
    const theirsState = theirsStates.get(id);
    if (!text || !theirsState) continue;
    try {
      textStates.set(id, text.mergeBriefingStates(mineState, theirsState));
    } catch (error) {
      if (!(error instanceof SharingError && error.code === 'BRIEFING_STATES_UNRELATED')) throw error;
    }
  }
  const textMergeable = (id: string) => textStates.has(id);
  const skipContent = new Set([...BOOKKEEPING_FIELDS, 'content']);

  const dossier = mergeRecord(
    'dossier',
    base?.dossier,
    mine.dossier,
    theirs.dossier,
    DOSSIER_BOOKKEEPING_FIELDS,
    context,
  ) as unknown as DossierDocument['dossier'];
  dossier.lineage = lineageAfterMerge(mine, theirs, input.revision ?? newId());

  const merged = { ...mine, dossier } as DossierDocument;
  for (const kind of RECORD_KINDS) {
    const skipFor = (id: string) =>
      kind === 'briefings' && textMergeable(id) ? skipContent : BOOKKEEPING_FIELDS;
    (merged[kind] as unknown as Records) = mergeKind(
      kind,
      base ? records(base, kind) : [],
      records(mine, kind),
      records(theirs, kind),
      dossierId,
      skipFor,
      context,
    );
  }
  merged.briefingVersions = mergePresence<BriefingVersion>(
    base?.briefingVersions ?? [],
    mine.briefingVersions,
    theirs.briefingVersions,
  );
  merged.attachments = mergePresence<Attachment>(
    base?.attachments ?? [],
    mine.attachments,
    theirs.attachments,
  );

  // Briefing text: CRDT states merge as text; a briefing with a state on one side only continues it.
  const states = new Map<string, BriefingState>();
  let textMerged = 0;
  merged.briefings = merged.briefings.map((briefing: Briefing) => {
    const mergedState = textStates.get(briefing.id);
    if (text && mergedState) {
      const state = mergedState;
      states.set(briefing.id, state);
      textMerged++;
      return { ...briefing, content: text.briefingContentOf(state) };
    }
    const state = mineStates.get(briefing.id) ?? theirsStates.get(briefing.id);
    if (state) states.set(briefing.id, text ? text.updateBriefingState(state, briefing.content) : state);
    return briefing;
  });

  const repaired = repairReferences(merged, [mine, theirs], context.flagged);
  return {
    merged: repaired,
    states,
    conflicts: context.conflicts,
    report: reportOf(mine, repaired, context.conflicts, context.flagged, base === undefined, textMerged),
    mine,
    text,
    firstExchange: base === undefined,
  };
}

/** "Keep both" for one of the dossier's own fields, which has no second record to hold the other value. */
function bothValues(field: string, mine: unknown, theirs: unknown): unknown {
  if (typeof mine === 'string' && typeof theirs === 'string') {
    return field === 'title'
      ? `${mine} / ${theirs}`.slice(0, MAX_TITLE_LENGTH)
      : `${mine}\n\n${theirs}`.slice(0, MAX_SUMMARY_LENGTH);
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    return [...mine, ...theirs.filter((value) => !mine.some((kept) => sameValue(kept, value)))].slice(
      0,
      MAX_TAGS,
    );
  }
  // One marking only: the more restrictive one protects what either side marked; the status stays mine.
  if (field === 'marking')
    return (compareMarkings(theirs as Marking, mine as Marking) ?? 0) > 0 ? theirs : mine;
  return mine;
}

const THEIR_COPY = ' (their version)';

/**
 * Applies the user's choice for each conflict, by conflict id: 'mine' keeps my value, 'theirs' takes
 * theirs, 'both' keeps both (a second record with a new id and "(their version)" after its title; for the
 * dossier's own fields, both texts, both lists, the more restrictive marking). Conflicts without a choice
 * stay in the result's conflicts. Throws UNKNOWN_CONFLICT for a choice that names no conflict.
 */
export function resolveConflicts(
  result: MergeResult,
  choices: Readonly<Record<string, ConflictChoice>>,
): MergeResult {
  const byId = new Map(result.conflicts.map((conflict) => [conflict.id, conflict]));
  for (const id of Object.keys(choices)) {
    if (!byId.has(id)) {
      throw new SharingError(
        'UNKNOWN_CONFLICT',
        `The merge has no conflict "${id}". Merge the copies again and choose among the conflicts it shows.`,
      );
    }
  }
  // Only the records a choice changes are copied; the rest stay shared with the merge's result.
  const document: DossierDocument = {
    ...result.merged,
    dossier: { ...result.merged.dossier },
    sources: [...result.merged.sources],
    entities: [...result.merged.entities],
    timeline: [...result.merged.timeline],
    briefings: [...result.merged.briefings],
  };
  const editable = (kind: RecordKind, id: string): AnyRecord | undefined => {
    const list = records(document, kind);
    const at = list.findIndex((candidate) => candidate.id === id);
    if (at < 0) return undefined;
    const copy = { ...(list[at] as AnyRecord) };
    list[at] = copy;
    return copy;
  };
  const states = new Map(result.states);
  const open: MergeConflict[] = [];
  const copies = new Map<string, { kind: RecordKind; fields: MergeConflict[] }>();
  const touchedBriefings = new Set<string>();
  for (const conflict of result.conflicts) {
    const choice = choices[conflict.id];
    if (!choice) {
      open.push(conflict);
      continue;
    }
    if (choice === 'mine') continue;
    const record =
      conflict.kind === 'dossier'
        ? (document.dossier as unknown as Record<string, unknown>)
        : editable(conflict.kind, conflict.recordId);
    if (!record) continue;
    if (choice === 'theirs') {
      setField(record, conflict.field, conflict.theirs);
      if (conflict.kind === 'briefings') touchedBriefings.add(conflict.recordId);
    } else if (conflict.kind === 'dossier') {
      setField(record, conflict.field, bothValues(conflict.field, conflict.mine, conflict.theirs));
    } else {
      const key = `${conflict.kind}/${conflict.recordId}`;
      const copy = copies.get(key) ?? { kind: conflict.kind, fields: [] };
      copy.fields.push(conflict);
      copies.set(key, copy);
    }
  }
  for (const { kind, fields } of copies.values()) {
    const list = records(document, kind);
    const at = list.findIndex((candidate) => candidate.id === fields[0]?.recordId);
    const original = list[at] as AnyRecord;
    const copy: Record<string, unknown> = { ...structuredClone(original), id: newId() };
    for (const conflict of fields) setField(copy, conflict.field, structuredClone(conflict.theirs));
    const labelField = kind === 'entities' ? 'name' : 'title';
    const label = String(copy[labelField]);
    const suffixed = label.endsWith(THEIR_COPY) ? label : `${label}${THEIR_COPY}`;
    copy[labelField] =
      suffixed.length <= MAX_TITLE_LENGTH
        ? suffixed
        : `${label.slice(0, MAX_TITLE_LENGTH - THEIR_COPY.length)}${THEIR_COPY}`;
    list.splice(at + 1, 0, copy as AnyRecord);
  }
  // A briefing whose content the user chose continues its own state; a copy gets its state when packed.
  for (const id of touchedBriefings) {
    const state = states.get(id);
    const briefing = document.briefings.find((candidate) => candidate.id === id);
    if (state && briefing && result.text)
      states.set(id, result.text.updateBriefingState(state, briefing.content));
  }
  const flagged = [...result.report.flagged];
  const repaired = repairReferences(document, [result.mine, result.merged], flagged);
  return {
    ...result,
    merged: repaired,
    states,
    conflicts: open,
    report: reportOf(result.mine, repaired, open, flagged, result.firstExchange, result.report.textMerged),
  };
}

/** Every conflict resolved the same way, e.g. `keepBothEverywhere` for the CLI. */
export function choicesForAll(result: MergeResult, choice: ConflictChoice): Record<string, ConflictChoice> {
  return Object.fromEntries(result.conflicts.map((conflict) => [conflict.id, choice]));
}
