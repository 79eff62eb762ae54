import { useState } from 'react';
import type { ConflictChoice, MergeConflict, MergeResult } from '../../shared/sharing';
import { conflictValueText } from './conflict-value';

interface MergeConflictsViewProps {
  result: MergeResult;
  fileName: string;
  onMerge(choices: Record<string, ConflictChoice>): void;
  onCancel(): void;
}

const KIND_NAMES: Record<MergeConflict['kind'], string> = {
  dossier: 'Dossier',
  sources: 'Source',
  entities: 'Entity',
  timeline: 'Timeline event',
  briefings: 'Briefing',
};

const CHOICES: readonly { choice: ConflictChoice; label: string }[] = [
  { choice: 'mine', label: 'Keep mine' },
  { choice: 'theirs', label: 'Take theirs' },
  { choice: 'both', label: 'Keep both' },
];

/**
 * The fields both officers changed, each in their own way: both values side by side and a choice for
 * each. Nothing is preselected, so nothing is decided for the user; the merge waits until every one is.
 */
export function MergeConflictsView({ result, fileName, onMerge, onCancel }: MergeConflictsViewProps) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const open = result.conflicts.filter((conflict) => !choices[conflict.id]).length;
  return (
    <form
      className="form merge-conflicts"
      aria-label="Conflicts to resolve"
      onSubmit={(event) => {
        event.preventDefault();
        if (open === 0) onMerge(choices);
      }}
    >
      <p>
        You and the sender of {fileName} both changed{' '}
        {result.conflicts.length === 1 ? 'this field' : `these ${result.conflicts.length} fields`}. Choose for
        each what to keep; “Keep both” keeps your record and adds theirs beside it.
      </p>
      {result.conflicts.map((conflict) => (
        <fieldset key={conflict.id} className="merge-conflict">
          <legend>
            {KIND_NAMES[conflict.kind]} “{conflict.label}”: {conflict.field}
          </legend>
          <dl className="merge-conflict-values">
            <div>
              <dt>Yours</dt>
              <dd>{conflictValueText(conflict.mine)}</dd>
            </div>
            <div>
              <dt>Theirs</dt>
              <dd>{conflictValueText(conflict.theirs)}</dd>
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
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {open > 0 && (
        <p className="muted" role="status">
          {open === 1 ? 'One conflict still needs' : `${open} conflicts still need`} a choice.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={open > 0}>
          Merge
        </button>
      </div>
    </form>
  );
}
