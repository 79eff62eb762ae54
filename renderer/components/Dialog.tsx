import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n';
import { dispatch } from '../state/ui-store';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Called when the dialog closes (Escape, the close button). Defaults to closing the app panel. */
  onClose?: () => void;
  wide?: boolean;
}

/** A modal dialog on the native <dialog> element: focus trapped, Escape closes it. */
export function Dialog({ title, children, onClose, wide }: DialogProps) {
  const t = useT('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={() => (onClose ? onClose() : dispatch({ type: 'panel/close' }))}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button button-icon"
          aria-label={t('close')}
          onClick={() => ref.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
