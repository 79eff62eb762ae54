// The platform bridge: the only way the renderer reaches files, dialogs and the OS.
// Two implementations: Electron (preload → IPC → main) and the browser (downloads, file inputs).

import type { IpcEvent, IpcReply, IpcRequest } from './ipc';

export type OpenFileRequest = IpcRequest<'desk:open-file'>;
export type OpenFileReply = IpcReply<'desk:open-file'>;
export type SaveFileRequest = IpcRequest<'desk:save-file'>;
export type SaveFileReply = IpcReply<'desk:save-file'>;
export type AppInfo = IpcReply<'desk:app-info'>;
export type ConfirmRequest = IpcRequest<'desk:confirm'>;
export type OpenDossierFile = IpcEvent<'desk:open-dossier-file'>;
export type MenuCommand = IpcEvent<'desk:menu-command'>['command'];
export type MenuLabels = IpcRequest<'desk:menu-labels'>;

export type Unsubscribe = () => void;

export interface Platform {
  /** Asks the user for one file and returns its bytes, or `canceled`. */
  openFile(request: OpenFileRequest): Promise<OpenFileReply>;
  /** Asks where to save and writes the bytes atomically (temp file, then rename). */
  saveFile(request: SaveFileRequest): Promise<SaveFileReply>;
  appInfo(): Promise<AppInfo>;
  /** Asks the user to confirm; resolves true only on an explicit yes. */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** Opens an http(s)/mailto link in the system browser after the user confirms. */
  openExternal(url: string): Promise<boolean>;
  /** A `.dossier` file handed to the app by the OS (double-click, "Open with", second launch). */
  onOpenDossierFile(listener: (file: OpenDossierFile) => void): Unsubscribe;
  /** Tells the native menu which app commands apply now; a browser has no such menu and ignores it. */
  setAvailableCommands(commands: readonly MenuCommand[]): Promise<void>;
  /** The operating system's preferred languages, the first one first (Electron: app.getLocale()). */
  systemLanguages(): Promise<string[]>;
  /** Puts the native menu's words in the interface language; a browser has no such menu and ignores it. */
  setMenuLabels(labels: MenuLabels): Promise<void>;
  /** A command chosen from the native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** The window is about to close: the listener saves everything pending, then the window closes. */
  onBeforeClose(listener: () => Promise<void> | void): Unsubscribe;
}

/** Every function of the contract, in one list: the preload exposes exactly these. */
export const PLATFORM_FUNCTIONS = [
  'openFile',
  'saveFile',
  'appInfo',
  'confirm',
  'openExternal',
  'onOpenDossierFile',
  'setAvailableCommands',
  'systemLanguages',
  'setMenuLabels',
  'onMenuCommand',
  'onBeforeClose',
] as const satisfies readonly (keyof Platform)[];

/** The name under which the preload exposes the bridge on `window`. */
export const PLATFORM_GLOBAL = 'desk';
