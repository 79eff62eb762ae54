// What each action of the registry (shared/commands.ts) does in the renderer, and the one way to run it:
// the toolbars, the native menu, the keyboard and the tests all call `runCommand(id)`, which does nothing
// where the action does not apply.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import {
  APP_COMMAND_IDS,
  type AppCommandId,
  type CommandId,
  commandDefinition,
  commandForKeyPress,
  type EditorCommandId,
  formatShortcut,
  isCommandAvailable,
  isCommandId,
  isEditorCommand,
} from '../../shared/commands';
import { PlatformError } from '../../shared/errors';
import { MAX_IPC_FILE_BYTES, MENU_HEADINGS } from '../../shared/ipc';
import type { MenuLabels } from '../../shared/platform';
import { navigate, parseRoute, type Route } from '../app/routes';
import { followSystemLanguages, i18n, translate } from '../i18n';
import { requestIngest } from '../ingest/ingest-requests';
import { hasNativeMenu, platform } from '../platform';
import { requestPrint } from '../print/print-request';
import { dispatch, reportError } from '../state/ui-store';
import {
  activeEditorTarget,
  currentCommandContext,
  type EditorTarget,
  subscribeCommandContext,
} from './command-context';

const appActions: Record<AppCommandId, (route: Route) => void | Promise<void>> = {
  'dossier.new': () => dispatch({ type: 'panel/open', panel: 'new-dossier' }),
  'dossier.import': async () => {
    const picked = await platform.openFile({
      title: translate('commands:importDialogTitle'),
      filters: [{ name: translate('commands:dossierFileType'), extensions: [DOSSIER_EXTENSION] }],
    });
    if (!picked.canceled)
      dispatch({ type: 'import/start', file: { name: picked.name, bytes: picked.bytes } });
  },
  'dossier.share': () => dispatch({ type: 'panel/open', panel: 'share' }),
  'source.ingest': (route) => {
    // Only ever run in a dossier (the action is unavailable elsewhere); the check names the dossier.
    if (route.view !== 'dossier') return;
    navigate({ view: 'dossier', dossierId: route.dossierId, tab: 'sources' });
    requestIngest(route.dossierId);
  },
  'briefing.export': () => dispatch({ type: 'panel/open', panel: 'export' }),
  'briefing.export-pdf': (route) => {
    if (route.view === 'briefing') void requestPrint(route.briefingId, 'pdf');
  },
  'briefing.print': (route) => {
    if (route.view === 'briefing') void requestPrint(route.briefingId, 'print');
  },
  'app.search': () => document.querySelector<HTMLInputElement>('[data-command-target="search"]')?.focus(),
  'app.toggle-theme': () => dispatch({ type: 'theme/toggle' }),
  'app.shortcuts': () => dispatch({ type: 'panel/open', panel: 'shortcuts' }),
  'app.settings': () => navigate({ view: 'settings' }),
  'app.about': () => dispatch({ type: 'panel/open', panel: 'about' }),
  'app.identity': () => navigate({ view: 'identity' }),
  'app.templates': () => navigate({ view: 'templates' }),
};

const chain = (target: EditorTarget) => target.editor.chain().focus();

const editorActions: Record<EditorCommandId, (target: EditorTarget) => void> = {
  'editor.undo': (target) => chain(target).undo().run(),
  'editor.redo': (target) => chain(target).redo().run(),
  'editor.paragraph': (target) => chain(target).setParagraph().run(),
  'editor.heading-1': (target) => chain(target).setHeading({ level: 1 }).run(),
  'editor.heading-2': (target) => chain(target).setHeading({ level: 2 }).run(),
  'editor.heading-3': (target) => chain(target).setHeading({ level: 3 }).run(),
  'editor.bold': (target) => chain(target).toggleBold().run(),
  'editor.italic': (target) => chain(target).toggleItalic().run(),
  'editor.underline': (target) => chain(target).toggleUnderline().run(),
  'editor.strike': (target) => chain(target).toggleStrike().run(),
  'editor.bullet-list': (target) => chain(target).toggleBulletList().run(),
  'editor.ordered-list': (target) => chain(target).toggleOrderedList().run(),
  'editor.blockquote': (target) => chain(target).toggleBlockquote().run(),
  'editor.link': (target) => target.openLink(),
  'editor.insert-image': (target) => target.insertImage(),
  'editor.insert-table': (target) =>
    chain(target).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  'editor.cite-source': (target) => target.openCite(),
  'editor.find': (target) => target.openFind('find'),
  'editor.replace': (target) => target.openFind('replace'),
  'editor.add-row-above': (target) => chain(target).addRowBefore().run(),
  'editor.add-row-below': (target) => chain(target).addRowAfter().run(),
  'editor.delete-row': (target) => chain(target).deleteRow().run(),
  'editor.add-column-before': (target) => chain(target).addColumnBefore().run(),
  'editor.add-column-after': (target) => chain(target).addColumnAfter().run(),
  'editor.delete-column': (target) => chain(target).deleteColumn().run(),
  'editor.toggle-header-row': (target) => chain(target).toggleHeaderRow().run(),
  'editor.delete-table': (target) => chain(target).deleteTable().run(),
};

/** Runs a command if it applies where the user is now; otherwise does nothing at all. */
export async function runCommand(id: string): Promise<void> {
  if (!isCommandId(id) || !isCommandAvailable(id, currentCommandContext())) return;
  try {
    if (isEditorCommand(id)) {
      const target = activeEditorTarget();
      if (target) editorActions[id](target);
    } else {
      await appActions[id](parseRoute(window.location.hash));
    }
  } catch (error) {
    reportError(error);
  }
}

const onMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A registry shortcut as this platform's user reads it: "Ctrl+Shift+S" or "⇧⌘S". */
export function shortcutText(shortcut: string): string {
  return formatShortcut(shortcut, onMac);
}

/** A command's label in the interface language (the registry's English where a catalogue lacks it). */
export function commandLabel(id: CommandId): string {
  return translate(`commands:${commandKey(id)}`, { defaultValue: commandDefinition(id).label });
}

// Catalogue keys use "-" where command ids use ".", which i18next reads as nesting.
function commandKey(id: CommandId): string {
  return id.replaceAll('.', '-');
}

/** What a control shows on hover: the command's hint or label, and its shortcut. */
export function commandTitle(id: CommandId): string {
  const { shortcut, hint } = commandDefinition(id);
  const description = hint
    ? translate(`commands:${commandKey(id)}-hint`, { defaultValue: hint })
    : commandLabel(id);
  return shortcut ? `${description} (${shortcutText(shortcut)})` : description;
}

export function availableAppCommands(): AppCommandId[] {
  const context = currentCommandContext();
  return APP_COMMAND_IDS.filter((id) => isCommandAvailable(id, context));
}

/** Keeps the native menu's enabled items in step with what applies; sends only when that changes. */
function installMenuAvailability(): () => void {
  let sent = '';
  const update = () => {
    const available = availableAppCommands();
    const key = available.join(' ');
    if (key === sent) return;
    sent = key;
    platform.setAvailableCommands(available).catch(reportError);
  };
  update();
  return subscribeCommandContext(update);
}

/** The native menu's words in the interface language: its headings and every app command's label. */
export function menuLabels(): MenuLabels {
  return {
    headings: Object.fromEntries(
      MENU_HEADINGS.map((heading) => [heading, translate(`commands:menu-${heading}`)]),
    ) as MenuLabels['headings'],
    commands: Object.fromEntries(
      APP_COMMAND_IDS.map((id) => [id, commandLabel(id)]),
    ) as MenuLabels['commands'],
  };
}

/** Keeps the native menu in the interface language, and the interface in the system's language. */
function installLanguage(): () => void {
  platform.systemLanguages().then(followSystemLanguages, reportError);
  const send = () => void platform.setMenuLabels(menuLabels()).catch(reportError);
  send();
  i18n.on('languageChanged', send);
  return () => i18n.off('languageChanged', send);
}

/** Wires menu commands (Electron) or in-page shortcuts (browser) to the commands. */
export function installCommandInputs(): () => void {
  const stopFiles = installIncomingFiles();
  const stopAvailability = installMenuAvailability();
  if (hasNativeMenu) {
    const stopMenu = platform.onMenuCommand((id) => void runCommand(id));
    const stopLanguage = installLanguage();
    return () => {
      stopLanguage();
      stopMenu();
      stopAvailability();
      stopFiles();
    };
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const id = commandForKeyPress(event);
    if (!id) return;
    // The key belongs to the app even where its action does not apply: then it simply does nothing.
    event.preventDefault();
    void runCommand(id);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    stopAvailability();
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
    // Checked before reading: a dropped file is read into memory whole, and the import refuses the same.
    if (file.size > MAX_IPC_FILE_BYTES) {
      reportError(
        new PlatformError(
          'FILE_TOO_LARGE',
          translate('identity:droppedFileTooLarge', {
            name: file.name,
            size: Math.round(file.size / 1048576),
            limit: MAX_IPC_FILE_BYTES / 1048576,
          }),
        ),
      );
      return;
    }
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
