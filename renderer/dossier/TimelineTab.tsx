import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../../shared/model';
import { db } from '../db';
import { useT } from '../i18n';
import { EventDialog } from './EventDialog';
import { eventDateMidpoint, eventDateSortKey, formatEventDate, formatYear } from './event-dates';

const AXIS_WIDTH = 1000;

/** The overview band: every event placed by its date along one axis, years marked. */
function TimelineAxis({ events, onOpen }: { events: TimelineEvent[]; onOpen(event: TimelineEvent): void }) {
  const t = useT('dossier');
  const times = events.map((event) => eventDateMidpoint(event.date));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const firstYear = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear() + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = (time: number) => 20 + ((time - start) / (end - start)) * (AXIS_WIDTH - 40);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  return (
    <svg className="timeline-axis" viewBox={`0 0 ${AXIS_WIDTH} 64`} role="img" aria-label={t('timeAxis')}>
      <line x1={20} x2={AXIS_WIDTH - 20} y1={36} y2={36} className="axis-line" />
      {years.map((year) => (
        <g key={year}>
          <line
            x1={x(Date.UTC(year, 0, 1))}
            x2={x(Date.UTC(year, 0, 1))}
            y1={28}
            y2={44}
            className="axis-tick"
          />
          {year < lastYear && (
            <text x={x(Date.UTC(year, 0, 1)) + 4} y={58} className="axis-label">
              {formatYear(year)}
            </text>
          )}
        </g>
      ))}
      {events.map((event) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it is keyboard-operable
        <g
          key={event.id}
          role="button"
          tabIndex={0}
          aria-label={`${formatEventDate(event.date)}: ${event.title}`}
          onClick={() => onOpen(event)}
          onKeyDown={(key) => (key.key === 'Enter' || key.key === ' ') && onOpen(event)}
          className={`axis-event precision-${event.date.precision}${event.date.approximate ? ' approximate' : ''}`}
        >
          <circle cx={x(eventDateMidpoint(event.date))} cy={36} r={event.date.precision === 'day' ? 5 : 7} />
          <title>{`${formatEventDate(event.date)} — ${event.title}`}</title>
        </g>
      ))}
    </svg>
  );
}

export function TimelineTab({ dossierId }: { dossierId: string }) {
  const t = useT('dossier');
  const events = useLiveQuery(() => db.timeline.where('dossierId').equals(dossierId).toArray(), [dossierId]);
  const entities = useLiveQuery(
    () => db.entities.where('dossierId').equals(dossierId).toArray(),
    [dossierId],
  );
  const [editing, setEditing] = useState<TimelineEvent | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<'ascending' | 'descending'>('ascending');
  const names = useMemo(
    () => new Map((entities ?? []).map((entity) => [entity.id, entity.name])),
    [entities],
  );
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const sorted = [...(events ?? [])]
      .filter(
        (event) => !needle || `${event.title} ${event.description}`.toLocaleLowerCase().includes(needle),
      )
      .sort((a, b) => eventDateSortKey(a.date).localeCompare(eventDateSortKey(b.date)));
    return order === 'ascending' ? sorted : sorted.reverse();
  }, [events, filter, order]);

  let lastYear = '';
  return (
    <div className="tab-content">
      <div className="list-toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('addEvent')}
        </button>
        <input
          type="search"
          aria-label={t('filterEvents')}
          placeholder={t('filterEvents')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select
          aria-label={t('eventOrder')}
          value={order}
          onChange={(event) => setOrder(event.target.value as 'ascending' | 'descending')}
        >
          <option value="ascending">{t('oldestFirst')}</option>
          <option value="descending">{t('newestFirst')}</option>
        </select>
      </div>
      {events && events.length === 0 ? (
        <p className="empty-list">{t('noEvents')}</p>
      ) : (
        <>
          {shown.length > 0 && <TimelineAxis events={shown} onOpen={setEditing} />}
          <ol className="timeline" aria-label={t('tabTimeline')}>
            {shown.map((event) => {
              const year = event.date.value.slice(0, 4);
              const showYear = year !== lastYear;
              lastYear = year;
              return (
                <li key={event.id} className="timeline-item">
                  {showYear && <span className="timeline-year">{formatYear(Number(year))}</span>}
                  <span
                    className={`timeline-dot precision-${event.date.precision}${event.date.approximate ? ' approximate' : ''}`}
                    aria-hidden="true"
                  />
                  <div className="timeline-card">
                    <span className="timeline-date">{formatEventDate(event.date)}</span>
                    <button
                      type="button"
                      className="link-button timeline-title"
                      dir="auto"
                      onClick={() => setEditing(event)}
                    >
                      {event.title}
                    </button>
                    {event.description && (
                      <p className="timeline-description" dir="auto">
                        {event.description}
                      </p>
                    )}
                    {event.entityIds.length > 0 && (
                      <p className="timeline-entities" dir="auto">
                        {event.entityIds
                          .map((id) => names.get(id))
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {editing && (
        <EventDialog
          dossierId={dossierId}
          {...(editing === 'new' ? {} : { event: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
