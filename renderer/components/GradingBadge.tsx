import { formatGrading, type Grading } from '../../shared/model';
import { useT } from '../i18n';
import { describeGrading } from '../i18n/model-words';

/** The Admiralty grading at a glance ("B2"), its meaning on hover. */
export function GradingBadge({ grading }: { grading: Grading }) {
  useT('common'); // re-renders the hover text when the language changes
  const code = formatGrading(grading);
  return (
    <span className={`grading-badge grading-${grading.reliability}`} title={describeGrading(grading)}>
      {code}
    </span>
  );
}
