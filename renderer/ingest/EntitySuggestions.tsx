import { useId } from 'react';
import { ENTITY_KINDS, type EntityKind } from '../../shared/model';
import { type EntityChoice, entityChoiceOutcome } from './ingest-review';

const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};

interface EntitySuggestionsProps {
  choices: readonly EntityChoice[];
  onChange(index: number, choice: EntityChoice): void;
  onAcceptAll(accepted: boolean): void;
}

/** People, organisations and places the material mentions; each says whether it links or creates. */
export function EntitySuggestions({ choices, onChange, onAcceptAll }: EntitySuggestionsProps) {
  const id = useId();
  const all = choices.length > 0 && choices.every((choice) => choice.accepted);
  return (
    <fieldset className="ingest-suggestions">
      <legend>People, organisations and places</legend>
      {choices.length === 0 ? (
        <p className="muted">None found in the text.</p>
      ) : (
        <>
          <button type="button" className="link-button ingest-accept-all" onClick={() => onAcceptAll(!all)}>
            {all ? 'Accept none' : 'Accept all'}
          </button>
          <ul className="ingest-suggestion-list">
            {choices.map((choice, index) => {
              const outcomeId = `${id}-${index}`;
              const { suggestion } = choice;
              return (
                <li key={`${suggestion.kind}:${suggestion.name}`} className="ingest-suggestion">
                  <label className="checkbox ingest-suggestion-name">
                    <input
                      type="checkbox"
                      checked={choice.accepted}
                      aria-describedby={outcomeId}
                      onChange={(event) => onChange(index, { ...choice, accepted: event.target.checked })}
                    />
                    {suggestion.name}
                  </label>
                  {choice.existing ? (
                    <span className={`kind kind-${choice.kind}`}>{KIND_LABELS[choice.kind]}</span>
                  ) : (
                    <select
                      className="ingest-kind"
                      aria-label={`Kind of ${suggestion.name}`}
                      value={choice.kind}
                      onChange={(event) =>
                        onChange(index, { ...choice, kind: event.target.value as EntityKind })
                      }
                    >
                      {ENTITY_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  )}
                  <span
                    id={outcomeId}
                    className={choice.existing ? 'ingest-outcome ingest-outcome-link' : 'ingest-outcome'}
                  >
                    {entityChoiceOutcome(choice)}
                    {suggestion.aliases.length > 0 && ` · also ${suggestion.aliases.join(', ')}`}
                    {` · ${suggestion.mentions} ${suggestion.mentions === 1 ? 'mention' : 'mentions'}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
