import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { type Dossier, markingLabel } from '../../shared/model';
import { navigate, type Route } from '../app/routes';
import { db } from '../db';
import { useT } from '../i18n';
import { DossierRow } from './DossierRow';
import { EmptyLibrary } from './EmptyLibrary';
import { TrashActions } from './TrashActions';

type Shelf = Extract<Route, { view: 'library' }>['shelf'];
type SortKey = 'updated' | 'title';

const SHELVES: { shelf: Shelf; label: string }[] = [
  { shelf: 'active', label: 'shelfActive' },
  { shelf: 'archived', label: 'shelfArchived' },
  { shelf: 'trash', label: 'shelfTrash' },
];

/** Dossiers on one shelf (active, archived, trash), filtered by text, tag and marking, sorted. */
export function LibraryView({ shelf }: { shelf: Shelf }) {
  const t = useT('library');
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

  if (all === undefined) return <p className="muted">{t('opening')}</p>;
  const nothingAtAll = all.filter((dossier) => dossier.status !== 'trash').length === 0 && shelf === 'active';

  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">{t('title')}</h1>
        <nav className="shelves" aria-label={t('shelves')}>
          {SHELVES.map((entry) => (
            <button
              key={entry.shelf}
              type="button"
              className={entry.shelf === shelf ? 'shelf shelf-current' : 'shelf'}
              aria-current={entry.shelf === shelf ? 'page' : undefined}
              onClick={() => navigate({ view: 'library', shelf: entry.shelf })}
            >
              {t(entry.label)}
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
              aria-label={t('filter')}
              placeholder={t('filterPlaceholder')}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            <select
              aria-label={t('filterByTag')}
              value={tag}
              onChange={(event) => setTag(event.target.value)}
            >
              <option value="">{t('allTags')}</option>
              {tags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <select
              aria-label={t('filterByMarking')}
              value={marking}
              onChange={(event) => setMarking(event.target.value)}
            >
              <option value="">{t('allMarkings')}</option>
              {markings.map((label) => (
                <option key={label} value={label}>
                  {label}
                </option>
              ))}
            </select>
            <select
              aria-label={t('sort')}
              value={sort}
              onChange={(event) => setSort(event.target.value as SortKey)}
            >
              <option value="updated">{t('sortUpdated')}</option>
              <option value="title">{t('sortTitle')}</option>
            </select>
            {shelf === 'trash' && <TrashActions count={onShelf.length} />}
          </div>
          {shown.length === 0 ? (
            <p className="empty-list">
              {shelf === 'trash' ? t('trashEmpty') : shelf === 'archived' ? t('noArchived') : t('noMatch')}
            </p>
          ) : (
            <ul
              className="dossier-list"
              aria-label={t(SHELVES.find((entry) => entry.shelf === shelf)?.label ?? 'shelfActive')}
            >
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
