// The native menu. Items that act on the dossier send a named command to the renderer, which runs the
// same command its toolbar and keyboard shortcuts run, and are enabled only while the renderer says the
// command applies; editing items use Electron's built-in roles. Its words are the renderer's, in the
// interface language, once it has sent them; the registry's English until then.

import type { Menu, MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../../shared/app-identity';
import { APP_COMMAND_IDS, type AppCommandId, commandDefinition, toAccelerator } from '../../shared/commands';
import type { MenuLabels } from '../../shared/platform';

export type SendMenuCommand = (command: AppCommandId) => void;

const ENGLISH_HEADINGS: MenuLabels['headings'] = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  help: '&Help',
};

export function buildMenuTemplate(
  send: SendMenuCommand,
  platform: NodeJS.Platform,
  labels?: MenuLabels,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const headings = labels?.headings ?? ENGLISH_HEADINGS;
  const command = (id: AppCommandId, ellipsis = false): MenuItemConstructorOptions => {
    const { shortcut } = commandDefinition(id);
    const label = labels?.commands[id] ?? commandDefinition(id).label;
    return {
      label: ellipsis ? `${label}…` : label,
      id,
      ...(shortcut ? { accelerator: toAccelerator(shortcut) } : {}),
      click: () => send(id),
    };
  };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: APP_NAME,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: headings.file,
      submenu: [
        command('dossier.new'),
        command('dossier.import', true),
        command('dossier.share', true),
        { type: 'separator' },
        command('source.ingest', true),
        command('briefing.export', true),
        command('briefing.export-pdf', true),
        command('briefing.print', true),
        { type: 'separator' },
        command('app.identity', true),
        command('app.templates', true),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: headings.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('app.search'),
      ],
    },
    {
      label: headings.view,
      submenu: [
        command('app.toggle-theme'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: headings.help,
      submenu: [command('app.shortcuts'), command('app.settings'), command('app.about')],
    },
  );
  return template;
}

/** Enables the menu items of the commands that apply now and disables the rest, accelerators included. */
export function setMenuAvailability(
  menu: Pick<Menu, 'getMenuItemById'>,
  available: readonly AppCommandId[],
): void {
  const enabled = new Set(available);
  for (const id of APP_COMMAND_IDS) {
    const item = menu.getMenuItemById(id);
    if (item) item.enabled = enabled.has(id);
  }
}
