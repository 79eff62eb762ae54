// Autosave for the open briefing, so that no word is ever lost. Every change goes at once, synchronously,
// into a journal in localStorage, and into the store within a second (debounced, with a maximum wait).
// An edit of the text is journalled as what changed (ProseMirror steps, one small key per edit) on top of
// the stored record, so a keystroke costs the same in a page as in 300; the whole text is written to the
// journal only when the store cannot serve as its base (a full disk, a recovered draft). A reload or crash
// mid-typing is recovered from the journal when the briefing is opened again; a full disk keeps the text on
// screen and in the journal and retries until the store takes it. Pure apart from what is passed in (store,
// journal storage, step replay, clock via timers), so it is tested with fakes.

import { errorMessage } from '../../shared/errors';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import type { BriefingStatus, Marking, RichTextDoc } from '../../shared/model';
import { isQuotaError, StoreError } from '../db/store-error';

/** What the user edits, and what one save writes. */
export interface BriefingDraft {
  title: string;
  /** Editor JSON in the draft; the canonical rich text once it has passed `canonicalize`. */
  content: RichTextDoc;
  marking: Marking;
  status: BriefingStatus;
  /** Absent for a briefing from before languages, until one is chosen. */
  language?: Language;
}

/** The stored record, as far as autosave is concerned. */
export interface StoredBriefing extends BriefingDraft {
  updatedAt: string;
}

export type WriteResult =
  | { status: 'saved'; record: StoredBriefing }
  /** The stored record's `updatedAt` was not the one expected: someone else wrote it. Nothing was written. */
  | { status: 'changed-elsewhere'; record: StoredBriefing };

/** How autosave reaches the store; `renderer/briefing/briefing-autosave-store.ts` is the real one. */
export interface AutosaveStore {
  read(): Promise<StoredBriefing | undefined>;
  /** Writes the draft only if the stored record is still the one last seen (`expectedUpdatedAt`). */
  write(draft: BriefingDraft, expectedUpdatedAt: string): Promise<WriteResult>;
  /** Keeps the stored text as a named version before autosave overwrites changes made elsewhere. */
  keepStoredAsVersion(name: string): Promise<void>;
}

/** The part of `localStorage` the journal uses; `length` and `key` let an opening sweep up old edits. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** One edit of the text as the editor tells it: what changed, and the whole text only on demand. */
export interface ContentEdit {
  /** The edit as ProseMirror steps (JSON), replayed by `replayEdits` on recovery. */
  steps: readonly unknown[];
  /** The document's size (ProseMirror positions) after the edit; recovery checks it after each replay. */
  size: number;
  /** The whole text now, as editor JSON; read to save or compact, never per keystroke. */
  current(): RichTextDoc;
}

/** A journalled edit as it is stored: its own key, written once. */
export interface JournalledEdit {
  steps: readonly unknown[];
  size: number;
  /** When the edit was made (ISO). */
  at: string;
}

/** Replays journalled edits on a text; stops at the first that does not apply, saying how many did. */
export type ReplayEdits = (
  content: RichTextDoc,
  edits: readonly JournalledEdit[],
) => { content: RichTextDoc; applied: number };

/** What the journal holds for one briefing, read back as a whole draft (see `JournalHeader` for the key). */
export interface JournalEntry {
  title: string;
  content: RichTextDoc;
  marking?: Marking;
  status?: BriefingStatus;
  language?: Language;
  /** When the change was made. */
  updatedAt: string;
  /** The stored record's `updatedAt` the draft was made on top of. */
  baseUpdatedAt: string;
  /** Fingerprints of saves started but not yet known to have landed. */
  pending: string[];
}

/**
 * The journal's main key when edits are journalled as steps: the draft's small fields and what the edits
 * build on. Edit `r` of this run is under `${journalKey(id)}.${run}.${r}`. The base is the stored record
 * (as of `baseUpdatedAt`, or the pending save it came from) at `baseRevision`, or `content` when present.
 */
interface JournalHeader {
  format: 2;
  run: string;
  title: string;
  marking: Marking;
  status: BriefingStatus;
  updatedAt: string;
  baseUpdatedAt: string;
  baseRevision: number;
  pending: string[];
  /** The revision each pending save holds, index for index. */
  pendingRevisions: number[];
  /** The whole text at `baseRevision`, when the store cannot serve as the base. */
  content?: RichTextDoc;
}

export type SaveState =
  | { kind: 'opening' }
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The last save failed; it is retried at `retryAt` and on the next change. */
  | { kind: 'retrying'; reason: 'disk-full' | 'failed'; message: string; attempt: number; retryAt: number }
  /** Saving cannot succeed as things are (invalid content); the next change tries again. */
  | { kind: 'failed'; message: string }
  | { kind: 'missing' };

export type RecoveryKind = 'none' | 'already-saved' | 'applied' | 'stale' | 'unreadable';

export type OpenResult =
  | { kind: 'missing' }
  | { kind: 'ready'; draft: BriefingDraft; recovery: RecoveryKind; journalUpdatedAt?: string };

export type SaveErrorKind = 'quota' | 'missing' | 'invalid' | 'other';

export interface AutosaveTiming {
  /** Quiet time after the last change before saving. */
  debounceMs: number;
  /** Longest a change waits for its save to start, however fast the user keeps typing. */
  maxWaitMs: number;
  /** Waits before each retry after a failed save; the last one repeats. */
  retryMs: readonly number[];
  /**
   * A save that held the page longer than this (reading, checking and fingerprinting the whole text) would
   * stall typing if it came every `maxWaitMs`: the next one then waits for a pause in typing, up to
   * `slowMaxWaitMs`. The journal has every keystroke meanwhile. Until a save has been timed, a text larger
   * than `slowContentSize` (ProseMirror positions, about characters) is taken to be slow to save.
   */
  slowSaveMs: number;
  slowMaxWaitMs: number;
  slowContentSize: number;
}

export const DEFAULT_TIMING: AutosaveTiming = {
  debounceMs: 400,
  maxWaitMs: 800,
  retryMs: [2_000, 5_000, 10_000, 20_000, 30_000],
  slowSaveMs: 16,
  slowMaxWaitMs: 10_000,
  slowContentSize: 200_000,
};

export interface AutosaveOptions {
  briefingId: string;
  store: AutosaveStore;
  journal: JournalStorage | undefined;
  /** Editor JSON → the rich text the model stores; throws if it cannot be stored. */
  canonicalContent(content: unknown): RichTextDoc;
  timing?: Partial<AutosaveTiming>;
  now?: () => number;
  /** Told of every failed save, with how many have failed in a row. */
  onSaveError?(error: unknown, kind: SaveErrorKind, failuresInARow: number): void;
  /** Told when a save succeeds after failures. */
  onSaveRecovered?(): void;
  /** Replays journalled edits; without it, every edit journals the whole draft. */
  replayEdits?: ReplayEdits;
  /** The ProseMirror size of a stored text, to know whether the stored record can be the journal's base. */
  contentSize?(content: RichTextDoc): number;
}

export const JOURNAL_PREFIX = 'dossier-desk.journal.';

export function journalKey(briefingId: string): string {
  return `${JOURNAL_PREFIX}${briefingId}`;
}

// ── Fingerprints: how autosave recognises its own writes in the store ─────────────────────────────

/** JSON with object keys sorted, so the same value always gives the same text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${stableStringify(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash; good enough to tell drafts apart, not a security measure. */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Identifies a draft's saved fields: equal fingerprints, equal drafts (as far as anyone will notice). */
export function draftFingerprint(draft: BriefingDraft): string {
  const text = stableStringify({
    title: draft.title,
    content: draft.content,
    marking: draft.marking,
    status: draft.status,
    // Left out while absent (stableStringify drops it), so drafts from before languages print the same.
    language: draft.language,
  });
  return `${text.length.toString(36)}-${hash53(text).toString(36)}-${hash53(text, 7).toString(36)}`;
}

// ── The journal ───────────────────────────────────────────────────────────────────────────────────

export function readJournal(
  storage: JournalStorage | undefined,
  briefingId: string,
): JournalEntry | 'unreadable' | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(journalKey(briefingId)) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const entry = JSON.parse(raw) as Partial<JournalEntry> | null;
    if (
      !entry ||
      typeof entry.title !== 'string' ||
      typeof entry.updatedAt !== 'string' ||
      typeof entry.content !== 'object' ||
      entry.content === null
    ) {
      return 'unreadable';
    }
    return {
      title: entry.title,
      content: entry.content,
      ...(entry.marking ? { marking: entry.marking } : {}),
      ...(entry.status ? { status: entry.status } : {}),
      ...(isLanguage(entry.language) ? { language: entry.language } : {}),
      updatedAt: entry.updatedAt,
      baseUpdatedAt: typeof entry.baseUpdatedAt === 'string' ? entry.baseUpdatedAt : '',
      pending: Array.isArray(entry.pending) ? entry.pending.filter((item) => typeof item === 'string') : [],
    };
  } catch {
    return 'unreadable';
  }
}

function editKey(briefingId: string, run: string, revision: number): string {
  return `${journalKey(briefingId)}.${run}.${revision}`;
}

function readEdit(storage: JournalStorage, key: string): JournalledEdit | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const edit = JSON.parse(raw) as Partial<JournalledEdit> | null;
    if (!edit || !Array.isArray(edit.steps) || typeof edit.size !== 'number') return undefined;
    return { steps: edit.steps, size: edit.size, at: typeof edit.at === 'string' ? edit.at : '' };
  } catch {
    return undefined;
  }
}

/**
 * The journal as a whole draft: the main key as it is when it holds the whole text, or its base (the stored
 * record, or the text it holds) with the run's edits replayed in order up to the first missing one.
 * `stale` when the edits build on a stored record the store no longer holds (newer work from elsewhere).
 */
export function recoverJournal(
  storage: JournalStorage | undefined,
  briefingId: string,
  stored: StoredBriefing,
  replayEdits: ReplayEdits | undefined,
): JournalEntry | 'unreadable' | 'stale' | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(journalKey(briefingId)) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null || !storage) return undefined;
  let header: Partial<JournalHeader> | null;
  try {
    header = JSON.parse(raw) as Partial<JournalHeader> | null;
  } catch {
    return 'unreadable';
  }
  if (header?.format !== 2) return readJournal(storage, briefingId);
  if (
    typeof header.run !== 'string' ||
    typeof header.title !== 'string' ||
    typeof header.baseRevision !== 'number' ||
    typeof header.updatedAt !== 'string'
  ) {
    return 'unreadable';
  }
  const pending = Array.isArray(header.pending) ? header.pending : [];
  let base: { content: RichTextDoc; revision: number } | undefined;
  if (header.content && typeof header.content === 'object') {
    base = { content: header.content, revision: header.baseRevision };
  } else if (header.baseUpdatedAt === stored.updatedAt) {
    base = { content: stored.content, revision: header.baseRevision };
  } else {
    const landed = pending.indexOf(draftFingerprint(stored));
    const revision = header.pendingRevisions?.[landed];
    if (landed >= 0 && typeof revision === 'number') base = { content: stored.content, revision };
  }
  if (!base) return 'stale';
  const edits: JournalledEdit[] = [];
  for (let revision = base.revision + 1; ; revision += 1) {
    const edit = readEdit(storage, editKey(briefingId, header.run, revision));
    if (!edit) break;
    edits.push(edit);
  }
  let content = base.content;
  let updatedAt = header.updatedAt;
  if (edits.length > 0 && replayEdits) {
    const replayed = replayEdits(base.content, edits);
    content = replayed.content;
    const last = edits[replayed.applied - 1]?.at;
    if (last && last > updatedAt) updatedAt = last;
  }
  return {
    title: header.title,
    content,
    ...(header.marking ? { marking: header.marking } : {}),
    ...(header.status ? { status: header.status } : {}),
    updatedAt,
    baseUpdatedAt: typeof header.baseUpdatedAt === 'string' ? header.baseUpdatedAt : '',
    pending: pending.filter((item) => typeof item === 'string'),
  };
}

/** The draft a save writes: canonical content, and the stored title while the title field is blank. */
export function canonicalDraft(
  draft: BriefingDraft,
  fallbackTitle: string,
  canonicalContent: (content: unknown) => RichTextDoc,
): BriefingDraft {
  return {
    title: draft.title.trim() || fallbackTitle,
    content: canonicalContent(draft.content),
    marking: draft.marking,
    status: draft.status,
    ...(draft.language ? { language: draft.language } : {}),
  };
}

export type RecoveryDecision =
  | { kind: 'none' | 'already-saved' | 'stale' | 'unreadable' }
  | { kind: 'apply'; draft: BriefingDraft };

/**
 * Whether a journal entry found on opening holds changes the store lacks. It is applied when the store
 * still holds what the journal was based on, or one of this journal's own unconfirmed saves (a save can
 * land while the page dies before hearing so), or anything older than the journal's last change.
 * Otherwise the store holds newer work from elsewhere, which a stale journal must not overwrite.
 */
export function decideJournalRecovery(
  stored: StoredBriefing,
  journal: JournalEntry | 'unreadable' | undefined,
  canonicalContent: (content: unknown) => RichTextDoc,
): RecoveryDecision {
  if (journal === undefined) return { kind: 'none' };
  if (journal === 'unreadable') return { kind: 'unreadable' };
  const draft: BriefingDraft = {
    title: journal.title,
    content: journal.content,
    marking: journal.marking ?? stored.marking,
    status: journal.status ?? stored.status,
    ...((journal.language ?? stored.language) ? { language: journal.language ?? stored.language } : {}),
  };
  let canonical: BriefingDraft;
  try {
    canonical = canonicalDraft(draft, stored.title, canonicalContent);
  } catch {
    return { kind: 'unreadable' };
  }
  const storedPrint = draftFingerprint(stored);
  if (draftFingerprint(canonical) === storedPrint) return { kind: 'already-saved' };
  if (
    journal.baseUpdatedAt === stored.updatedAt ||
    journal.pending.includes(storedPrint) ||
    journal.updatedAt > stored.updatedAt
  ) {
    return { kind: 'apply', draft };
  }
  return { kind: 'stale' };
}

/** What kind of failure a save met, from the store's typed errors. */
export function classifySaveError(error: unknown): SaveErrorKind {
  if (error instanceof StoreError) {
    if (error.code === 'QUOTA_EXCEEDED') return 'quota';
    if (error.code === 'NOT_FOUND') return 'missing';
    if (error.code === 'INVALID_RECORD') return 'invalid';
  }
  if (isQuotaError(error)) return 'quota';
  if ((error as { name?: string })?.name === 'ModelError') return 'invalid';
  return 'other';
}

const MAX_PENDING = 8;

function draftOf(record: StoredBriefing): BriefingDraft {
  return {
    title: record.title,
    content: record.content,
    marking: record.marking,
    status: record.status,
    ...(record.language ? { language: record.language } : {}),
  };
}

/** Autosave for one briefing. Create it, `open()` it, feed it every change, `dispose()` it when leaving. */
export class BriefingAutosave {
  private readonly timing: AutosaveTiming;
  private readonly now: () => number;
  private draft: BriefingDraft | undefined;
  private saved: StoredBriefing | undefined;
  /** Counts changes; `savedRevision` is the last one known to be in the store. */
  private revision = 0;
  private savedRevision = 0;
  /** When the oldest change not yet part of any started save was made. */
  private firstUnsavedAt: number | undefined;
  private pending: string[] = [];
  private inFlight: Promise<void> | undefined;
  private saveAgain = false;
  private failures = 0;
  private lastWriteFailed = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Bumped when another text is adopted, so a save started before it does not write over it. */
  private epoch = 0;
  private currentState: SaveState = { kind: 'opening' };
  private readonly listeners = new Set<(state: SaveState) => void>();
  /** Reads the editor's whole text; set by `edit`, so the text is read only when a save needs it. */
  private contentSource: (() => RichTextDoc) | undefined;
  /** The ProseMirror size of the text at `revision`, once an edit has told it. */
  private contentSize: number | undefined;
  /** Names this instance's edit keys, so that edits of an earlier run never mix with them. */
  private readonly run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  /**
   * What journalled edits build on: the stored record at `revision`, or, when `content` is set, that text
   * (held in the journal's main key). Edits after `revision` are in `editRevisions`, in order.
   */
  private base: { revision: number; content?: RichTextDoc } = { revision: 0 };
  private editRevisions: number[] = [];
  private headerWritten = false;
  private pendingRevisions = new Map<string, number>();
  /** How long the last save held the page (its whole-text work before the store write), once timed. */
  private lastSaveBlockedMs: number | undefined;

  constructor(private readonly options: AutosaveOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.now = options.now ?? Date.now;
  }

  get state(): SaveState {
    return this.currentState;
  }

  /** True while some change is not yet known to be in the store. */
  get hasUnsavedChanges(): boolean {
    return this.revision > this.savedRevision;
  }

  /** The stored record's `updatedAt` as last seen. */
  get savedUpdatedAt(): string | undefined {
    return this.saved?.updatedAt;
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the stored briefing and applies a journal entry that holds changes the store lacks. */
  async open(): Promise<OpenResult> {
    const stored = await this.options.store.read();
    if (this.disposed) return { kind: 'missing' };
    if (!stored) {
      this.setState({ kind: 'missing' });
      return { kind: 'missing' };
    }
    this.saved = stored;
    const journal = recoverJournal(
      this.options.journal,
      this.options.briefingId,
      stored,
      this.options.replayEdits,
    );
    const decision =
      journal === 'stale'
        ? ({ kind: 'stale' } as const)
        : decideJournalRecovery(stored, journal, this.options.canonicalContent);
    const journalUpdatedAt = typeof journal === 'object' ? journal.updatedAt : undefined;
    // The edits read are folded into what opens; the keys of earlier runs go, whatever was decided.
    this.sweepEdits();
    if (decision.kind === 'apply') {
      this.draft = decision.draft;
      this.revision = 1;
      this.savedRevision = 0;
      this.pending = typeof journal === 'object' ? journal.pending.slice(-MAX_PENDING) : [];
      this.firstUnsavedAt = this.now();
      // The recovered text is in no store: the journal holds it whole, and further edits build on it.
      this.compactJournal();
      this.setState({ kind: 'pending' });
      void this.save();
      return {
        kind: 'ready',
        draft: decision.draft,
        recovery: 'applied',
        ...(journalUpdatedAt ? { journalUpdatedAt } : {}),
      };
    }
    if (decision.kind !== 'none') this.removeJournal();
    this.draft = draftOf(stored);
    this.setState({ kind: 'saved', at: stored.updatedAt });
    return {
      kind: 'ready',
      draft: this.draft,
      recovery: decision.kind,
      ...(journalUpdatedAt ? { journalUpdatedAt } : {}),
    };
  }

  /**
   * One change by the user. It is in the journal before this returns, and in the store within
   * `maxWaitMs` plus the time the write takes. `immediate` saves without waiting (a marking chosen).
   */
  change(patch: Partial<BriefingDraft>, options: { immediate?: boolean } = {}): void {
    if (!this.draft || this.disposed) return;
    if (patch.content) {
      // A whole text given: the journal holds it whole, and later edits build on it.
      this.contentSource = undefined;
      this.contentSize = undefined;
    }
    this.draft = { ...this.draft, ...patch };
    this.revision += 1;
    this.firstUnsavedAt ??= this.now();
    if (patch.content) this.compactJournal();
    else this.writeJournal();
    this.changed(options.immediate === true);
  }

  /**
   * One edit of the text, journalled as what changed before this returns; the whole text is read from
   * `edit.current()` only when a save or a compaction needs it.
   */
  edit(edit: ContentEdit): void {
    if (!this.draft || this.disposed) return;
    this.contentSource = edit.current;
    this.contentSize = edit.size;
    this.revision += 1;
    this.firstUnsavedAt ??= this.now();
    // While the store refuses the text, the journal is its only copy and holds it whole, as it always did.
    const refused = this.currentState.kind === 'retrying' || this.currentState.kind === 'failed';
    if (!this.options.replayEdits || refused) this.compactJournal();
    else this.journalEdit(this.revision, edit);
    this.changed(false);
  }

  private changed(immediate: boolean): void {
    if (this.currentState.kind !== 'retrying') this.setState({ kind: 'pending' });
    this.schedule(immediate ? 0 : this.delayBeforeSave());
  }

  /** Saves now whatever is pending and resolves when the store has it (or the attempt failed). */
  async flush(): Promise<void> {
    if (!this.draft) return;
    this.clearDebounce();
    if (this.hasUnsavedChanges) this.writeJournal();
    let attempted = false;
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.hasUnsavedChanges || (attempted && this.lastWriteFailed)) return;
      if (this.currentState.kind === 'missing') return;
      attempted = true;
      await this.save();
    }
  }

  /**
   * Takes a record written by someone else (a restored version, another window) as the current text.
   * Refused while changes of this window are unsaved, unless `force` (the user chose to replace them).
   */
  adopt(record: StoredBriefing, { force = false }: { force?: boolean } = {}): boolean {
    if (!this.draft || this.disposed) return false;
    if (!force) {
      if (this.hasUnsavedChanges || this.inFlight) return false;
      if (this.saved && record.updatedAt <= this.saved.updatedAt) return false;
    }
    this.clearDebounce();
    this.clearRetry();
    this.epoch += 1;
    this.saved = record;
    this.draft = draftOf(record);
    this.contentSource = undefined;
    this.contentSize = undefined;
    this.revision += 1;
    this.savedRevision = this.revision;
    this.firstUnsavedAt = undefined;
    this.pending = [];
    this.failures = 0;
    this.removeJournal();
    this.base = { revision: this.revision };
    this.setState({ kind: 'saved', at: record.updatedAt });
    return true;
  }

  /** Saves what is pending, then stops. The journal keeps anything the store did not take. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    try {
      await this.flush();
    } finally {
      this.disposed = true;
      this.clearDebounce();
      this.clearRetry();
      this.listeners.clear();
    }
  }

  // ── Inside ──────────────────────────────────────────────────────────────────────────────────────

  private delayBeforeSave(): number {
    const sinceFirst = this.now() - (this.firstUnsavedAt ?? this.now());
    const slow =
      this.lastSaveBlockedMs === undefined
        ? (this.contentSize ?? 0) > this.timing.slowContentSize
        : this.lastSaveBlockedMs > this.timing.slowSaveMs;
    const maxWait = slow ? this.timing.slowMaxWaitMs : this.timing.maxWaitMs;
    return Math.max(0, Math.min(this.timing.debounceMs, maxWait - sinceFirst));
  }

  private schedule(delay: number): void {
    // Replacing the timer never pushes a save past the maximum wait: `delay` already counts from the
    // oldest unsaved change.
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.save();
    }, delay);
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private save(): Promise<void> {
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
    if (!this.hasUnsavedChanges || this.disposed) return Promise.resolve();
    this.clearDebounce();
    this.clearRetry();
    const flight = this.writeOnce().finally(() => {
      this.inFlight = undefined;
      if (this.saveAgain) {
        this.saveAgain = false;
        if (this.hasUnsavedChanges && !this.lastWriteFailed && !this.disposed) void this.save();
      }
    });
    this.inFlight = flight;
    return flight;
  }

  private async writeOnce(): Promise<void> {
    const startedAt = this.now();
    const draft = this.currentDraft();
    const saved = this.saved;
    if (!draft || !saved) return;
    const revision = this.revision;
    const size = this.contentSize;
    const epoch = this.epoch;
    this.firstUnsavedAt = undefined;
    if (this.currentState.kind !== 'retrying') this.setState({ kind: 'saving' });

    let canonical: BriefingDraft;
    try {
      canonical = canonicalDraft(draft, saved.title, this.options.canonicalContent);
    } catch (error) {
      this.failed(error, 'invalid');
      return;
    }
    const print = draftFingerprint(canonical);
    this.pending = [...this.pending.filter((item) => item !== print), print].slice(-MAX_PENDING);
    this.pendingRevisions.set(print, revision);
    this.writeJournal();
    // Edits after this save replay on the stored text only if it has the editor's positions; what the
    // canonical form dropped (a pasted image without its attachment, say) would shift them.
    const reproducible = size === undefined || this.options.contentSize?.(canonical.content) === size;
    this.lastSaveBlockedMs = this.now() - startedAt;

    try {
      let result = await this.options.store.write(canonical, saved.updatedAt);
      // The user replaced the text (restored a version) while this save was on its way: leave it be.
      if (epoch !== this.epoch) return;
      if (result.status === 'changed-elsewhere' && draftFingerprint(result.record) !== print) {
        // Another window (or a restore) wrote since this one last saw the record. What is on screen is
        // what the user is working on, so it is saved; the other text is kept as a version, not lost.
        await this.options.store.keepStoredAsVersion(
          'Saved elsewhere, kept before this window saved over it',
        );
        result = await this.options.store.write(canonical, result.record.updatedAt);
        if (result.status === 'changed-elsewhere')
          throw new Error('The briefing changed again while saving.');
      }
      this.succeeded(result.record, revision, print, reproducible);
    } catch (error) {
      if (epoch !== this.epoch) return;
      this.failed(error, classifySaveError(error));
    }
  }

  private succeeded(record: StoredBriefing, revision: number, print: string, reproducible: boolean): void {
    const recovered = this.failures > 0;
    this.saved = record;
    this.savedRevision = Math.max(this.savedRevision, revision);
    this.pending = this.pending.filter((item) => item !== print);
    this.pendingRevisions.delete(print);
    this.failures = 0;
    this.lastWriteFailed = false;
    if (this.hasUnsavedChanges) {
      // Changes made while this save was in flight: the journal now builds on the record just written,
      // and the edits it holds already drop out.
      if (revision >= this.base.revision) {
        if (reproducible) {
          this.base = { revision };
          this.dropEditsUpTo(revision);
        } else {
          this.compactJournal();
        }
      }
      this.writeJournal();
      this.setState({ kind: 'pending' });
      if (!this.disposed) this.schedule(this.delayBeforeSave());
    } else {
      this.removeJournal();
      this.base = { revision: this.revision };
      this.setState({ kind: 'saved', at: record.updatedAt });
    }
    if (recovered) this.options.onSaveRecovered?.();
  }

  private failed(error: unknown, kind: SaveErrorKind): void {
    this.lastWriteFailed = true;
    this.failures += 1;
    // What the failed save carried is unsaved again; the journal still holds all of it, and now holds it
    // whole, so that it no longer depends on a stored record that may be replaced before it is taken.
    this.firstUnsavedAt ??= this.now();
    this.compactJournal();
    const message = errorMessage(error);
    this.options.onSaveError?.(error, kind, this.failures);
    if (kind === 'missing') {
      this.setState({ kind: 'missing' });
      return;
    }
    if (kind === 'invalid') {
      this.setState({ kind: 'failed', message });
      return;
    }
    const waits = this.timing.retryMs;
    const wait = waits[Math.min(this.failures - 1, waits.length - 1)] ?? 30_000;
    this.setState({
      kind: 'retrying',
      reason: kind === 'quota' ? 'disk-full' : 'failed',
      message,
      attempt: this.failures,
      retryAt: this.now() + wait,
    });
    if (this.disposed) return;
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.lastWriteFailed = false;
      void this.save();
    }, wait);
  }

  /** The draft with the editor's current text read in, if an edit came since it was last read. */
  private currentDraft(): BriefingDraft | undefined {
    if (this.draft && this.contentSource) {
      this.draft = { ...this.draft, content: this.contentSource() };
      this.contentSource = undefined;
    }
    return this.draft;
  }

  /** The journal's main key: the small fields and the base, plus the whole text when the base holds it. */
  private writeJournal(): void {
    const { journal, briefingId } = this.options;
    if (!journal || !this.draft || !this.saved || !this.hasUnsavedChanges) return;
    const common = {
      title: this.draft.title,
      marking: this.draft.marking,
      status: this.draft.status,
      ...(this.draft.language ? { language: this.draft.language } : {}),
      updatedAt: new Date(this.now()).toISOString(),
      baseUpdatedAt: this.saved.updatedAt,
      pending: this.pending,
    };
    let entry: JournalEntry | JournalHeader;
    if (!this.options.replayEdits) {
      entry = { ...common, content: this.currentDraft()?.content ?? this.draft.content };
    } else {
      entry = {
        ...common,
        format: 2 as const,
        run: this.run,
        baseRevision: this.base.revision,
        pendingRevisions: this.pending.map((print) => this.pendingRevisions.get(print) ?? -1),
        ...(this.base.content ? { content: this.base.content } : {}),
      };
    }
    try {
      journal.setItem(journalKey(briefingId), JSON.stringify(entry));
      this.headerWritten = true;
    } catch {
      // localStorage is full too: the store is then the only copy, and its save is already on its way.
    }
  }

  /** One edit under its own key: what a keystroke costs the journal, whatever the length of the text. */
  private journalEdit(revision: number, edit: ContentEdit): void {
    const { journal, briefingId } = this.options;
    if (!journal) return;
    if (!this.headerWritten) this.writeJournal();
    const stored: JournalledEdit = {
      steps: edit.steps,
      size: edit.size,
      at: new Date(this.now()).toISOString(),
    };
    try {
      journal.setItem(editKey(briefingId, this.run, revision), JSON.stringify(stored));
      this.editRevisions.push(revision);
    } catch {
      // localStorage is full too: the store is then the only copy, and its save is already on its way.
    }
  }

  /** The whole current text into the main key; the edits it covers go. */
  private compactJournal(): void {
    const draft = this.currentDraft();
    if (!draft) return;
    if (this.options.replayEdits) {
      this.base = { revision: this.revision, content: draft.content };
      this.dropEditsUpTo(this.revision);
    }
    this.writeJournal();
  }

  private dropEditsUpTo(revision: number): void {
    const { journal, briefingId } = this.options;
    while (this.editRevisions.length > 0 && (this.editRevisions[0] ?? 0) <= revision) {
      const dropped = this.editRevisions.shift() ?? 0;
      try {
        journal?.removeItem(editKey(briefingId, this.run, dropped));
      } catch {
        // A key left behind is swept up at the next opening.
      }
    }
  }

  /** Removes every journalled edit of this briefing, this run's and any left by an earlier one. */
  private sweepEdits(): void {
    const { journal, briefingId } = this.options;
    this.dropEditsUpTo(Number.POSITIVE_INFINITY);
    if (!journal?.key || journal.length === undefined) return;
    const prefix = `${journalKey(briefingId)}.`;
    try {
      const keys: string[] = [];
      for (let index = 0; index < journal.length; index += 1) {
        const key = journal.key(index);
        if (key?.startsWith(prefix)) keys.push(key);
      }
      for (const key of keys) journal.removeItem(key);
    } catch {
      // Left for the next opening.
    }
  }

  private removeJournal(): void {
    this.dropEditsUpTo(Number.POSITIVE_INFINITY);
    this.headerWritten = false;
    this.base = { revision: this.revision };
    try {
      this.options.journal?.removeItem(journalKey(this.options.briefingId));
    } catch {
      // Nothing to do: a journal left behind is recognised as already saved on the next opening.
    }
  }

  private setState(state: SaveState): void {
    // A keystroke after a keystroke changes nothing the status shows: no one is told, nothing redraws.
    if (state.kind === 'pending' && this.currentState.kind === 'pending') return;
    this.currentState = state;
    for (const listener of this.listeners) listener(state);
  }
}
