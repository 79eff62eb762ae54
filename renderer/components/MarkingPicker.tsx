import { MARKING_SCHEME_IDS, MARKING_SCHEMES, type Marking, type MarkingSchemeId } from '../../shared/model';

interface MarkingPickerProps {
  value: Marking;
  onChange(marking: Marking): void;
  /** Prefix for the two controls' accessible names, e.g. "Dossier marking". */
  label?: string;
}

/** Scheme and level, as two selects; changing the scheme picks its least restrictive level. */
export function MarkingPicker({ value, onChange, label = 'Marking' }: MarkingPickerProps) {
  const scheme = MARKING_SCHEMES[value.scheme];
  return (
    <span className="marking-picker">
      <select
        aria-label={`${label} scheme`}
        value={value.scheme}
        onChange={(event) => {
          const next = MARKING_SCHEMES[event.target.value as MarkingSchemeId];
          const first = next.levels[0];
          if (first) onChange({ scheme: next.id, level: first.id } as Marking);
        }}
      >
        {MARKING_SCHEME_IDS.map((id) => (
          <option key={id} value={id}>
            {MARKING_SCHEMES[id].name}
          </option>
        ))}
      </select>
      <select
        aria-label={label}
        value={value.level}
        onChange={(event) => onChange({ scheme: value.scheme, level: event.target.value } as Marking)}
      >
        {scheme.levels.map((level) => (
          <option key={level.id} value={level.id} title={level.meaning}>
            {level.label}
          </option>
        ))}
      </select>
    </span>
  );
}
