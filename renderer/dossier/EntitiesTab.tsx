import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ENTITY_KINDS, type Entity } from '../../shared/model';
import { db } from '../db';
import { useT } from '../i18n';
import { EntityDialog } from './EntityDialog';
import { SortHeader } from './SortHeader';
import { useSorted } from './use-sorted';

const SORT_KEYS = {
  name: (entity: Entity) => entity.name.toLocaleLowerCase(),
  kind: (entity: Entity) => entity.kind,
  sources: (entity: Entity) => entity.sourceIds.length,
};

export function EntitiesTab({ dossierId }: { dossierId: string }) {
  const t = useT('dossier');
  const entities = useLiveQuery(
    () => db.entities.where('dossierId').equals(dossierId).toArray(),
    [dossierId],
  );
  const [editing, setEditing] = useState<Entity | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('');
  const filtered = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return (entities ?? []).filter(
      (entity) =>
        (!needle || [entity.name, ...entity.aliases].join(' ').toLocaleLowerCase().includes(needle)) &&
        (!kind || entity.kind === kind),
    );
  }, [entities, filter, kind]);
  const { sorted, sortBy, ariaSort } = useSorted(filtered, SORT_KEYS, 'name');

  return (
    <div className="tab-content">
      <div className="list-toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('addEntity')}
        </button>
        <input
          type="search"
          aria-label={t('filterEntities')}
          placeholder={t('filterEntitiesPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select aria-label={t('filterByKind')} value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">{t('allKinds')}</option>
          {ENTITY_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kind-${value}`)}
            </option>
          ))}
        </select>
      </div>
      {entities && entities.length === 0 ? (
        <p className="empty-list">{t('noEntities')}</p>
      ) : (
        <table className="data-table" aria-label={t('tabEntities')}>
          <thead>
            <tr>
              <SortHeader label={t('name')} sort={ariaSort('name')} onSort={() => sortBy('name')} />
              <SortHeader label={t('kind')} sort={ariaSort('kind')} onSort={() => sortBy('kind')} />
              <th scope="col">{t('alsoKnownAs')}</th>
              <SortHeader
                label={t('tabSources')}
                sort={ariaSort('sources')}
                onSort={() => sortBy('sources')}
              />
            </tr>
          </thead>
          <tbody>
            {sorted.map((entity) => (
              <tr key={entity.id}>
                <td>
                  <button type="button" className="link-button" dir="auto" onClick={() => setEditing(entity)}>
                    {entity.name}
                  </button>
                </td>
                <td>
                  <span className={`kind kind-${entity.kind}`}>{t(`kind-${entity.kind}`)}</span>
                </td>
                <td dir="auto">{entity.aliases.join(', ') || <span className="muted">—</span>}</td>
                <td>{entity.sourceIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <EntityDialog
          dossierId={dossierId}
          {...(editing === 'new' ? {} : { entity: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
