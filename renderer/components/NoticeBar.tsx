import { useEffect } from 'react';
import { useT } from '../i18n';
import { dispatch, useUiState } from '../state/ui-store';

/** How long an information notice stays; errors stay until dismissed. */
const INFO_NOTICE_MS = 10_000;

/** The last message for the user; errors are announced assertively and stay until dismissed. */
export function NoticeBar() {
  const t = useT('common');
  const notice = useUiState((state) => state.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(() => dispatch({ type: 'notice/dismiss' }), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <span className="notice-actions">
        {notice.action && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const action = notice.action;
              dispatch({ type: 'notice/dismiss' });
              void action?.run();
            }}
          >
            {notice.action.label}
          </button>
        )}
        <button
          type="button"
          className="button button-icon"
          aria-label={t('dismissMessage')}
          onClick={() => dispatch({ type: 'notice/dismiss' })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </div>
  );
}
