// What each named command (shared/commands.ts) does in the renderer. The toolbar, the native menu, the
// in-page shortcuts and the tests all run a command by its id.

import { COMMANDS, type CommandId, commandForKeyPress, isCommandId } from '../../shared/commands';
import { hasNativeMenu, platform } from '../platform';
import { dispatch } from '../state/ui-store';

export interface CommandAction {
  /** False while the capability has not been built yet; its control is then shown disabled. */
  available: boolean;
  run(): void | Promise<void>;
}

const notYet: CommandAction = { available: false, run: () => undefined };

const actions: Record<CommandId, CommandAction> = {
  'dossier.new': { available: true, run: () => dispatch({ type: 'panel/open', panel: 'new-dossier' }) },
  'dossier.import': notYet,
  'dossier.share': notYet,
  'briefing.export': notYet,
  'app.search': {
    available: true,
    run: () => document.querySelector<HTMLInputElement>('[data-command-target="search"]')?.focus(),
  },
  'app.toggle-theme': { available: true, run: () => dispatch({ type: 'theme/toggle' }) },
  'app.shortcuts': { available: true, run: () => dispatch({ type: 'panel/open', panel: 'shortcuts' }) },
  'app.about': { available: true, run: () => dispatch({ type: 'panel/open', panel: 'about' }) },
};

export interface Command extends CommandAction {
  id: CommandId;
  label: string;
  shortcut: string | undefined;
}

export function findCommand(id: CommandId): Command {
  return { id, ...COMMANDS[id], ...actions[id] };
}

export const commands: readonly Command[] = (Object.keys(COMMANDS) as CommandId[]).map(findCommand);

export async function runCommand(id: string): Promise<void> {
  if (!isCommandId(id)) return;
  const command = findCommand(id);
  if (!command.available) return;
  try {
    await command.run();
  } catch (error) {
    dispatch({
      type: 'notice/show',
      tone: 'error',
      text: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Wires menu commands (Electron) or in-page shortcuts (browser) to the commands. */
export function installCommandInputs(): () => void {
  if (hasNativeMenu) return platform.onMenuCommand((id) => void runCommand(id));
  const onKeyDown = (event: KeyboardEvent) => {
    const id = commandForKeyPress(event);
    if (!id || !findCommand(id).available) return;
    event.preventDefault();
    void runCommand(id);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
