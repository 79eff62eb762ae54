// What each named command (shared/commands.ts) does in the renderer. The toolbar, the native menu, the
// in-page shortcuts and the tests all run a command by its id.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { COMMANDS, type CommandId, commandForKeyPress, isCommandId } from '../../shared/commands';
import { navigate, parseRoute } from '../app/routes';
import { requestIngest } from '../ingest/ingest-requests';
import { hasNativeMenu, platform } from '../platform';
import { dispatch } from '../state/ui-store';

export interface CommandAction {
  /** False while the capability has not been built yet; its control is then shown disabled. */
  available: boolean;
  run(): void | Promise<void>;
}

const actions: Record<CommandId, CommandAction> = {
  'dossier.new': { available: true, run: () => dispatch({ type: 'panel/open', panel: 'new-dossier' }) },
  'dossier.import': {
    available: true,
    run: async () => {
      const picked = await platform.openFile({
        title: 'Import dossier',
        filters: [{ name: 'Dossier', extensions: [DOSSIER_EXTENSION] }],
      });
      if (!picked.canceled)
        dispatch({ type: 'import/start', file: { name: picked.name, bytes: picked.bytes } });
    },
  },
  'dossier.share': {
    available: true,
    run: () => {
      const route = parseRoute(window.location.hash);
      if (route.view !== 'dossier') {
        dispatch({ type: 'notice/show', tone: 'info', text: 'Open a dossier first, then share it.' });
        return;
      }
      dispatch({ type: 'panel/open', panel: 'share' });
    },
  },
  'source.ingest': {
    available: true,
    run: () => {
      const route = parseRoute(window.location.hash);
      if (route.view !== 'dossier') {
        dispatch({
          type: 'notice/show',
          tone: 'info',
          text: 'Open a dossier first, then add a source from material to it.',
        });
        return;
      }
      navigate({ view: 'dossier', dossierId: route.dossierId, tab: 'sources' });
      requestIngest(route.dossierId);
    },
  },
  'briefing.export': {
    available: true,
    run: () => {
      if (parseRoute(window.location.hash).view !== 'briefing') {
        dispatch({
          type: 'notice/show',
          tone: 'info',
          text: 'Open a briefing first, then export it to Word.',
        });
        return;
      }
      dispatch({ type: 'panel/open', panel: 'export' });
    },
  },
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
  const stopFiles = installIncomingFiles();
  if (hasNativeMenu) {
    const stopMenu = platform.onMenuCommand((id) => void runCommand(id));
    return () => {
      stopMenu();
      stopFiles();
    };
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const id = commandForKeyPress(event);
    if (!id || !findCommand(id).available) return;
    event.preventDefault();
    void runCommand(id);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    stopFiles();
  };
}

/** .dossier files from the OS (Electron) or dropped on the window go to the import dialog. */
function installIncomingFiles(): () => void {
  const stopOs = platform.onOpenDossierFile((file) => dispatch({ type: 'import/start', file }));
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = async (event: DragEvent) => {
    const file = [...(event.dataTransfer?.files ?? [])].find((candidate) =>
      candidate.name.toLowerCase().endsWith(`.${DOSSIER_EXTENSION}`),
    );
    if (!file) return;
    event.preventDefault();
    dispatch({
      type: 'import/start',
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);
  return () => {
    stopOs();
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  };
}
