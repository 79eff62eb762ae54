// Every action a user can trigger is a named command: the toolbar, the native menu, the keyboard and the
// tests all run the same one by its id.

import { hasNativeMenu, platform } from '../platform';
import { dispatch } from '../state/ui-store';

export interface Command {
  id: string;
  label: string;
  /** Shown in the shortcuts panel and matched by the in-page key handler. "Mod" is Ctrl, or ⌘ on a Mac. */
  shortcut?: string;
  /** False while the capability has not been built yet; the control is then shown disabled. */
  available: boolean;
  run(): void | Promise<void>;
}

export const commands: readonly Command[] = [
  {
    id: 'dossier.new',
    label: 'New dossier',
    shortcut: 'Mod+N',
    available: true,
    run: () =>
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: 'Creating dossiers arrives with the dossier store.',
      }),
  },
  {
    id: 'dossier.import',
    label: 'Import dossier',
    shortcut: 'Mod+O',
    available: false,
    run: () => undefined,
  },
  {
    id: 'dossier.share',
    label: 'Share dossier',
    shortcut: 'Mod+Shift+S',
    available: false,
    run: () => undefined,
  },
  {
    id: 'briefing.export',
    label: 'Export to Word',
    shortcut: 'Mod+E',
    available: false,
    run: () => undefined,
  },
  {
    id: 'app.search',
    label: 'Search',
    shortcut: 'Mod+F',
    available: true,
    run: () => document.querySelector<HTMLInputElement>('[data-command-target="search"]')?.focus(),
  },
  {
    id: 'app.toggle-theme',
    label: 'Toggle dark theme',
    shortcut: 'Mod+Shift+D',
    available: true,
    run: () => dispatch({ type: 'theme/toggle' }),
  },
  {
    id: 'app.shortcuts',
    label: 'Keyboard shortcuts',
    shortcut: 'Mod+/',
    available: true,
    run: () => dispatch({ type: 'panel/open', panel: 'shortcuts' }),
  },
  {
    id: 'app.about',
    label: 'About Dossier Desk',
    available: true,
    run: () => dispatch({ type: 'panel/open', panel: 'about' }),
  },
];

export function findCommand(id: string): Command | undefined {
  return commands.find((command) => command.id === id);
}

export async function runCommand(id: string): Promise<void> {
  const command = findCommand(id);
  if (!command?.available) return;
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

/** "Mod+Shift+S" for a keydown event, or null for keys without Ctrl/⌘. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): string | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const parts = ['Mod'];
  if (event.shiftKey) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  parts.push(event.key.length === 1 ? event.key.toUpperCase() : event.key);
  return parts.join('+');
}

/** Wires menu commands (Electron) or in-page shortcuts (browser) to the commands. */
export function installCommandInputs(): () => void {
  if (hasNativeMenu) return platform.onMenuCommand((id) => void runCommand(id));
  const onKeyDown = (event: KeyboardEvent) => {
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    const command = commands.find((candidate) => candidate.shortcut === shortcut);
    if (!command?.available) return;
    event.preventDefault();
    void runCommand(command.id);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
