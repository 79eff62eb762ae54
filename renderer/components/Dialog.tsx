import { type ReactNode, useEffect, useRef } from 'react';
import { dispatch } from '../state/ui-store';

interface DialogProps {
  title: string;
  children: ReactNode;
}

/** A modal dialog on the native <dialog> element: focus trapped, Escape closes it. */
export function Dialog({ title, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const titleId = `dialog-title-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => dispatch({ type: 'panel/close' })}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button button-icon"
          aria-label="Close"
          onClick={() => ref.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
