// What each IPC channel does, written against injected Electron pieces so tests can run it in Node.

import * as nodeFiles from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMainInvokeEvent, Shell } from 'electron';
import { APP_NAME } from '../../shared/app-identity';
import { writeAtomically } from '../../shared/atomic-write';
import type { AppCommandId } from '../../shared/commands';
import { errorMessage, PlatformError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc';
import type { MenuLabels } from '../../shared/platform';
import { isAllowedExternalLink } from '../../shared/security/csp';
import type { IpcHandlers } from './ipc';
import { readSavedPageFolder } from './saved-page-folder';

export interface IpcHandlerDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  windowFor(event: IpcMainInvokeEvent): BrowserWindow | null;
  appInfo: { version: string; platform: string; versions: Record<string, string> };
  /** Called when the renderer has saved everything and the window may close. */
  onCloseReady(event: IpcMainInvokeEvent): boolean;
  /** Enables the native menu's items for these commands and disables the others. */
  setAvailableCommands(available: readonly AppCommandId[]): void;
  /** The system's preferred languages, Electron's app.getLocale() first. */
  systemLanguages(): string[];
  /** Rebuilds the native menu with the renderer's words for it. */
  setMenuLabels(labels: MenuLabels): void;
  /** Sets the spell checker's languages for a briefing's language; returns the codes in use. */
  setSpellCheckLanguage(language: Language): string[];
}

const ALL_FILES = [{ name: 'All files', extensions: ['*'] }];

/** Asks, then opens an http(s)/mailto link in the system browser. Anything else is refused. */
export async function confirmAndOpenExternal(
  deps: Pick<IpcHandlerDeps, 'dialog' | 'shell'>,
  window: BrowserWindow | null,
  url: string,
): Promise<boolean> {
  if (!isAllowedExternalLink(url)) {
    throw new PlatformError('LINK_NOT_ALLOWED', 'Only web (http, https) and mail links can be opened.');
  }
  const options = {
    type: 'question' as const,
    title: 'Open link',
    message: 'Open this link outside Dossier Desk?',
    detail: url,
    buttons: ['Open link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const answer = window
    ? await deps.dialog.showMessageBox(window, options)
    : await deps.dialog.showMessageBox(options);
  if (answer.response !== 0) return false;
  await deps.shell.openExternal(url);
  return true;
}

const PDF_FILES = [{ name: 'PDF document', extensions: ['pdf'] }];

/** Asks where to save, then writes the bytes atomically; nothing is written when the user cancels. */
async function saveWithDialog(
  deps: Pick<IpcHandlerDeps, 'dialog'>,
  window: BrowserWindow | null,
  request: { title?: string; suggestedName: string; filters?: { name: string; extensions: string[] }[] },
  bytes: Uint8Array,
): Promise<{ canceled: true } | { canceled: false; name: string }> {
  const options = {
    title: request.title ?? 'Save',
    defaultPath: request.suggestedName,
    filters: request.filters ?? ALL_FILES,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = window
    ? await deps.dialog.showSaveDialog(window, options)
    : await deps.dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { canceled: true };
  try {
    await writeAtomically(nodeFiles, result.filePath, bytes);
  } catch (error) {
    const reason = errorMessage(error);
    throw new PlatformError(
      'FILE_WRITE_FAILED',
      `Could not save ${path.basename(result.filePath)} (${reason}). Nothing was changed; choose another folder or free some space.`,
    );
  }
  return { canceled: false, name: path.basename(result.filePath) };
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return {
    'desk:open-file': async (request, event) => {
      const window = deps.windowFor(event);
      const options = {
        title: request.title ?? 'Open',
        properties: ['openFile' as const],
        filters: request.filters ?? ALL_FILES,
      };
      const result = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || !file) return { canceled: true };
      const info = await nodeFiles.stat(file).catch(() => null);
      if (!info?.isFile())
        throw new PlatformError('FILE_READ_FAILED', `${path.basename(file)} is not a readable file.`);
      if (info.size > MAX_IPC_FILE_BYTES) {
        throw new PlatformError(
          'FILE_TOO_LARGE',
          `${path.basename(file)} is ${Math.round(info.size / 1048576)} MB; files up to 512 MB can be opened.`,
        );
      }
      const bytes = await nodeFiles.readFile(file).catch((error: Error) => {
        throw new PlatformError(
          'FILE_READ_FAILED',
          `Could not read ${path.basename(file)}: ${error.message}`,
        );
      });
      const folder = request.withSavedPageFolder ? await readSavedPageFolder(file) : [];
      return {
        canceled: false,
        name: path.basename(file),
        bytes: new Uint8Array(bytes),
        ...(folder.length ? { folder } : {}),
      };
    },

    'desk:save-file': async (request, event) =>
      saveWithDialog(deps, deps.windowFor(event), request, request.bytes),

    'desk:print-to-pdf': async (request, event) => {
      // The asking page, as printed: the print view, its own @page sizes, tagged with its title and language.
      const pdf = await event.sender.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      const options = {
        title: request.title ?? 'Export to PDF',
        suggestedName: request.suggestedName,
        filters: PDF_FILES,
      };
      return saveWithDialog(deps, deps.windowFor(event), options, new Uint8Array(pdf));
    },

    'desk:app-info': async () => ({
      name: APP_NAME,
      version: deps.appInfo.version,
      platform: deps.appInfo.platform,
      shell: 'electron',
      versions: deps.appInfo.versions,
    }),

    'desk:confirm': async (request, event) => {
      const window = deps.windowFor(event);
      const options = {
        type: request.destructive ? ('warning' as const) : ('question' as const),
        title: request.title,
        message: request.message,
        detail: request.detail,
        buttons: [request.confirmLabel, request.cancelLabel ?? 'Cancel'],
        // Enter must never destroy: for destructive questions the default is Cancel.
        defaultId: request.destructive ? 1 : 0,
        cancelId: 1,
        noLink: true,
      };
      const answer = window
        ? await deps.dialog.showMessageBox(window, options)
        : await deps.dialog.showMessageBox(options);
      return { confirmed: answer.response === 0 };
    },

    'desk:open-external': async (request, event) => ({
      opened: await confirmAndOpenExternal(deps, deps.windowFor(event), request.url),
    }),

    'desk:close-ready': async (_request, event) => ({ closing: deps.onCloseReady(event) }),

    'desk:available-commands': async (request) => {
      deps.setAvailableCommands(request.available);
      return { applied: true };
    },

    // Tags the system reports that are not language tags are left out rather than failing the reply.
    'desk:system-languages': async () => ({
      languages: deps
        .systemLanguages()
        .filter((tag) => /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(tag))
        .slice(0, 20),
    }),

    'desk:menu-labels': async (request) => {
      deps.setMenuLabels(request);
      return { applied: true };
    },

    'desk:spell-check-language': async (request) => ({
      languages: deps.setSpellCheckLanguage(request.language),
    }),
  };
}
