import { useId } from 'react';
import { ENTITY_KINDS, type EntityKind } from '../../shared/model';
import { useT } from '../i18n';
import { type EntityChoice, entityChoiceOutcome } from './ingest-review';

interface EntitySuggestionsProps {
  choices: readonly EntityChoice[];
  onChange(index: number, choice: EntityChoice): void;
  onAcceptAll(accepted: boolean): void;
}

/** People, organisations and places the material mentions; each says whether it links or creates. */
export function EntitySuggestions({ choices, onChange, onAcceptAll }: EntitySuggestionsProps) {
  const t = useT('ingest');
  const td = useT('dossier');
  const id = useId();
  const all = choices.length > 0 && choices.every((choice) => choice.accepted);
  return (
    <fieldset className="ingest-suggestions">
      <legend>{t('entitiesLegend')}</legend>
      {choices.length === 0 ? (
        <p className="muted">{t('noEntities')}</p>
      ) : (
        <>
          <button type="button" className="link-button ingest-accept-all" onClick={() => onAcceptAll(!all)}>
            {all ? t('acceptNone') : t('acceptAll')}
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
                    <bdi>{suggestion.name}</bdi>
                  </label>
                  {choice.existing ? (
                    <span className={`kind kind-${choice.kind}`}>{td(`kind-${choice.kind}`)}</span>
                  ) : (
                    <select
                      className="ingest-kind"
                      aria-label={t('kindOf', { name: suggestion.name })}
                      value={choice.kind}
                      onChange={(event) =>
                        onChange(index, { ...choice, kind: event.target.value as EntityKind })
                      }
                    >
                      {ENTITY_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {td(`kind-${kind}`)}
                        </option>
                      ))}
                    </select>
                  )}
                  <span
                    id={outcomeId}
                    className={choice.existing ? 'ingest-outcome ingest-outcome-link' : 'ingest-outcome'}
                  >
                    {entityChoiceOutcome(choice)}
                    {suggestion.aliases.length > 0 &&
                      t('alsoAliases', { aliases: suggestion.aliases.join(', ') })}
                    {t('mentions', { count: suggestion.mentions })}
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
