// The main process's life: one instance, one hardened session, the app:// protocol, the window, the
// menu, the IPC handlers, and `.dossier` files from the OS. Electron is passed in so tests can fake it.

import path from 'node:path';
import type * as Electron from 'electron';
import { APP_NAME, APP_ORIGIN } from '../../shared/app-identity';
import { APP_COMMAND_IDS, type AppCommandId } from '../../shared/commands';
import type { EventChannel, IpcEvent } from '../../shared/ipc';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { DossierFileQueue, dossierPathsFromArgv, readDossierFile } from './dossier-files';
import { registerIpcHandlers } from './ipc';
import { confirmAndOpenExternal, createIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate, setMenuAvailability } from './menu';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';
import {
  fitWindowState,
  loadWindowState,
  saveWindowState,
  type WindowState,
  windowStateFile,
} from './window-state';

export type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'Menu' | 'dialog' | 'ipcMain' | 'protocol' | 'screen' | 'session' | 'shell'
>;

export interface AppPaths {
  /** Folder with the built renderer (index.html). */
  rendererDir: string;
  /** The bundled preload script. */
  preloadFile: string;
}

/** How long the window waits for the renderer to save before closing anyway. */
export const CLOSE_FLUSH_TIMEOUT_MS = 5000;

export function runDossierDesk(electron: ElectronModule, paths: AppPaths): void {
  const { app, BrowserWindow, Menu, dialog, ipcMain, protocol, screen, session, shell } = electron;
  const devTools = !app.isPackaged;

  // Before anything else: a second launch hands its files to the first and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  app.enableSandbox();
  app.setName(APP_NAME);
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  const files = new DossierFileQueue();
  files.add(dossierPathsFromArgv(process.argv.slice(1), process.cwd()));
  let mainWindow: Electron.BrowserWindow | null = null;
  const closeApproved = new WeakSet<Electron.WebContents>();

  const send = <C extends EventChannel>(channel: C, payload: IpcEvent<C>) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
  };

  const openExternalLink = (url: string) => {
    void confirmAndOpenExternal({ dialog, shell }, mainWindow, url).catch(() => undefined);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    files.add(dossierPathsFromArgv(argv.slice(1), workingDirectory));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    files.add([file]);
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternalLink));

  app.on('window-all-closed', () => app.quit());

  const createMainWindow = async () => {
    const stateFile = windowStateFile(app.getPath('userData'));
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const state = fitWindowState(await loadWindowState(stateFile), workAreas);
    const window = new BrowserWindow({
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      width: state.width,
      height: state.height,
      minWidth: 800,
      minHeight: 560,
      show: false,
      title: APP_NAME,
      backgroundColor: '#f6f5f2',
      webPreferences: secureWebPreferences(paths.preloadFile, { devTools }),
    });
    mainWindow = window;
    if (state.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());

    const rememberState = () => {
      if (window.isDestroyed()) return;
      const bounds = window.getNormalBounds();
      const next: WindowState = { ...bounds, maximized: window.isMaximized() };
      void saveWindowState(stateFile, next).catch(() => undefined);
    };

    // Ask the renderer to save what is pending before the window goes; close anyway after a timeout.
    window.on('close', (event) => {
      rememberState();
      if (closeApproved.has(window.webContents)) return;
      event.preventDefault();
      send('desk:before-close', {});
      setTimeout(() => {
        if (!window.isDestroyed()) {
          closeApproved.add(window.webContents);
          window.close();
        }
      }, CLOSE_FLUSH_TIMEOUT_MS);
    });
    window.on('closed', () => {
      files.detach();
      mainWindow = null;
    });

    window.webContents.on('did-finish-load', () => {
      files.attach((file) => {
        void readDossierFile(file).then((delivery) => {
          if (delivery) send('desk:open-dossier-file', delivery);
        });
      });
    });

    await window.loadURL(`${APP_ORIGIN}/index.html`);
  };

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession, { devTools });
    protocol.handle(APP_SCHEME_PRIVILEGES.scheme, createAppProtocolHandler(paths.rendererDir));

    const sendCommand = (command: AppCommandId) => send('desk:menu-command', { command });
    let menu = Menu.buildFromTemplate(buildMenuTemplate(sendCommand, process.platform));
    let available: readonly AppCommandId[] = APP_COMMAND_IDS;

    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        dialog,
        shell,
        windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
        appInfo: {
          version: app.getVersion(),
          platform: process.platform,
          versions: {
            electron: process.versions.electron ?? '',
            chrome: process.versions.chrome ?? '',
            node: process.versions.node,
          },
        },
        onCloseReady: (event) => {
          const window = BrowserWindow.fromWebContents(event.sender);
          if (!window) return false;
          closeApproved.add(window.webContents);
          setImmediate(() => window.close());
          return true;
        },
        setAvailableCommands: (commands) => {
          available = commands;
          setMenuAvailability(menu, commands);
        },
        systemLanguages: () => [app.getLocale(), ...app.getPreferredSystemLanguages()],
        // A menu's labels cannot change in place: a new menu in the new words, with the same items enabled.
        setMenuLabels: (labels) => {
          menu = Menu.buildFromTemplate(buildMenuTemplate(sendCommand, process.platform, labels));
          setMenuAvailability(menu, available);
          Menu.setApplicationMenu(menu);
        },
      }),
    );

    Menu.setApplicationMenu(menu);

    await createMainWindow();
  });
}

export function defaultAppPaths(mainDir: string): AppPaths {
  return {
    rendererDir: path.join(mainDir, '..', 'renderer'),
    preloadFile: path.join(mainDir, 'preload.cjs'),
  };
}
