import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ENTITY_KINDS, type Entity } from '../../shared/model';
import { db } from '../db';
import { ENTITY_KIND_LABELS, EntityDialog } from './EntityDialog';
import { SortHeader } from './SortHeader';
import { useSorted } from './use-sorted';

const SORT_KEYS = {
  name: (entity: Entity) => entity.name.toLocaleLowerCase(),
  kind: (entity: Entity) => entity.kind,
  sources: (entity: Entity) => entity.sourceIds.length,
};

export function EntitiesTab({ dossierId }: { dossierId: string }) {
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
          Add entity
        </button>
        <input
          type="search"
          aria-label="Filter entities"
          placeholder="Filter by name or alias"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select aria-label="Filter by kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">All kinds</option>
          {ENTITY_KINDS.map((value) => (
            <option key={value} value={value}>
              {ENTITY_KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {entities && entities.length === 0 ? (
        <p className="empty-list">No people, organisations or places noted yet.</p>
      ) : (
        <table className="data-table" aria-label="Entities">
          <thead>
            <tr>
              <SortHeader label="Name" sort={ariaSort('name')} onSort={() => sortBy('name')} />
              <SortHeader label="Kind" sort={ariaSort('kind')} onSort={() => sortBy('kind')} />
              <th scope="col">Also known as</th>
              <SortHeader label="Sources" sort={ariaSort('sources')} onSort={() => sortBy('sources')} />
            </tr>
          </thead>
          <tbody>
            {sorted.map((entity) => (
              <tr key={entity.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(entity)}>
                    {entity.name}
                  </button>
                </td>
                <td>
                  <span className={`kind kind-${entity.kind}`}>{ENTITY_KIND_LABELS[entity.kind]}</span>
                </td>
                <td>{entity.aliases.join(', ') || <span className="muted">—</span>}</td>
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
