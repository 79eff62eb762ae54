import { type Marking, markingLabel, markingLevel } from '../../shared/model';

/** The marking as the export prints it, in its scheme's colours. */
export function MarkingBadge({ marking }: { marking: Marking }) {
  const level = markingLevel(marking);
  return (
    <span
      className="marking-badge"
      style={{ color: level.textColor, background: level.backgroundColor }}
      title={level.meaning}
    >
      {markingLabel(marking)}
    </span>
  );
}
