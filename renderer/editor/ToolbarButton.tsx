import type { ReactNode } from 'react';
import type { CommandId } from '../../shared/commands';
import { useCommandAvailable } from '../commands/command-context';
import { commandLabel, commandTitle, runCommand } from '../commands/commands';
import { useT } from '../i18n';

interface ToolbarButtonProps {
  /** The command it runs, which gives its accessible name, shortcut and when it is enabled. */
  commandId: CommandId;
  /** For toggles (bold, lists): whether it is on where the cursor is. */
  pressed?: boolean;
  /** Shows words beside the icon. */
  text?: boolean;
  className?: string;
  children: ReactNode;
}

/** One toolbar button. It does not take focus from the text when clicked, so the selection stays. */
export function ToolbarButton({ commandId, pressed, text, className, children }: ToolbarButtonProps) {
  useT('commands'); // re-renders the name when the language changes
  const label = commandLabel(commandId);
  const available = useCommandAvailable(commandId);
  return (
    <button
      type="button"
      className={['tool-button', pressed && 'tool-button-on', text && 'tool-button-text', className]
        .filter(Boolean)
        .join(' ')}
      aria-label={label}
      aria-pressed={pressed}
      title={commandTitle(commandId)}
      disabled={!available}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void runCommand(commandId)}
    >
      {children}
    </button>
  );
}
