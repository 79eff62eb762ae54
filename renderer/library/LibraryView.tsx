import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { type Dossier, markingLabel } from '../../shared/model';
import { navigate, type Route } from '../app/routes';
import { db } from '../db';
import { DossierRow } from './DossierRow';
import { EmptyLibrary } from './EmptyLibrary';
import { TrashActions } from './TrashActions';

type Shelf = Extract<Route, { view: 'library' }>['shelf'];
type SortKey = 'updated' | 'title';

const SHELVES: { shelf: Shelf; label: string }[] = [
  { shelf: 'active', label: 'Dossiers' },
  { shelf: 'archived', label: 'Archive' },
  { shelf: 'trash', label: 'Trash' },
];

/** Dossiers on one shelf (active, archived, trash), filtered by text, tag and marking, sorted. */
export function LibraryView({ shelf }: { shelf: Shelf }) {
  const all = useLiveQuery(() => db.dossiers.toArray(), []);
  const [filter, setFilter] = useState('');
  const [tag, setTag] = useState('');
  const [marking, setMarking] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');

  const status = shelf;
  const onShelf = useMemo(() => (all ?? []).filter((dossier) => dossier.status === status), [all, status]);
  const tags = useMemo(() => [...new Set(onShelf.flatMap((dossier) => dossier.tags))].sort(), [onShelf]);
  const markings = useMemo(
    () => [...new Set(onShelf.map((dossier) => markingLabel(dossier.marking)))].sort(),
    [onShelf],
  );
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return onShelf
      .filter(
        (dossier) => !needle || `${dossier.title} ${dossier.summary}`.toLocaleLowerCase().includes(needle),
      )
      .filter((dossier) => !tag || dossier.tags.includes(tag))
      .filter((dossier) => !marking || markingLabel(dossier.marking) === marking)
      .sort((a: Dossier, b: Dossier) =>
        sort === 'title' ? a.title.localeCompare(b.title) : b.updatedAt.localeCompare(a.updatedAt),
      );
  }, [onShelf, filter, tag, marking, sort]);

  if (all === undefined) return <p className="muted">Opening the library…</p>;
  const nothingAtAll = all.filter((dossier) => dossier.status !== 'trash').length === 0 && shelf === 'active';

  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">Library</h1>
        <nav className="shelves" aria-label="Shelves">
          {SHELVES.map((entry) => (
            <button
              key={entry.shelf}
              type="button"
              className={entry.shelf === shelf ? 'shelf shelf-current' : 'shelf'}
              aria-current={entry.shelf === shelf ? 'page' : undefined}
              onClick={() => navigate({ view: 'library', shelf: entry.shelf })}
            >
              {entry.label}
              <span className="shelf-count">
                {all.filter((dossier) => dossier.status === entry.shelf).length}
              </span>
            </button>
          ))}
        </nav>
      </header>
      {nothingAtAll ? (
        <EmptyLibrary />
      ) : (
        <>
          <div className="list-toolbar">
            <input
              type="search"
              aria-label="Filter dossiers"
              placeholder="Filter by title or summary"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            <select aria-label="Filter by tag" value={tag} onChange={(event) => setTag(event.target.value)}>
              <option value="">All tags</option>
              {tags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <select
              aria-label="Filter by marking"
              value={marking}
              onChange={(event) => setMarking(event.target.value)}
            >
              <option value="">All markings</option>
              {markings.map((label) => (
                <option key={label} value={label}>
                  {label}
                </option>
              ))}
            </select>
            <select
              aria-label="Sort dossiers"
              value={sort}
              onChange={(event) => setSort(event.target.value as SortKey)}
            >
              <option value="updated">Recently updated</option>
              <option value="title">Title A–Z</option>
            </select>
            {shelf === 'trash' && <TrashActions count={onShelf.length} />}
          </div>
          {shown.length === 0 ? (
            <p className="empty-list">
              {shelf === 'trash'
                ? 'The Trash is empty.'
                : shelf === 'archived'
                  ? 'No archived dossiers.'
                  : 'No dossier matches these filters.'}
            </p>
          ) : (
            <ul className="dossier-list" aria-label={SHELVES.find((entry) => entry.shelf === shelf)?.label}>
              {shown.map((dossier) => (
                <DossierRow key={dossier.id} dossier={dossier} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
