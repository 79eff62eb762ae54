import { dispatch, useUiState } from '../state/ui-store';

/** The last message for the user; errors are announced assertively and stay until dismissed. */
export function NoticeBar() {
  const notice = useUiState((state) => state.notice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button
        type="button"
        className="button button-icon"
        aria-label="Dismiss message"
        onClick={() => dispatch({ type: 'notice/dismiss' })}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
