import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  /** The accessible name, also shown on hover with the shortcut. */
  label: string;
  shortcut?: string;
  /** For toggles (bold, lists): whether it is on where the cursor is. */
  pressed?: boolean;
  disabled?: boolean;
  /** Shows words beside the icon. */
  text?: boolean;
  onRun(): void;
  children: ReactNode;
}

/** One toolbar button. It does not take focus from the text when clicked, so the selection stays. */
export function ToolbarButton({
  label,
  shortcut,
  pressed,
  disabled,
  text,
  onRun,
  children,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={['tool-button', pressed && 'tool-button-on', text && 'tool-button-text']
        .filter(Boolean)
        .join(' ')}
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}
