// A stand-in for the parts of Electron the main process uses, recording what it was asked to do.
// Electron's binary cannot run here, so main-process code is tested in Node against this.

import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent } from 'electron';
import { vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export function fakeInvokeEvent(
  options: { url?: string; subframe?: boolean; noFrame?: boolean; otherMainFrame?: boolean } = {},
) {
  const mainFrame: FakeFrame = { url: options.url ?? `${APP_ORIGIN}/index.html`, parent: null };
  const senderFrame = options.noFrame
    ? null
    : options.subframe
      ? { url: options.url ?? `${APP_ORIGIN}/index.html`, parent: mainFrame }
      : options.otherMainFrame
        ? { url: mainFrame.url, parent: null }
        : mainFrame;
  // printToPDF answers as Electron's does: the PDF's bytes.
  const printToPDF = async () => Buffer.from('%PDF-1.7');
  return { sender: { mainFrame, printToPDF }, senderFrame } as unknown as IpcMainInvokeEvent;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  mainFrame = { url: `${APP_ORIGIN}/index.html`, parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
}

export function fakeNavigationEvent() {
  return { preventDefault: vi.fn(), isMainFrame: true };
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler:
    | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest:
    | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
    | null = null;
  beforeRequestFilter: unknown = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerDictionaryDownloadURL = vi.fn();
  setSpellCheckerLanguages = vi.fn();
  /** As a Linux build offers them; macOS offers none. */
  availableSpellCheckerLanguages = ['ar', 'de-DE', 'en-GB', 'en-US', 'fr-FR'];
  webRequest = {
    onBeforeRequest: (filter: unknown, listener: FakeSession['beforeRequest']) => {
      this.beforeRequestFilter = filter;
      this.beforeRequest = listener;
    },
  };
  /** Runs a request through the session's filter; true when it would be cancelled. */
  isBlocked(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error('no request filter installed');
    return cancel;
  }
}
