import { useId } from 'react';
import { type DatePrecision, MAX_TITLE_LENGTH } from '../../shared/model';
import { formatEventDate } from '../dossier/event-dates';
import { useT } from '../i18n';
import type { DateChoice } from './ingest-review';

interface DateSuggestionsProps {
  choices: readonly DateChoice[];
  onChange(index: number, choice: DateChoice): void;
}

/** Dates the text gives, each a timeline event the user accepts on its own and may retitle. */
export function DateSuggestions({ choices, onChange }: DateSuggestionsProps) {
  const t = useT('ingest');
  const id = useId();
  return (
    <fieldset className="ingest-suggestions">
      <legend>{t('datesLegend')}</legend>
      {choices.length === 0 ? (
        <p className="muted">{t('noDates')}</p>
      ) : (
        <ul className="ingest-suggestion-list">
          {choices.map((choice, index) => {
            const shown = formatEventDate(choice.date);
            const noteId = `${id}-${index}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same words may give two suggestions
              <li key={index} className="ingest-suggestion ingest-date">
                <label className="checkbox ingest-suggestion-name">
                  <input
                    type="checkbox"
                    checked={choice.accepted}
                    aria-describedby={noteId}
                    onChange={(event) => onChange(index, { ...choice, accepted: event.target.checked })}
                  />
                  <span>
                    <span className="ingest-date-value">{shown}</span>{' '}
                    <bdi>{t('quoted', { text: choice.suggestion.text })}</bdi>
                  </span>
                </label>
                <span id={noteId} className="ingest-outcome">
                  {t('datePrecision', {
                    approximate: choice.date.approximate ? 'yes' : 'no',
                    precision: choice.date.precision satisfies DatePrecision,
                  })}
                </span>
                <input
                  className="ingest-event-title"
                  aria-label={t('eventTitleFor', { date: shown })}
                  value={choice.title}
                  required={choice.accepted}
                  maxLength={MAX_TITLE_LENGTH}
                  onChange={(event) => onChange(index, { ...choice, title: event.target.value })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
