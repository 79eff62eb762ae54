import { MARKING_SCHEME_IDS, MARKING_SCHEMES, type Marking, type MarkingSchemeId } from '../../shared/model';
import { useT } from '../i18n';
import { markingLevelMeaning, markingSchemeName } from '../i18n/model-words';

interface MarkingPickerProps {
  value: Marking;
  onChange(marking: Marking): void;
  /** Prefix for the two controls' accessible names, e.g. "Dossier marking". */
  label?: string;
}

/** Scheme and level, as two selects; changing the scheme picks its least restrictive level. */
export function MarkingPicker({ value, onChange, label: givenLabel }: MarkingPickerProps) {
  const t = useT('common');
  const label = givenLabel ?? t('marking');
  const scheme = MARKING_SCHEMES[value.scheme];
  return (
    <span className="marking-picker">
      <select
        aria-label={t('markingScheme', { label })}
        value={value.scheme}
        onChange={(event) => {
          const next = MARKING_SCHEMES[event.target.value as MarkingSchemeId];
          const first = next.levels[0];
          if (first) onChange({ scheme: next.id, level: first.id } as Marking);
        }}
      >
        {MARKING_SCHEME_IDS.map((id) => (
          <option key={id} value={id}>
            {markingSchemeName(id)}
          </option>
        ))}
      </select>
      <select
        aria-label={label}
        value={value.level}
        onChange={(event) => onChange({ scheme: value.scheme, level: event.target.value } as Marking)}
      >
        {scheme.levels.map((level) => (
          <option
            key={level.id}
            value={level.id}
            title={markingLevelMeaning(value.scheme, level.id, level.meaning)}
          >
            {level.label}
          </option>
        ))}
      </select>
    </span>
  );
}
