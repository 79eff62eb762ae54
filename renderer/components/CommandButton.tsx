import type { CommandId } from '../../shared/commands';
import { useCommandAvailable } from '../commands/command-context';
import { commandLabel, commandTitle, runCommand } from '../commands/commands';
import { useT } from '../i18n';

interface CommandButtonProps {
  commandId: CommandId;
  primary?: boolean;
  subtle?: boolean;
  iconOnly?: boolean;
  icon?: string;
}

/**
 * A button that runs a named command; its accessible name is the command's label, and it is disabled,
 * name intact, where the command does not apply.
 */
export function CommandButton({ commandId, primary, subtle, iconOnly, icon }: CommandButtonProps) {
  useT('commands'); // re-renders the label when the language changes
  const label = commandLabel(commandId);
  const available = useCommandAvailable(commandId);
  return (
    <button
      type="button"
      className={['button', primary && 'button-primary', subtle && 'button-subtle', iconOnly && 'button-icon']
        .filter(Boolean)
        .join(' ')}
      aria-label={label}
      title={commandTitle(commandId)}
      disabled={!available}
      onClick={() => void runCommand(commandId)}
    >
      {iconOnly ? <span aria-hidden="true">{icon}</span> : label}
    </button>
  );
}
