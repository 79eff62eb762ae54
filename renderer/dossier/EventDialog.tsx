import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DATE_PRECISIONS, type EventDate, type TimelineEvent } from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { useT } from '../i18n';
import { offerUndo, reportError } from '../state/ui-store';
import { SourcePicker } from './SourcePicker';

interface EventDialogProps {
  dossierId: string;
  event?: TimelineEvent;
  onClose(): void;
}

function inputValue(date: EventDate | undefined, precision: EventDate['precision']): string {
  if (!date) return '';
  return date.value.slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
}

export function EventDialog({ dossierId, event, onClose }: EventDialogProps) {
  const t = useT('dossier');
  const sources = useLiveQuery(
    () => db.sources.where('dossierId').equals(dossierId).sortBy('title'),
    [dossierId],
  );
  const entities = useLiveQuery(
    () => db.entities.where('dossierId').equals(dossierId).sortBy('name'),
    [dossierId],
  );
  const [title, setTitle] = useState(event?.title ?? '');
  const [precision, setPrecision] = useState<EventDate['precision']>(event?.date.precision ?? 'day');
  const [value, setValue] = useState(inputValue(event?.date, event?.date.precision ?? 'day'));
  const [approximate, setApproximate] = useState(event?.date.approximate ?? false);
  const [description, setDescription] = useState(event?.description ?? '');
  const [sourceIds, setSourceIds] = useState<string[]>(event?.sourceIds ?? []);
  const [entityIds, setEntityIds] = useState<string[]>(event?.entityIds ?? []);

  const submit = async () => {
    try {
      const fields = {
        title: title.trim(),
        date: { value, precision, approximate },
        description,
        sourceIds,
        entityIds,
      };
      if (event) await store.updateEvent(event.id, fields);
      else await store.addEvent(dossierId, fields);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog title={event ? t('editEvent') : t('addEvent')} onClose={onClose} wide>
      <form
        className="form form-grid"
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          void submit();
        }}
      >
        <div className="form-wide">
          <Field label={t('whatHappened')}>
            <input required autoFocus value={title} onChange={(change) => setTitle(change.target.value)} />
          </Field>
        </div>
        <Field label={t('precision')}>
          <select
            value={precision}
            onChange={(change) => {
              const next = change.target.value as EventDate['precision'];
              setPrecision(next);
              setValue(value.slice(0, next === 'day' ? 10 : next === 'month' ? 7 : 4));
            }}
          >
            {DATE_PRECISIONS.map((option) => (
              <option key={option} value={option}>
                {t(`precision-${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('date')}>
          {precision === 'day' ? (
            <input type="date" required value={value} onChange={(change) => setValue(change.target.value)} />
          ) : precision === 'month' ? (
            <input
              type="month"
              required
              value={value}
              placeholder="2024-05"
              pattern="\d{4}-\d{2}"
              onChange={(change) => setValue(change.target.value)}
            />
          ) : (
            <input
              type="number"
              required
              min={1900}
              max={2200}
              value={value}
              onChange={(change) => setValue(change.target.value)}
            />
          )}
        </Field>
        <label className="checkbox form-wide">
          <input
            type="checkbox"
            checked={approximate}
            onChange={(change) => setApproximate(change.target.checked)}
          />
          {t('approximate')}
        </label>
        <div className="form-wide">
          <Field label={t('description')}>
            <textarea
              rows={3}
              value={description}
              onChange={(change) => setDescription(change.target.value)}
            />
          </Field>
        </div>
        <SourcePicker
          label={t('tabSources')}
          sources={sources ?? []}
          selected={sourceIds}
          onChange={setSourceIds}
        />
        <fieldset className="checklist">
          <legend>{t('peopleAndOrganisations')}</legend>
          {(entities ?? []).length === 0 && <p className="muted">{t('noEntitiesYet')}</p>}
          {(entities ?? []).map((entity) => (
            <label key={entity.id} className="checklist-item">
              <input
                type="checkbox"
                checked={entityIds.includes(entity.id)}
                onChange={(change) =>
                  setEntityIds(
                    change.target.checked
                      ? [...entityIds, entity.id]
                      : entityIds.filter((id) => id !== entity.id),
                  )
                }
              />
              <bdi>{entity.name}</bdi>
            </label>
          ))}
        </fieldset>
        <div className="form-actions form-wide">
          {event && (
            <button
              type="button"
              className="button button-danger push-left"
              onClick={async () => {
                try {
                  offerUndo(await store.deleteEvent(event.id));
                  onClose();
                } catch (error) {
                  reportError(error);
                }
              }}
            >
              {t('deleteEvent')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim() || !value}>
            {t('saveEvent')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
