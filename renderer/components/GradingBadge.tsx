import { describeGrading, formatGrading, type Grading } from '../../shared/model';

/** The Admiralty grading at a glance ("B2"), its meaning on hover. */
export function GradingBadge({ grading }: { grading: Grading }) {
  const code = formatGrading(grading);
  return (
    <span className={`grading-badge grading-${grading.reliability}`} title={describeGrading(grading)}>
      {code}
    </span>
  );
}
