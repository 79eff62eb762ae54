import {
  checkBriefingMarking,
  isSameMarking,
  type Marking,
  markingLabel,
  type Source,
} from '../../shared/model';

interface MarkingWarningProps {
  marking: Marking;
  /** The sources the briefing cites. */
  citedSources: readonly Source[];
  onRaise(marking: Marking): void;
}

function describeSources(sources: readonly Source[], marking: Marking): string {
  const titles = sources
    .filter((source) => isSameMarking(source.marking, marking))
    .map((source) => `“${source.title}”`);
  const shown = titles.slice(0, 2).join(', ');
  return titles.length > 2 ? `${shown} and ${titles.length - 2} more` : shown;
}

/** Says so, visibly, when the briefing is marked below what it cites or in a scheme that cannot be compared. */
export function MarkingWarning({ marking, citedSources, onRaise }: MarkingWarningProps) {
  const check = checkBriefingMarking(marking, citedSources);
  if (check.status === 'ok') return null;
  const [raiseTo] = check.higher;
  return (
    <div className="marking-warning" role="alert">
      <span className="marking-warning-icon" aria-hidden="true">
        !
      </span>
      <div className="marking-warning-text">
        {check.status === 'under-marked' ? (
          <>
            <strong>Marked lower than its sources.</strong> This briefing is {markingLabel(marking)}, but it
            cites{' '}
            {check.higher.map((higher, index) => (
              <span key={`${higher.scheme}-${higher.level}`}>
                {index > 0 && ' and '}
                {describeSources(citedSources, higher)} marked <strong>{markingLabel(higher)}</strong>
              </span>
            ))}
            .
          </>
        ) : (
          <>
            <strong>Marking cannot be checked.</strong> This briefing is {markingLabel(marking)}, but it cites{' '}
            {check.incomparable.map((other, index) => (
              <span key={`${other.scheme}-${other.level}`}>
                {index > 0 && ' and '}
                {describeSources(citedSources, other)} marked <strong>{markingLabel(other)}</strong>
              </span>
            ))}
            , in a scheme that does not compare with it. Check the marking by hand.
          </>
        )}
      </div>
      {check.status === 'under-marked' && raiseTo && check.higher.length === 1 && (
        <button type="button" className="button" onClick={() => onRaise(raiseTo)}>
          Raise to {markingLabel(raiseTo)}
        </button>
      )}
    </div>
  );
}
