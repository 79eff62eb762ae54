import { store } from '../db';
import { useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';

/** "Empty Trash", which asks first: it is the one deletion Undo cannot reverse. */
export function TrashActions({ count }: { count: number }) {
  const t = useT('library');
  return (
    <button
      type="button"
      className="button button-danger"
      disabled={count === 0}
      onClick={async () => {
        try {
          const confirmed = await platform.confirm({
            title: t('emptyTrash'),
            message: t('emptyTrashQuestion', { count }),
            detail: t('emptyTrashDetail'),
            confirmLabel: t('emptyTrash'),
            cancelLabel: t('cancel'),
            destructive: true,
          });
          if (!confirmed) return;
          const removed = await store.emptyTrash();
          dispatch({
            type: 'notice/show',
            tone: 'info',
            text: t('emptiedTrash', { count: removed }),
          });
        } catch (error) {
          reportError(error);
        }
      }}
    >
      {t('emptyTrash')}
    </button>
  );
}
