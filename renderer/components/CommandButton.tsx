import type { CommandId } from '../../shared/commands';
import { findCommand, runCommand } from '../commands/commands';

interface CommandButtonProps {
  commandId: CommandId;
  primary?: boolean;
  subtle?: boolean;
  iconOnly?: boolean;
  icon?: string;
}

/** A button that runs a named command; its accessible name is the command's label. */
export function CommandButton({ commandId, primary, subtle, iconOnly, icon }: CommandButtonProps) {
  const command = findCommand(commandId);
  const hint = command.shortcut
    ? `${command.label} (${command.shortcut.replace('Mod', 'Ctrl')})`
    : command.label;
  return (
    <button
      type="button"
      className={['button', primary && 'button-primary', subtle && 'button-subtle', iconOnly && 'button-icon']
        .filter(Boolean)
        .join(' ')}
      aria-label={command.label}
      title={command.available ? hint : `${command.label} — not available yet`}
      disabled={!command.available}
      onClick={() => void runCommand(command.id)}
    >
      {iconOnly ? <span aria-hidden="true">{icon}</span> : command.label}
    </button>
  );
}
