import type { Source } from '../../shared/model';
import { formatGrading } from '../../shared/model';
import { useT } from '../i18n';

interface SourcePickerProps {
  label: string;
  sources: readonly Source[];
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/** A checklist of the dossier's sources, to link an entity or event to the sources that mention it. */
export function SourcePicker({ label, sources, selected, onChange }: SourcePickerProps) {
  const t = useT('dossier');
  if (sources.length === 0) return <p className="muted">{t('noSourcesYet')}</p>;
  return (
    <fieldset className="checklist">
      <legend>{label}</legend>
      {sources.map((source) => (
        <label key={source.id} className="checklist-item">
          <input
            type="checkbox"
            checked={selected.includes(source.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, source.id] : selected.filter((id) => id !== source.id),
              )
            }
          />
          <bdi>{source.title}</bdi>
          <span className="muted">{formatGrading(source.grading)}</span>
        </label>
      ))}
    </fieldset>
  );
}
