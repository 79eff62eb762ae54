// The native menu. Items that act on the dossier send a named command to the renderer, which runs the
// same command its toolbar and keyboard shortcuts run; editing items use Electron's built-in roles.

import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../../shared/app-identity';

export type SendMenuCommand = (command: string) => void;

export function buildMenuTemplate(
  send: SendMenuCommand,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, id: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
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
        command('New dossier', 'dossier.new', 'CmdOrCtrl+N'),
        command('Import dossier…', 'dossier.import', 'CmdOrCtrl+O'),
        command('Share dossier…', 'dossier.share', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('Export to Word…', 'briefing.export', 'CmdOrCtrl+E'),
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
        command('Find…', 'app.search', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Toggle dark theme', 'app.toggle-theme', 'CmdOrCtrl+Shift+D'),
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
      submenu: [
        command('Keyboard shortcuts', 'app.shortcuts', 'CmdOrCtrl+/'),
        command(`About ${APP_NAME}`, 'app.about'),
      ],
    },
  );
  return template;
}
