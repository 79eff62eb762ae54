import { useId } from 'react';
import { type DatePrecision, MAX_TITLE_LENGTH } from '../../shared/model';
import { formatEventDate } from '../dossier/event-dates';
import type { DateChoice } from './ingest-review';

const PRECISION_NOTES: Readonly<Record<DatePrecision, string>> = {
  day: 'to the day',
  month: 'to the month',
  year: 'to the year',
};

interface DateSuggestionsProps {
  choices: readonly DateChoice[];
  onChange(index: number, choice: DateChoice): void;
}

/** Dates the text gives, each a timeline event the user accepts on its own and may retitle. */
export function DateSuggestions({ choices, onChange }: DateSuggestionsProps) {
  const id = useId();
  return (
    <fieldset className="ingest-suggestions">
      <legend>Dates for the timeline</legend>
      {choices.length === 0 ? (
        <p className="muted">No dates found in the text.</p>
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
                    <span className="ingest-date-value">{shown}</span> “{choice.suggestion.text}”
                  </span>
                </label>
                <span id={noteId} className="ingest-outcome">
                  {choice.date.approximate ? 'Approximate, ' : 'Known '}
                  {PRECISION_NOTES[choice.date.precision]}
                </span>
                <input
                  className="ingest-event-title"
                  aria-label={`Event title for ${shown}`}
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
