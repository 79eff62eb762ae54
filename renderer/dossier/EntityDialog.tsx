import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ENTITY_KINDS, type Entity } from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { offerUndo, reportError } from '../state/ui-store';
import { SourcePicker } from './SourcePicker';

export const ENTITY_KIND_LABELS: Record<Entity['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};

interface EntityDialogProps {
  dossierId: string;
  entity?: Entity;
  onClose(): void;
}

export function EntityDialog({ dossierId, entity, onClose }: EntityDialogProps) {
  const sources = useLiveQuery(
    () => db.sources.where('dossierId').equals(dossierId).sortBy('title'),
    [dossierId],
  );
  const [name, setName] = useState(entity?.name ?? '');
  const [kind, setKind] = useState<Entity['kind']>(entity?.kind ?? 'person');
  const [aliases, setAliases] = useState(entity?.aliases.join(', ') ?? '');
  const [notes, setNotes] = useState(entity?.notes ?? '');
  const [sourceIds, setSourceIds] = useState<string[]>(entity?.sourceIds ?? []);

  const submit = async () => {
    try {
      const fields = {
        name: name.trim(),
        kind,
        aliases: [
          ...new Set(
            aliases
              .split(',')
              .map((alias) => alias.trim())
              .filter(Boolean),
          ),
        ],
        notes,
        sourceIds,
      };
      if (entity) await store.updateEntity(entity.id, fields);
      else await store.addEntity(dossierId, fields);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog title={entity ? `Edit ${entity.name}` : 'Add entity'} onClose={onClose} wide>
      <form
        className="form form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label="Name">
          <input required autoFocus value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label="Kind">
          <select value={kind} onChange={(event) => setKind(event.target.value as Entity['kind'])}>
            {ENTITY_KINDS.map((value) => (
              <option key={value} value={value}>
                {ENTITY_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-wide">
          <Field label="Aliases" hint="Other spellings and transliterations, separated by commas">
            <input value={aliases} onChange={(event) => setAliases(event.target.value)} />
          </Field>
        </div>
        <div className="form-wide">
          <Field label="Notes">
            <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
          </Field>
        </div>
        <div className="form-wide">
          <SourcePicker
            label="Mentioned in"
            sources={sources ?? []}
            selected={sourceIds}
            onChange={setSourceIds}
          />
        </div>
        <div className="form-actions form-wide">
          {entity && (
            <button
              type="button"
              className="button button-danger push-left"
              onClick={async () => {
                try {
                  offerUndo(await store.deleteEntity(entity.id));
                  onClose();
                } catch (error) {
                  reportError(error);
                }
              }}
            >
              Delete entity
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            Save entity
          </button>
        </div>
      </form>
    </Dialog>
  );
}
