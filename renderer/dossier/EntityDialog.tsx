import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ENTITY_KINDS, type Entity } from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { useT } from '../i18n';
import { offerUndo, reportError } from '../state/ui-store';
import { SourcePicker } from './SourcePicker';

interface EntityDialogProps {
  dossierId: string;
  entity?: Entity;
  onClose(): void;
}

export function EntityDialog({ dossierId, entity, onClose }: EntityDialogProps) {
  const t = useT('dossier');
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
    <Dialog title={entity ? t('editNamed', { name: entity.name }) : t('addEntity')} onClose={onClose} wide>
      <form
        className="form form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('name')}>
          <input required autoFocus value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('kind')}>
          <select value={kind} onChange={(event) => setKind(event.target.value as Entity['kind'])}>
            {ENTITY_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`kind-${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-wide">
          <Field label={t('aliases')} hint={t('aliasesHint')}>
            <input value={aliases} onChange={(event) => setAliases(event.target.value)} />
          </Field>
        </div>
        <div className="form-wide">
          <Field label={t('notes')}>
            <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
          </Field>
        </div>
        <div className="form-wide">
          <SourcePicker
            label={t('mentionedIn')}
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
              {t('deleteEntity')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            {t('saveEntity')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
