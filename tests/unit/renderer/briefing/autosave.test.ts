import { EditorState } from '@tiptap/pm/state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AutosaveStore,
  BriefingAutosave,
  type BriefingDraft,
  draftFingerprint,
  type JournalEntry,
  type JournalStorage,
  journalKey,
  type StoredBriefing,
  type WriteResult,
} from '../../../../renderer/briefing/autosave';
import { StoreError } from '../../../../renderer/db/store-error';
import { canonicalBriefingDoc } from '../../../../renderer/editor/canonical-doc';
import { contentSize, replayEdits } from '../../../../renderer/editor/edit-replay';
import type { RichTextDoc } from '../../../../shared/model';
import { docOf, schema } from '../editor/editor-test-kit';

const ID = 'brf1';

function doc(...paragraphs: string[]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  };
}

function textOf(record: { content: RichTextDoc } | undefined): string {
  return JSON.stringify(record?.content ?? null);
}

/** The dossier store as autosave sees it, in memory, with a switch for a full disk and slow writes. */
class FakeStore implements AutosaveStore {
  record: StoredBriefing;
  writes: BriefingDraft[] = [];
  versions: StoredBriefing[] = [];
  diskFull = false;
  writeDelayMs = 0;

  constructor(record: Partial<StoredBriefing> = {}) {
    this.record = {
      title: 'Security cooperation',
      content: doc('Saved text.'),
      marking: { scheme: 'tlp', level: 'green' },
      status: 'draft',
      updatedAt: '2025-01-01T00:00:00.000Z',
      ...record,
    };
  }

  async read() {
    return this.record;
  }

  async write(draft: BriefingDraft, expectedUpdatedAt: string): Promise<WriteResult> {
    if (this.writeDelayMs) await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
    if (this.diskFull) {
      throw new StoreError('QUOTA_EXCEEDED', 'The disk is full, so the last change could not be saved.');
    }
    if (this.record.updatedAt !== expectedUpdatedAt)
      return { status: 'changed-elsewhere', record: this.record };
    this.writes.push(draft);
    this.record = { ...draft, updatedAt: this.nextStamp() };
    return { status: 'saved', record: this.record };
  }

  async keepStoredAsVersion(): Promise<void> {
    this.versions.push(this.record);
  }

  /** Like the store's nowTimestamp, but never equal to the previous one. */
  nextStamp(): string {
    const now = Math.max(Date.now(), Date.parse(this.record.updatedAt) + 1);
    return new Date(now).toISOString();
  }
}

class FakeLocalStorage implements JournalStorage {
  items = new Map<string, string>();
  full = false;
  /** Characters written so far, over all keys. */
  written = 0;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.written += value.length;
    this.items.set(key, value);
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  /** The journalled edits' keys. */
  editKeys(): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(`${journalKey(ID)}.`));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  journal(): JournalEntry | undefined {
    const raw = this.items.get(journalKey(ID));
    return raw ? (JSON.parse(raw) as JournalEntry) : undefined;
  }
}

let store: FakeStore;
let storage: FakeLocalStorage;
let errors: { kind: string; failures: number }[];
let recovered: number;

function autosave(): BriefingAutosave {
  return new BriefingAutosave({
    briefingId: ID,
    store,
    journal: storage,
    canonicalContent: canonicalBriefingDoc,
    onSaveError: (_error, kind, failures) => errors.push({ kind, failures }),
    onSaveRecovered: () => {
      recovered += 1;
    },
  });
}

async function opened(): Promise<BriefingAutosave> {
  const instance = autosave();
  await instance.open();
  return instance;
}

/** Lets timers and the promises they start run, `ms` of fake time. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:10.000Z') });
  store = new FakeStore();
  storage = new FakeLocalStorage();
  errors = [];
  recovered = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('saving as the user types', () => {
  it('saves a change after a short pause in typing, well within a second', async () => {
    const instance = await opened();
    instance.change({ content: doc('Saved text. More') });
    expect(instance.state.kind).toBe('pending');
    await wait(300);
    expect(store.writes).toHaveLength(0);
    await wait(150);
    expect(textOf(store.record)).toContain('More');
    expect(instance.state.kind).toBe('saved');
  });

  it('saves within the maximum wait however fast the typing goes on', async () => {
    const instance = await opened();
    let text = 'Saved text.';
    const savedAt: number[] = [];
    const started = Date.now();
    for (let key = 0; key < 30; key++) {
      text += ' w';
      instance.change({ content: doc(text) });
      const before = store.writes.length;
      await wait(100);
      if (store.writes.length > before) savedAt.push(Date.now() - started);
    }
    expect(savedAt[0]).toBeLessThanOrEqual(1000);
    // No gap between saves is longer than a second while typing goes on.
    for (let index = 1; index < savedAt.length; index++) {
      expect((savedAt[index] ?? 0) - (savedAt[index - 1] ?? 0)).toBeLessThanOrEqual(1000);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(3);
  });

  it('writes every change to the journal before change() returns', async () => {
    const instance = await opened();
    instance.change({ content: doc('Saved text. One'), title: 'New title' });
    const entry = storage.journal();
    expect(JSON.stringify(entry?.content)).toContain('One');
    expect(entry?.title).toBe('New title');
    expect(entry?.baseUpdatedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(typeof entry?.updatedAt).toBe('string');
  });

  it('clears the journal once the store has the change', async () => {
    const instance = await opened();
    instance.change({ content: doc('Saved text. Two') });
    await wait(1000);
    expect(storage.journal()).toBeUndefined();
    expect(instance.hasUnsavedChanges).toBe(false);
  });

  it('keeps changes made while a save is in flight in the journal, and saves them next', async () => {
    store.writeDelayMs = 300;
    const instance = await opened();
    instance.change({ content: doc('First') });
    await wait(450); // the first save is now in flight
    instance.change({ content: doc('First Second') });
    await wait(300); // the first save lands
    expect(textOf(store.record)).toContain('First');
    expect(textOf(store.record)).not.toContain('Second');
    expect(JSON.stringify(storage.journal()?.content)).toContain('Second');
    expect(storage.journal()?.baseUpdatedAt).toBe(store.record.updatedAt);
    await wait(1500);
    expect(textOf(store.record)).toContain('Second');
    expect(storage.journal()).toBeUndefined();
  });

  it('keeps the last title while the title field is blank', async () => {
    const instance = await opened();
    instance.change({ title: '   ', content: doc('Body goes on') });
    await wait(1000);
    expect(store.record.title).toBe('Security cooperation');
    expect(textOf(store.record)).toContain('Body goes on');
  });

  it('saves a marking at once, without waiting for a pause', async () => {
    const instance = await opened();
    instance.change({ marking: { scheme: 'tlp', level: 'amber' } }, { immediate: true });
    await wait(0);
    expect(store.record.marking).toEqual({ scheme: 'tlp', level: 'amber' });
  });

  it('saves a language chosen for the briefing at once, and keeps it in the journal until then', async () => {
    const instance = await opened();
    instance.change({ language: 'de' }, { immediate: true });
    expect(storage.journal()?.language).toBe('de');
    await wait(0);
    expect(store.record.language).toBe('de');
    expect(storage.journal()).toBeUndefined();
  });

  it('saves what is pending when flushed, without waiting for the timer', async () => {
    const instance = await opened();
    instance.change({ content: doc('Typed just before the window closed') });
    await instance.flush();
    expect(textOf(store.record)).toContain('just before the window closed');
    expect(storage.journal()).toBeUndefined();
  });

  it('goes on saving when localStorage is full too', async () => {
    storage.full = true;
    const instance = await opened();
    instance.change({ content: doc('Still saved') });
    await wait(1000);
    expect(textOf(store.record)).toContain('Still saved');
  });
});

describe('a full disk', () => {
  it('keeps the text in the journal, says so, retries with growing waits, and saves once space is free', async () => {
    const instance = await opened();
    store.diskFull = true;
    instance.change({ content: doc('Words that must not be lost') });
    await wait(500);
    expect(instance.state).toMatchObject({ kind: 'retrying', reason: 'disk-full', attempt: 1 });
    expect(errors).toEqual([{ kind: 'quota', failures: 1 }]);
    expect(JSON.stringify(storage.journal()?.content)).toContain('must not be lost');
    expect(store.writes).toHaveLength(0);

    await wait(2000); // the first retry, 2 s after the failure at 400 ms
    expect(errors).toHaveLength(2);
    await wait(4800); // the second wait is 5 s: nothing yet
    expect(errors).toHaveLength(2);
    await wait(200);
    expect(errors).toHaveLength(3);
    expect(instance.state).toMatchObject({ kind: 'retrying', attempt: 3 });

    store.diskFull = false; // the user freed some space
    await wait(10_000);
    expect(textOf(store.record)).toContain('must not be lost');
    expect(instance.state.kind).toBe('saved');
    expect(storage.journal()).toBeUndefined();
    expect(recovered).toBe(1);
  });

  it('tries again on the next edit without waiting for the retry', async () => {
    const instance = await opened();
    store.diskFull = true;
    instance.change({ content: doc('One') });
    await wait(500);
    expect(errors).toHaveLength(1);
    store.diskFull = false;
    instance.change({ content: doc('One two') });
    await wait(500);
    expect(textOf(store.record)).toContain('One two');
    expect(instance.state.kind).toBe('saved');
  });

  it('never damages what is already stored', async () => {
    const instance = await opened();
    const before = structuredClone(store.record);
    store.diskFull = true;
    instance.change({ content: doc('Not yet') });
    await wait(20_000);
    expect(store.record).toEqual(before);
  });
});

describe('opening a briefing with a journal', () => {
  function journal(entry: Partial<JournalEntry>): void {
    storage.setItem(
      journalKey(ID),
      JSON.stringify({
        title: 'Security cooperation',
        content: doc('Saved text. Typed before the crash'),
        updatedAt: '2025-01-01T00:00:05.000Z',
        baseUpdatedAt: '2025-01-01T00:00:00.000Z',
        pending: [],
        ...entry,
      }),
    );
  }

  it('applies an entry newer than the stored record, saves it, then clears it', async () => {
    journal({});
    const instance = autosave();
    const result = await instance.open();
    expect(result).toMatchObject({ kind: 'ready', recovery: 'applied' });
    expect(result.kind === 'ready' && JSON.stringify(result.draft.content)).toContain('before the crash');
    await wait(0);
    expect(textOf(store.record)).toContain('before the crash');
    expect(storage.journal()).toBeUndefined();
  });

  it('recovers a language chosen before the crash, and ignores one it does not know', async () => {
    journal({ language: 'ar' });
    const recovered = await autosave().open();
    expect(recovered.kind === 'ready' && recovered.draft.language).toBe('ar');
    await wait(0);
    expect(store.record.language).toBe('ar');
    journal({ language: 'xx' as never, updatedAt: '2025-01-01T00:00:20.000Z' });
    const unknown = await autosave().open();
    expect(unknown.kind === 'ready' && unknown.draft.language).toBe('ar');
  });

  it('applies it when the store holds one of its own saves that landed as the page died', async () => {
    // A save of "Typed" was in flight when the page closed: it landed (stored updatedAt is later than the
    // journal's last change), but the journal also holds "Typed more", written while it was in flight.
    const inFlight: BriefingDraft = {
      title: 'Security cooperation',
      content: doc('Typed'),
      marking: { scheme: 'tlp', level: 'green' },
      status: 'draft',
    };
    store = new FakeStore({ ...inFlight, updatedAt: '2025-01-01T00:00:09.000Z' });
    journal({ content: doc('Typed more'), pending: [draftFingerprint(inFlight)] });
    const result = await autosave().open();
    expect(result).toMatchObject({ recovery: 'applied' });
    await wait(0);
    expect(textOf(store.record)).toContain('Typed more');
  });

  it('leaves newer work saved elsewhere alone and drops the stale entry', async () => {
    store = new FakeStore({
      content: doc('Rewritten in another window'),
      updatedAt: '2025-01-01T00:00:08.000Z',
    });
    journal({ content: doc('Old unsaved words'), updatedAt: '2025-01-01T00:00:05.000Z' });
    const result = await autosave().open();
    expect(result).toMatchObject({ recovery: 'stale' });
    await wait(2000);
    expect(textOf(store.record)).toContain('Rewritten in another window');
    expect(store.writes).toHaveLength(0);
    expect(storage.journal()).toBeUndefined();
  });

  it('drops an entry the store already holds', async () => {
    journal({ content: doc('Saved text.'), updatedAt: '2025-01-01T00:00:05.000Z' });
    const result = await autosave().open();
    expect(result).toMatchObject({ recovery: 'already-saved' });
    expect(store.writes).toHaveLength(0);
    expect(storage.journal()).toBeUndefined();
  });

  it('drops an entry it cannot read', async () => {
    storage.setItem(journalKey(ID), '{not json');
    const result = await autosave().open();
    expect(result).toMatchObject({ recovery: 'unreadable' });
    expect(storage.journal()).toBeUndefined();
  });
});

describe('text written elsewhere', () => {
  it('keeps the other text as a version before saving over it', async () => {
    const instance = await opened();
    store.record = {
      ...store.record,
      content: doc('From another window'),
      updatedAt: '2025-01-01T00:00:09.000Z',
    };
    instance.change({ content: doc('From this window') });
    await wait(1000);
    expect(textOf(store.versions[0])).toContain('From another window');
    expect(textOf(store.record)).toContain('From this window');
  });

  it('takes a newer stored record when nothing here is unsaved, and not while it is', async () => {
    const instance = await opened();
    const newer = { ...store.record, content: doc('Restored'), updatedAt: '2025-01-01T00:00:09.000Z' };
    instance.change({ content: doc('Typing') });
    expect(instance.adopt(newer)).toBe(false);
    await wait(1000);
    expect(instance.adopt({ ...newer, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(true);
    expect(instance.savedUpdatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('ignores its own record coming back', async () => {
    const instance = await opened();
    instance.change({ content: doc('Mine') });
    await wait(1000);
    expect(instance.adopt(store.record)).toBe(false);
  });
});

describe('a briefing deleted while open', () => {
  it('stops saving and keeps the text in the journal', async () => {
    const instance = await opened();
    store.write = async () => {
      throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
    };
    instance.change({ content: doc('Orphaned words') });
    await wait(5000);
    expect(instance.state.kind).toBe('missing');
    expect(JSON.stringify(storage.journal()?.content)).toContain('Orphaned words');
  });
});

describe('journalling edits as what changed', () => {
  /** Autosave as the app runs it: edits journalled as steps, replayed on opening. */
  function stepsAutosave(options: Partial<ConstructorParameters<typeof BriefingAutosave>[0]> = {}) {
    return new BriefingAutosave({
      briefingId: ID,
      store,
      journal: storage,
      canonicalContent: canonicalBriefingDoc,
      replayEdits,
      contentSize,
      ...options,
    });
  }

  /** The editor's side: a ProseMirror state on the stored text, each keystroke told to autosave. */
  class Typist {
    state: EditorState;
    reads = 0;
    constructor(
      private readonly autosave: BriefingAutosave,
      content: RichTextDoc = store.record.content,
    ) {
      this.state = EditorState.create({ schema, doc: docOf(content) });
    }
    /** Types at the end of the last paragraph, one character at a time. */
    type(text: string): void {
      for (const character of text) {
        const transaction = this.state.tr.insertText(character, this.state.doc.content.size - 1);
        this.state = this.state.apply(transaction);
        const doc = this.state.doc;
        this.autosave.edit({
          steps: transaction.steps.map((step) => step.toJSON()),
          size: doc.content.size,
          current: () => {
            this.reads += 1;
            return doc.toJSON() as RichTextDoc;
          },
        });
      }
    }
  }

  function paragraphs(count: number): RichTextDoc {
    return doc(...Array.from({ length: count }, (_, index) => `Paragraph ${index} of a long briefing.`));
  }

  it('writes a keystroke to the journal in a few hundred characters, however long the text', async () => {
    const charactersOfSecondKey = async (content: RichTextDoc) => {
      store = new FakeStore({ content });
      storage = new FakeLocalStorage();
      const instance = stepsAutosave();
      await instance.open();
      const typist = new Typist(instance);
      typist.type('a');
      const before = storage.written;
      typist.type('b');
      return storage.written - before;
    };
    const short = await charactersOfSecondKey(paragraphs(2));
    const long = await charactersOfSecondKey(paragraphs(5_000));
    expect(JSON.stringify(paragraphs(5_000)).length).toBeGreaterThan(100_000);
    expect(short).toBeLessThan(300);
    // Positions and the size have more digits in a long text (three numbers, four digits more); nothing else grows.
    expect(long).toBeLessThanOrEqual(short + 15);
  });

  it('neither reads nor checks the whole text on a keystroke, only when it saves', async () => {
    const canonical = vi.fn(canonicalBriefingDoc);
    const instance = stepsAutosave({ canonicalContent: canonical });
    await instance.open();
    const typist = new Typist(instance);
    for (const word of [' alpha', ' bravo', ' charlie']) {
      typist.type(word);
      await wait(100);
    }
    expect(canonical).not.toHaveBeenCalled();
    expect(typist.reads).toBe(0);
    await wait(1000);
    expect(canonical).toHaveBeenCalledTimes(1);
    expect(typist.reads).toBe(1);
    expect(textOf(store.record)).toContain('alpha bravo charlie');
  });

  it('gives back after a crash what was typed, replaying the journalled edits on the stored text', async () => {
    const crashed = stepsAutosave();
    await crashed.open();
    new Typist(crashed).type(' Typed before the crash');
    // The page dies: no flush, no save; the next opening finds the journal.
    const next = stepsAutosave();
    const result = await next.open();
    expect(result).toMatchObject({ kind: 'ready', recovery: 'applied' });
    expect(result.kind === 'ready' && JSON.stringify(result.draft.content)).toContain(
      'Saved text. Typed before the crash',
    );
    await wait(0);
    expect(textOf(store.record)).toContain('Typed before the crash');
    expect(storage.journal()).toBeUndefined();
    expect(storage.editKeys()).toEqual([]);
  });

  it('replays the edits made during a save that landed as the page died on the text it stored', async () => {
    // The save lands in the store, but the page dies before hearing so.
    const write = store.write.bind(store);
    let hang = true;
    store.write = async (draft, expected) => {
      const result = await write(draft, expected);
      return hang ? new Promise<WriteResult>(() => undefined) : result;
    };
    const crashed = stepsAutosave();
    await crashed.open();
    const typist = new Typist(crashed);
    typist.type(' One');
    await wait(450);
    expect(textOf(store.record)).toContain('One');
    typist.type(' two');
    hang = false;
    const result = await stepsAutosave().open();
    expect(result).toMatchObject({ recovery: 'applied' });
    expect(result.kind === 'ready' && JSON.stringify(result.draft.content)).toContain('Saved text. One two');
  });

  it('drops the edits a save covered, and every edit once the store has them all', async () => {
    store.writeDelayMs = 300;
    const instance = stepsAutosave();
    await instance.open();
    const typist = new Typist(instance);
    typist.type(' First');
    await wait(450); // the save of " First" is in flight
    typist.type(' 2');
    await wait(300); // it lands
    expect(storage.editKeys()).toHaveLength(2);
    expect(storage.journal()?.baseUpdatedAt).toBe(store.record.updatedAt);
    await wait(1500);
    expect(textOf(store.record)).toContain('First 2');
    expect(storage.editKeys()).toEqual([]);
    expect(storage.journal()).toBeUndefined();
  });

  it('saves a long text when typing pauses rather than in the middle of it', async () => {
    store = new FakeStore({ content: paragraphs(200) });
    const instance = stepsAutosave({ timing: { slowContentSize: 1_000 } });
    await instance.open();
    const typist = new Typist(instance);
    for (let key = 0; key < 30; key++) {
      typist.type('x');
      await wait(100);
    }
    expect(store.writes).toHaveLength(0);
    await wait(400);
    expect(store.writes).toHaveLength(1);
    expect(textOf(store.record)).toContain('x'.repeat(30));
  });

  it('holds the whole text in the journal while the store refuses it', async () => {
    store.diskFull = true;
    const instance = stepsAutosave();
    await instance.open();
    const typist = new Typist(instance);
    typist.type(' Written while the disk was full.');
    await wait(500);
    expect(instance.state).toMatchObject({ kind: 'retrying', reason: 'disk-full' });
    expect(JSON.stringify(storage.journal()?.content)).toContain('Written while the disk was full.');
    typist.type(' And after.');
    expect(JSON.stringify(storage.journal()?.content)).toContain('full. And after.');
  });
});
