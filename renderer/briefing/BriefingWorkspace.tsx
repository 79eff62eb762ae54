import type { Editor, JSONContent } from '@tiptap/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  BRIEFING_STATUSES,
  type BriefingStatus,
  type BriefingVersion,
  citationNumbers,
  formatGrading,
  type Marking,
  markingLabel,
  type RichTextDoc,
  type Source,
  wordCount,
} from '../../shared/model';
import { navigate } from '../app/routes';
import { CommandButton } from '../components/CommandButton';
import { MarkingPicker } from '../components/MarkingPicker';
import { db, store } from '../db';
import { readAttachment, storeAttachment } from '../db/attachments';
import { BriefingEditor } from '../editor/BriefingEditor';
import { canonicalBriefingDoc } from '../editor/canonical-doc';
import { createAttachmentUrls } from '../editor/extensions/attachment-image';
import { type CitationSources, refreshCitations } from '../editor/extensions/citation';
import { ToolbarIcon } from '../editor/ToolbarIcon';
import { type TextFacts, textFactsOf } from '../editor/text-facts';
import { stopLoadingRest, useBriefingEditor } from '../editor/use-briefing-editor';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { templateById } from '../templates';
import type { BriefingAutosave, BriefingDraft } from './autosave';
import { briefingUpdateTimes } from './briefing-autosave-store';
import { MarkingWarning } from './MarkingWarning';
import { SaveStatus } from './SaveStatus';
import { useSaveState } from './use-briefing-autosave';
import { VersionCompareDialog } from './VersionCompareDialog';
import { VersionsPanel } from './VersionsPanel';

interface BriefingWorkspaceProps {
  briefingId: string;
  dossierId: string;
  templateId: string;
  autosave: BriefingAutosave;
  /** The text as opened: the stored briefing, or what the journal recovered. */
  initial: BriefingDraft;
}

const STATUS_LABELS: Record<BriefingStatus, string> = { draft: 'Draft', final: 'Final' };
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

function factsOf(content: RichTextDoc): TextFacts {
  return { words: wordCount(content), numbers: citationNumbers(content) };
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([sourceId, number]) => b.get(sourceId) === number);
}

function sourceDetail(source: Source): string {
  return [source.outlet, formatGrading(source.grading), markingLabel(source.marking)]
    .filter(Boolean)
    .join(', ');
}

/** The briefing being written: its title, marking and status, the editor, versions, and the save status. */
export function BriefingWorkspace({
  briefingId,
  dossierId,
  templateId,
  autosave,
  initial,
}: BriefingWorkspaceProps) {
  const saveState = useSaveState(autosave);
  const [title, setTitle] = useState(initial.title);
  const [marking, setMarking] = useState<Marking>(initial.marking);
  const [status, setStatus] = useState<BriefingStatus>(initial.status);
  // Counted once the editor has shown the text (see below): a long briefing opens before it is counted.
  const [facts, setFacts] = useState<TextFacts & { counted?: boolean }>({ words: 0, numbers: new Map() });
  const [showVersions, setShowVersions] = useState(false);
  const [comparing, setComparing] = useState<BriefingVersion | null>(null);

  const dossier = useLiveQuery(() => db.dossiers.get(dossierId), [dossierId]);
  const sources = useLiveQuery(
    async () =>
      (await db.sources.where('dossierId').equals(dossierId).toArray()).sort((a, b) =>
        a.title.localeCompare(b.title),
      ),
    [dossierId],
  );
  // When the stored text changes, from its index alone: the text itself is read only if another window or
  // a restore wrote it, not after each of this window's own saves.
  const storedUpdatedAt = useLiveQuery(
    async () => (await briefingUpdateTimes(dossierId)).get(briefingId),
    [dossierId, briefingId],
  );

  // The citation node reads the dossier's sources from here; the map is replaced as they change.
  const citations = useRef<CitationSources>({
    sources: new Map(),
    known: false,
    onForeignCitationsDropped: (count) =>
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: `${count === 1 ? 'One citation' : `${count} citations`} of sources from another dossier ${count === 1 ? 'was' : 'were'} left out of the paste.`,
      }),
  }).current;
  const attachmentUrls = useMemo(() => createAttachmentUrls((id) => readAttachment(db, id)), []);
  useEffect(() => () => attachmentUrls.dispose(), [attachmentUrls]);
  const sectionHints = useMemo(
    () => new Map((templateById(templateId)?.sections ?? []).map((section) => [section.title, section.hint])),
    [templateId],
  );

  const factsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstCount = useRef<() => void>(() => undefined);
  useEffect(
    () => () => {
      clearTimeout(factsTimer.current);
      firstCount.current();
    },
    [],
  );
  const showFacts = useCallback((next: TextFacts) => {
    setFacts((previous) =>
      previous.counted && previous.words === next.words && sameNumbers(previous.numbers, next.numbers)
        ? previous
        : { ...next, counted: true },
    );
  }, []);

  const insertImages = async (files: { blob: Blob; name: string }[], position?: number) => {
    for (const { blob, name } of files) {
      try {
        const attachment = await storeAttachment(db, blob, name, blob.type);
        const content = {
          type: 'image',
          attrs: { attachmentId: attachment.id, alt: name.replace(/\.[^.]+$/, '') },
        };
        const chain = editor.chain().focus();
        (position === undefined
          ? chain.insertContent(content)
          : chain.insertContentAt(position, content)
        ).run();
      } catch (error) {
        reportError(error);
      }
    }
  };

  const editor: Editor = useBriefingEditor({
    initialContent: initial.content as JSONContent,
    citations,
    resolveImageUrl: attachmentUrls.resolveUrl,
    sectionHints,
    onDocChange: (current, transactions, rest) => {
      // What changed goes to the journal now; the whole text is read only when a save needs it. While a
      // long briefing opens, the text is the editor's followed by the blocks still to come.
      autosave.edit({
        steps: transactions.flatMap((transaction) => transaction.steps.map((step) => step.toJSON())),
        size: current.state.doc.content.size + rest().size,
        current: () => {
          const shown = current.getJSON();
          return { ...shown, content: [...(shown.content ?? []), ...rest().blocks] } as RichTextDoc;
        },
      });
      // Counting waits for a pause in typing; saving does not.
      clearTimeout(factsTimer.current);
      factsTimer.current = setTimeout(() => {
        if (!current.isDestroyed) showFacts(textFactsOf(current.state.doc));
      }, 150);
    },
    // The first count, when the whole text is in and the page is idle; it also remembers every block's
    // count, so the counts after each pause in typing only redo the blocks that changed.
    onLoaded: () => {
      const count = () => {
        if (!editor.isDestroyed) showFacts(textFactsOf(editor.state.doc));
      };
      if (typeof requestIdleCallback !== 'function') {
        const timer = setTimeout(count, 0);
        firstCount.current = () => clearTimeout(timer);
      } else {
        const idle = requestIdleCallback(count, { timeout: 1_000 });
        firstCount.current = () => cancelIdleCallback(idle);
      }
    },
    onImageFiles: (files, position) =>
      void insertImages(
        files.map((file) => ({ blob: file, name: file.name })),
        position,
      ),
  });

  // Redrawn only when what citations show changed: a redraw is a transaction, and those are kept rare.
  const shownSources = useRef('');
  useEffect(() => {
    if (!sources) return;
    const entries = sources.map(
      (source) => [source.id, { title: source.title, detail: sourceDetail(source) }] as const,
    );
    const shown = JSON.stringify(entries);
    if (citations.known && shown === shownSources.current) return;
    shownSources.current = shown;
    citations.sources = new Map(entries);
    citations.known = true;
    if (!editor.isDestroyed) refreshCitations(editor.view);
  }, [sources, citations, editor]);

  /** Shows a record autosave has adopted: its text replaces the editor's, whatever was still loading. */
  const showRecord = useCallback(
    (record: BriefingDraft) => {
      stopLoadingRest(editor);
      editor.commands.setContent(record.content as JSONContent, { emitUpdate: false });
      setTitle(record.title);
      setMarking(record.marking);
      setStatus(record.status);
      showFacts(factsOf(record.content));
    },
    [editor, showFacts],
  );

  // Text written elsewhere (another window, a restored version) is taken when nothing here is unsaved.
  useEffect(() => {
    if (!storedUpdatedAt || storedUpdatedAt === autosave.savedUpdatedAt) return;
    let active = true;
    void db.briefings.get(briefingId).then((stored) => {
      if (active && stored && autosave.adopt(stored)) showRecord(stored);
    }, reportError);
    return () => {
      active = false;
    };
  }, [storedUpdatedAt, briefingId, autosave, showRecord]);

  const citedSources = useMemo(() => {
    const byId = new Map((sources ?? []).map((source) => [source.id, source]));
    return [...facts.numbers.keys()].flatMap((id) => byId.get(id) ?? []);
  }, [sources, facts.numbers]);

  const changeMarking = (next: Marking) => {
    setMarking(next);
    autosave.change({ marking: next }, { immediate: true });
  };

  /** Puts everything typed into the store first; false (and says why) if it could not. */
  const savedFirst = async (action: string): Promise<boolean> => {
    await autosave.flush();
    if (!autosave.hasUnsavedChanges) return true;
    reportError(
      new Error(
        `The current text could not be saved yet, so ${action}. Your text is kept; try again once it is saved.`,
      ),
    );
    return false;
  };

  const saveVersion = async (name: string) => {
    try {
      if (!(await savedFirst('no version was made'))) return;
      const version = await store.saveBriefingVersion(briefingId, name);
      dispatch({ type: 'notice/show', tone: 'info', text: `Version “${version.name}” saved.` });
    } catch (error) {
      reportError(error);
    }
  };

  const restoreVersion = async (version: BriefingVersion) => {
    const confirmed = await platform.confirm({
      title: 'Restore version',
      message: `Replace the current text with “${version.name}”?`,
      detail: 'The current text is first saved as a version of its own, so it can be restored in turn.',
      confirmLabel: 'Restore',
      cancelLabel: 'Keep current text',
    });
    if (!confirmed) return;
    try {
      if (!(await savedFirst('the version was not restored'))) return;
      const restored = await store.restoreBriefingVersion(version.id);
      autosave.adopt(restored, { force: true });
      showRecord(restored);
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: `“${version.name}” restored. The text before it is kept as a version.`,
      });
    } catch (error) {
      reportError(error);
    }
  };

  const pickImage = async () => {
    try {
      const reply = await platform.openFile({
        title: 'Insert image',
        filters: [{ name: 'Images', extensions: Object.keys(IMAGE_TYPES) }],
      });
      if (reply.canceled) return;
      const extension = reply.name.split('.').pop()?.toLowerCase() ?? '';
      const type = IMAGE_TYPES[extension];
      if (!type) {
        reportError(
          new Error(`“${reply.name}” is not an image the briefing can hold (PNG, JPEG, GIF or WebP).`),
        );
        return;
      }
      await insertImages([{ blob: new Blob([reply.bytes as BlobPart], { type }), name: reply.name }]);
    } catch (error) {
      reportError(error);
    }
  };

  const currentText = () => {
    try {
      return canonicalBriefingDoc(editor.getJSON());
    } catch {
      return initial.content;
    }
  };

  const back = () => navigate({ view: 'dossier', dossierId, tab: 'briefings' });

  return (
    <section className="briefing-view" aria-label={`Briefing: ${title || initial.title}`}>
      <header className="briefing-header">
        <div className="briefing-topline">
          <nav className="breadcrumbs" aria-label="Breadcrumbs">
            <button
              type="button"
              className="link-button"
              onClick={back}
              aria-label={`Back to ${dossier?.title ?? 'the dossier'}`}
            >
              ← {dossier?.title ?? 'Dossier'}
            </button>
            <span aria-hidden="true">›</span>
            <span>Briefings</span>
          </nav>
          <div className="briefing-actions">
            <SaveStatus state={saveState} />
            <button
              type="button"
              className={showVersions ? 'button button-on' : 'button'}
              aria-expanded={showVersions}
              aria-controls="briefing-versions"
              onClick={() => setShowVersions((shown) => !shown)}
            >
              <ToolbarIcon name="versions" />
              Versions
            </button>
            <CommandButton commandId="briefing.export" primary />
          </div>
        </div>
        <input
          className="title-input briefing-title"
          aria-label="Briefing title"
          placeholder="Title of the briefing"
          maxLength={500}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            autosave.change({ title: event.target.value });
          }}
        />
        {title.trim() === '' && (
          <p className="field-hint briefing-title-hint">
            A briefing needs a title; the last one is kept until you type one.
          </p>
        )}
        <div className="briefing-meta">
          <span className="meta-field">
            <span className="meta-label" aria-hidden="true">
              Marking
            </span>
            <MarkingPicker value={marking} onChange={changeMarking} label="Briefing marking" />
          </span>
          <span className="meta-field">
            <label className="meta-label" htmlFor="briefing-status">
              Status
            </label>
            <select
              id="briefing-status"
              value={status}
              onChange={(event) => {
                const next = event.target.value as BriefingStatus;
                setStatus(next);
                autosave.change({ status: next }, { immediate: true });
              }}
            >
              {BRIEFING_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </select>
          </span>
          <span className="briefing-counts" aria-live="polite" hidden={!facts.counted}>
            <span className="word-count">
              {facts.words.toLocaleString()} {facts.words === 1 ? 'word' : 'words'}
            </span>
            <span className="muted">
              {' · '}
              {facts.numbers.size === 0
                ? 'no sources cited'
                : `${facts.numbers.size} ${facts.numbers.size === 1 ? 'source' : 'sources'} cited`}
            </span>
          </span>
        </div>
        <MarkingWarning marking={marking} citedSources={citedSources} onRaise={changeMarking} />
      </header>
      <div className={showVersions ? 'briefing-body with-panel' : 'briefing-body'}>
        <BriefingEditor
          editor={editor}
          sources={sources ?? []}
          citationNumbers={facts.numbers}
          onInsertImage={() => void pickImage()}
        />
        {showVersions && (
          <VersionsPanel
            briefingId={briefingId}
            onSave={saveVersion}
            onCompare={setComparing}
            onRestore={(version) => void restoreVersion(version)}
            onClose={() => setShowVersions(false)}
          />
        )}
      </div>
      {comparing && (
        <VersionCompareDialog
          version={comparing}
          current={{ title: title.trim() || initial.title, marking, content: currentText() }}
          onClose={() => setComparing(null)}
        />
      )}
    </section>
  );
}
