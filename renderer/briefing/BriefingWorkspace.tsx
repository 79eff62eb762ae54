import type { Editor, JSONContent } from '@tiptap/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../../shared/i18n/languages';
import {
  BRIEFING_STATUSES,
  type BriefingStatus,
  type BriefingVersion,
  briefingLanguage,
  citationNumbers,
  formatGrading,
  localizeTemplate,
  type Marking,
  markingLabel,
  type RichTextDoc,
  type Source,
  templateLanguages,
  wordCount,
} from '../../shared/model';
import { navigate } from '../app/routes';
import { CommandButton } from '../components/CommandButton';
import { LanguagePicker } from '../components/LanguagePicker';
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
import { translate, useT } from '../i18n';
import { platform } from '../platform';
import { exportChangesSince } from '../review/export-changes';
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
  const t = useT('briefing');
  const saveState = useSaveState(autosave);
  const [title, setTitle] = useState(initial.title);
  const [marking, setMarking] = useState<Marking>(initial.marking);
  const [status, setStatus] = useState<BriefingStatus>(initial.status);
  const [language, setLanguage] = useState<Language>(() =>
    briefingLanguage(initial, templateById(templateId)),
  );
  const tLanguage = useT('language');
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
        text: translate('briefing:foreignCitationsDropped', { count }),
      }),
  }).current;
  const attachmentUrls = useMemo(() => createAttachmentUrls((id) => readAttachment(db, id)), []);
  useEffect(() => () => attachmentUrls.dispose(), [attachmentUrls]);
  // The template's hints in every language it has, so a section keeps its hint when the briefing's language
  // changes; where two languages title a section alike, the briefing's own language speaks last and wins.
  const sectionHints = useMemo(() => {
    const template = templateById(templateId);
    if (!template) return new Map<string, string>();
    const own = briefingLanguage(initial, template);
    const languages = [...templateLanguages(template).filter((other) => other !== own), own];
    return new Map(
      languages.flatMap((other) =>
        localizeTemplate(template, other).sections.map((section) => [section.title, section.hint] as const),
      ),
    );
  }, [templateId, initial]);

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
      setLanguage(briefingLanguage(record, templateById(templateId)));
      showFacts(factsOf(record.content));
    },
    [editor, showFacts, templateId],
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

  // The spell checker follows the briefing's language while it is open.
  useEffect(() => {
    platform.setSpellCheckLanguage(language).catch(reportError);
  }, [language]);

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    autosave.change({ language: next }, { immediate: true });
  };

  const changeMarking = (next: Marking) => {
    setMarking(next);
    autosave.change({ marking: next }, { immediate: true });
  };

  /** Puts everything typed into the store first; false (and says why) if it could not. */
  const savedFirst = async (notDone: string): Promise<boolean> => {
    await autosave.flush();
    if (!autosave.hasUnsavedChanges) return true;
    reportError(new Error(translate('briefing:notSavedYet', { notDone })));
    return false;
  };

  const saveVersion = async (name: string) => {
    try {
      if (!(await savedFirst(translate('briefing:noVersionMade')))) return;
      const version = await store.saveBriefingVersion(briefingId, name);
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: translate('briefing:versionSaved', { name: version.name }),
      });
    } catch (error) {
      reportError(error);
    }
  };

  const restoreVersion = async (version: BriefingVersion) => {
    const confirmed = await platform.confirm({
      title: translate('briefing:restoreVersion'),
      message: translate('briefing:restoreQuestion', { name: version.name }),
      detail: translate('briefing:restoreDetail'),
      confirmLabel: translate('briefing:restore'),
      cancelLabel: translate('briefing:keepCurrent'),
    });
    if (!confirmed) return;
    try {
      if (!(await savedFirst(translate('briefing:versionNotRestored')))) return;
      const restored = await store.restoreBriefingVersion(version.id);
      autosave.adopt(restored, { force: true });
      showRecord(restored);
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: translate('briefing:versionRestored', { name: version.name }),
      });
    } catch (error) {
      reportError(error);
    }
  };

  const pickImage = async () => {
    try {
      const reply = await platform.openFile({
        title: translate('commands:editor-insert-image'),
        filters: [{ name: translate('briefing:imagesFileType'), extensions: Object.keys(IMAGE_TYPES) }],
      });
      if (reply.canceled) return;
      const extension = reply.name.split('.').pop()?.toLowerCase() ?? '';
      const type = IMAGE_TYPES[extension];
      if (!type) {
        reportError(new Error(translate('briefing:notAnImage', { name: reply.name })));
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
    <section className="briefing-view" aria-label={t('briefingLabel', { title: title || initial.title })}>
      <header className="briefing-header">
        <div className="briefing-topline">
          <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
            <button
              type="button"
              className="link-button"
              onClick={back}
              aria-label={dossier ? t('backTo', { title: dossier.title }) : t('backToDossier')}
            >
              <span className="flip-in-rtl" aria-hidden="true">
                ←
              </span>{' '}
              <bdi>{dossier?.title ?? t('dossier')}</bdi>
            </button>
            <span aria-hidden="true">›</span>
            <span>{t('briefings')}</span>
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
              {t('versions')}
            </button>
            <CommandButton commandId="briefing.export" primary />
          </div>
        </div>
        <input
          className="title-input briefing-title"
          aria-label={t('briefingTitle')}
          placeholder={t('titlePlaceholder')}
          dir="auto"
          maxLength={500}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            autosave.change({ title: event.target.value });
          }}
        />
        {title.trim() === '' && <p className="field-hint briefing-title-hint">{t('titleHint')}</p>}
        <div className="briefing-meta">
          <span className="meta-field">
            <span className="meta-label" aria-hidden="true">
              {t('marking')}
            </span>
            <MarkingPicker value={marking} onChange={changeMarking} label={t('briefingMarking')} />
          </span>
          <span className="meta-field">
            <label className="meta-label" htmlFor="briefing-status">
              {t('status')}
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
                  {t(`status-${value}`)}
                </option>
              ))}
            </select>
          </span>
          <span className="meta-field">
            <label className="meta-label" htmlFor="briefing-language">
              {tLanguage('briefingLanguage')}
            </label>
            <LanguagePicker id="briefing-language" value={language} onChange={changeLanguage} />
          </span>
          <span className="briefing-counts" aria-live="polite" hidden={!facts.counted}>
            <span className="word-count">{t('wordCount', { count: facts.words })}</span>
            <span className="muted">
              {' · '}
              {t('sourcesCited', { count: facts.numbers.size })}
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
          language={language}
        />
        {showVersions && (
          <VersionsPanel
            briefingId={briefingId}
            onSave={saveVersion}
            onCompare={setComparing}
            onRestore={(version) => void restoreVersion(version)}
            onExportChanges={(version) => void exportChangesSince(briefingId, version)}
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
