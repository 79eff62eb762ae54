import { useState } from 'react';
import type { ConflictChoice, MergeConflict, MergeResult } from '../../shared/sharing';
import { useT } from '../i18n';
import { conflictValueText } from './conflict-value';

interface MergeConflictsViewProps {
  result: MergeResult;
  fileName: string;
  onMerge(choices: Record<string, ConflictChoice>): void;
  onCancel(): void;
}

const CHOICES: readonly { choice: ConflictChoice; label: string }[] = [
  { choice: 'mine', label: 'keepMine' },
  { choice: 'theirs', label: 'takeTheirs' },
  { choice: 'both', label: 'keepBoth' },
];

const KIND_KEYS: Record<MergeConflict['kind'], string> = {
  dossier: 'kind-dossier',
  sources: 'kind-source',
  entities: 'kind-entity',
  timeline: 'kind-event',
  briefings: 'kind-briefing',
};

/**
 * The fields both officers changed, each in their own way: both values side by side and a choice for
 * each. Nothing is preselected, so nothing is decided for the user; the merge waits until every one is.
 */
export function MergeConflictsView({ result, fileName, onMerge, onCancel }: MergeConflictsViewProps) {
  const t = useT('sharing');
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const open = result.conflicts.filter((conflict) => !choices[conflict.id]).length;
  return (
    <form
      className="form merge-conflicts"
      aria-label={t('conflictsLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        if (open === 0) onMerge(choices);
      }}
    >
      <p>{t('conflictsIntro', { file: fileName, count: result.conflicts.length })}</p>
      {result.conflicts.map((conflict) => (
        <fieldset key={conflict.id} className="merge-conflict">
          <legend>
            {t('conflictLegend', {
              kind: t(KIND_KEYS[conflict.kind]),
              label: conflict.label,
              field: conflict.field,
            })}
          </legend>
          <dl className="merge-conflict-values">
            <div>
              <dt>{t('yours')}</dt>
              <dd dir="auto">{conflictValueText(conflict.mine)}</dd>
            </div>
            <div>
              <dt>{t('theirs')}</dt>
              <dd dir="auto">{conflictValueText(conflict.theirs)}</dd>
            </div>
          </dl>
          <div className="merge-conflict-choices">
            {CHOICES.map(({ choice, label }) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={conflict.id}
                  value={choice}
                  checked={choices[conflict.id] === choice}
                  onChange={() => setChoices((current) => ({ ...current, [conflict.id]: choice }))}
                />{' '}
                {t(label)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {open > 0 && (
        <p className="muted" role="status">
          {t('conflictsOpen', { count: open })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={open > 0}>
          {t('merge')}
        </button>
      </div>
    </form>
  );
}
