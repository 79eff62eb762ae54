import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import {
  formatGrading,
  markingLabel,
  markingLevel,
  RELIABILITY_GRADES,
  type Source,
} from '../../shared/model';
import { CommandButton } from '../components/CommandButton';
import { GradingBadge } from '../components/GradingBadge';
import { MarkingBadge } from '../components/MarkingBadge';
import { db } from '../db';
import { useT } from '../i18n';
import { formatDay } from '../i18n/format';
import {
  carriesFiles,
  droppedFolders,
  materialFiles,
  startFromClipboard,
  startFromFiles,
} from '../ingest/clipboard-material';
import { closeIngest, requestIngest, useIngestRequest } from '../ingest/ingest-requests';
import { getUiState } from '../state/ui-store';
import { SortHeader } from './SortHeader';
import { SourceDialog } from './SourceDialog';
import { useSorted } from './use-sorted';

// The clean-up and its readers load with the dialog, not with the app.
const IngestSourceDialog = lazy(() =>
  import('../ingest/IngestSourceDialog').then((module) => ({ default: module.IngestSourceDialog })),
);

/** A paste into a field (or the briefing editor, or another dialog) is that control's, not ours. */
function pasteIsForAControl(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null;
  return Boolean(
    element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') ||
      document.querySelector('dialog[open]'),
  );
}

/** Pasting anywhere on the Sources tab (outside a field) opens the ingest dialog with the paste. */
function usePasteToIngest(dossierId: string): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || pasteIsForAControl(event.target)) return;
      if (getUiState().search.trim()) return;
      event.preventDefault();
      requestIngest(dossierId, startFromClipboard(event.clipboardData));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [dossierId]);
}

const SORT_KEYS = {
  title: (source: Source) => source.title.toLocaleLowerCase(),
  outlet: (source: Source) => source.outlet.toLocaleLowerCase(),
  published: (source: Source) => source.publishedAt ?? '',
  grading: (source: Source) => formatGrading(source.grading),
  marking: (source: Source) => `${source.marking.scheme}:${markingLevel(source.marking).rank}`,
};

export function SourcesTab({ dossierId }: { dossierId: string }) {
  const t = useT('dossier');
  const sources = useLiveQuery(() => db.sources.where('dossierId').equals(dossierId).toArray(), [dossierId]);
  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [reliability, setReliability] = useState('');
  const filtered = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return (sources ?? []).filter(
      (source) =>
        (!needle ||
          `${source.title} ${source.outlet} ${source.author}`.toLocaleLowerCase().includes(needle)) &&
        (!reliability || source.grading.reliability === reliability),
    );
  }, [sources, filter, reliability]);
  const { sorted, sortBy, ariaSort } = useSorted(filtered, SORT_KEYS, 'published', 'descending');
  const ingest = useIngestRequest(dossierId);
  const [dropping, setDropping] = useState(false);
  usePasteToIngest(dossierId);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file adds to the keyboard-operable "New source from material"
    <div
      className={dropping ? 'tab-content sources-tab sources-dropping' : 'tab-content sources-tab'}
      onDragOver={(event) => {
        if (!carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        // A .dossier file is left to the window's handler, which imports it.
        const dropped = startFromFiles(materialFiles(event.dataTransfer), droppedFolders(event.dataTransfer));
        if (!dropped) return;
        event.preventDefault();
        requestIngest(dossierId, dropped);
      }}
    >
      <div className="list-toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('addSource')}
        </button>
        <CommandButton commandId="source.ingest" />
        <input
          type="search"
          aria-label={t('filterSources')}
          placeholder={t('filterSourcesPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select
          aria-label={t('filterByReliability')}
          value={reliability}
          onChange={(event) => setReliability(event.target.value)}
        >
          <option value="">{t('anyReliability')}</option>
          {RELIABILITY_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {t('reliabilityGrade', { grade })}
            </option>
          ))}
        </select>
      </div>
      {sources && sources.length === 0 ? (
        <p className="empty-list">{t('noSources')}</p>
      ) : (
        <table className="data-table" aria-label={t('tabSources')}>
          <thead>
            <tr>
              <SortHeader label={t('title')} sort={ariaSort('title')} onSort={() => sortBy('title')} />
              <SortHeader label={t('outlet')} sort={ariaSort('outlet')} onSort={() => sortBy('outlet')} />
              <SortHeader
                label={t('published')}
                sort={ariaSort('published')}
                onSort={() => sortBy('published')}
              />
              <SortHeader label={t('grading')} sort={ariaSort('grading')} onSort={() => sortBy('grading')} />
              <SortHeader label={t('marking')} sort={ariaSort('marking')} onSort={() => sortBy('marking')} />
            </tr>
          </thead>
          <tbody>
            {sorted.map((source) => (
              <tr key={source.id}>
                <td>
                  <button type="button" className="link-button" dir="auto" onClick={() => setEditing(source)}>
                    {source.title}
                  </button>
                </td>
                <td dir="auto">{source.outlet || <span className="muted">—</span>}</td>
                <td>
                  {source.publishedAt ? formatDay(source.publishedAt) : <span className="muted">—</span>}
                </td>
                <td>
                  <GradingBadge grading={source.grading} />
                </td>
                <td>
                  <MarkingBadge marking={source.marking} />
                  <span className="visually-hidden">{markingLabel(source.marking)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <SourceDialog
          dossierId={dossierId}
          {...(editing === 'new' ? {} : { source: editing })}
          onClose={() => setEditing(null)}
        />
      )}
      {ingest && (
        <Suspense fallback={null}>
          <IngestSourceDialog
            key={ingest.id}
            dossierId={dossierId}
            start={ingest.start}
            onClose={closeIngest}
          />
        </Suspense>
      )}
      {dropping && (
        <div className="sources-drop-hint" aria-hidden="true">
          {t('dropHint')}
        </div>
      )}
    </div>
  );
}
