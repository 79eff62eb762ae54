// The hardening every window and session gets, as Electron's security checklist asks:
// isolated sandboxed renderers, no navigation, no new windows, no permissions, no network.

import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../shared/app-identity';

/** webPreferences for every BrowserWindow the app opens. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/** Requests a renderer may make: its own app:// origin, and in-memory blob:/data: URLs. */
export function isAllowedRequestUrl(url: string, options: { devTools: boolean }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'blob:') return url.startsWith(`blob:${APP_ORIGIN}/`);
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'devtools:') return options.devTools;
  return false;
}

/** Denies every permission and blocks every request that would leave the machine. */
export function hardenSession(session: Session, options: { devTools: boolean }): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  });
  session.on('will-download', (event) => event.preventDefault());
}

export type ExternalLinkOpener = (url: string) => void;

/**
 * Every navigation, redirect, webview and window.open is denied. A link the user clicked is handed to
 * `openExternalLink`, which asks before opening it in the system browser.
 */
export function hardenWebContents(contents: WebContents, openExternalLink: ExternalLinkOpener): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalLink(url);
  });
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
}
