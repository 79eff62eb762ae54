import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { type PassphraseRating, ratePassphrase } from './passphrase-strength';

const SCORE_KEYS = ['scoreVeryWeak', 'scoreWeak', 'scoreFair', 'scoreStrong', 'scoreVeryStrong'] as const;

/**
 * The passphrase's strength in words and a meter, and for a weak one why it is weak. The estimator loads
 * on first use; until then (and while typing) the last rating stays, so the line does not flicker.
 */
export function PassphraseRatingView({ passphrase, personal }: { passphrase: string; personal: string[] }) {
  const t = useT('passphrase');
  const [rating, setRating] = useState<PassphraseRating | null>(null);
  const personalKey = personal.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: personalKey stands for personal's contents
  useEffect(() => {
    let current = true;
    ratePassphrase(passphrase, personal).then(
      (rated) => {
        if (current) setRating(rated);
      },
      () => {
        if (current) setRating(null);
      },
    );
    return () => {
      current = false;
    };
  }, [passphrase, personalKey]);
  if (!rating) return null;
  return (
    <div className="passphrase-rating" data-score={rating.score}>
      <meter aria-label={t('meterLabel')} min={0} max={4} low={2} high={3} optimum={4} value={rating.score} />
      <p role="status">{t(SCORE_KEYS[rating.score])}</p>
      {rating.reasons.length > 0 && (
        <ul className="passphrase-reasons">
          {rating.reasons.map((reason) => (
            <li key={reason}>{t(`reason-${reason}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
