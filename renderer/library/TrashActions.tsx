import { store } from '../db';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';

/** "Empty Trash", which asks first: it is the one deletion Undo cannot reverse. */
export function TrashActions({ count }: { count: number }) {
  return (
    <button
      type="button"
      className="button button-danger"
      disabled={count === 0}
      onClick={async () => {
        try {
          const confirmed = await platform.confirm({
            title: 'Empty Trash',
            message: `Delete ${count} dossier${count === 1 ? '' : 's'} for ever?`,
            detail:
              'Their sources, entities, timelines, briefings and versions are deleted too. This cannot be undone.',
            confirmLabel: 'Empty Trash',
            destructive: true,
          });
          if (!confirmed) return;
          const removed = await store.emptyTrash();
          dispatch({
            type: 'notice/show',
            tone: 'info',
            text: `${removed} dossier${removed === 1 ? '' : 's'} deleted for ever.`,
          });
        } catch (error) {
          reportError(error);
        }
      }}
    >
      Empty Trash
    </button>
  );
}
