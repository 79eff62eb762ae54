// The native menu. Items that act on the dossier send a named command to the renderer, which runs the
// same command its toolbar and keyboard shortcuts run; editing items use Electron's built-in roles.

import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../../shared/app-identity';
import { COMMANDS, type CommandId, toAccelerator } from '../../shared/commands';

export type SendMenuCommand = (command: CommandId) => void;

export function buildMenuTemplate(
  send: SendMenuCommand,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (id: CommandId, ellipsis = false): MenuItemConstructorOptions => {
    const { label, shortcut } = COMMANDS[id];
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
      label: '&File',
      submenu: [
        command('dossier.new'),
        command('dossier.import', true),
        command('dossier.share', true),
        { type: 'separator' },
        command('source.ingest', true),
        command('briefing.export', true),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
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
      label: '&View',
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
      label: '&Help',
      submenu: [command('app.shortcuts'), command('app.about')],
    },
  );
  return template;
}
