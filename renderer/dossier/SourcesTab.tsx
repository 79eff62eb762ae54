import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  formatGrading,
  markingLabel,
  markingLevel,
  RELIABILITY_GRADES,
  type Source,
} from '../../shared/model';
import { GradingBadge } from '../components/GradingBadge';
import { MarkingBadge } from '../components/MarkingBadge';
import { db } from '../db';
import { SortHeader } from './SortHeader';
import { SourceDialog } from './SourceDialog';
import { useSorted } from './use-sorted';

const SORT_KEYS = {
  title: (source: Source) => source.title.toLocaleLowerCase(),
  outlet: (source: Source) => source.outlet.toLocaleLowerCase(),
  published: (source: Source) => source.publishedAt ?? '',
  grading: (source: Source) => formatGrading(source.grading),
  marking: (source: Source) => `${source.marking.scheme}:${markingLevel(source.marking).rank}`,
};

export function SourcesTab({ dossierId }: { dossierId: string }) {
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

  return (
    <div className="tab-content">
      <div className="list-toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          Add source
        </button>
        <input
          type="search"
          aria-label="Filter sources"
          placeholder="Filter by title, outlet or author"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select
          aria-label="Filter by reliability"
          value={reliability}
          onChange={(event) => setReliability(event.target.value)}
        >
          <option value="">Any reliability</option>
          {RELIABILITY_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              Reliability {grade}
            </option>
          ))}
        </select>
      </div>
      {sources && sources.length === 0 ? (
        <p className="empty-list">
          No sources yet. Add the articles, reports and notes this dossier rests on.
        </p>
      ) : (
        <table className="data-table" aria-label="Sources">
          <thead>
            <tr>
              <SortHeader label="Title" sort={ariaSort('title')} onSort={() => sortBy('title')} />
              <SortHeader label="Outlet" sort={ariaSort('outlet')} onSort={() => sortBy('outlet')} />
              <SortHeader label="Published" sort={ariaSort('published')} onSort={() => sortBy('published')} />
              <SortHeader label="Grading" sort={ariaSort('grading')} onSort={() => sortBy('grading')} />
              <SortHeader label="Marking" sort={ariaSort('marking')} onSort={() => sortBy('marking')} />
            </tr>
          </thead>
          <tbody>
            {sorted.map((source) => (
              <tr key={source.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(source)}>
                    {source.title}
                  </button>
                </td>
                <td>{source.outlet || <span className="muted">—</span>}</td>
                <td>{source.publishedAt ?? <span className="muted">—</span>}</td>
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
    </div>
  );
}
