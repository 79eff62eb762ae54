import { type Marking, markingLabel, markingLevel } from '../../shared/model';
import { useT } from '../i18n';
import { markingMeaning } from '../i18n/model-words';

/** The marking as the export prints it, in its scheme's colours. */
export function MarkingBadge({ marking }: { marking: Marking }) {
  useT('markings'); // re-renders the explanation when the language changes
  const level = markingLevel(marking);
  return (
    <span
      className="marking-badge"
      style={{ color: level.textColor, background: level.backgroundColor }}
      title={markingMeaning(marking)}
    >
      {markingLabel(marking)}
    </span>
  );
}
