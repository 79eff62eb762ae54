import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  secureWebPreferences,
} from '../../../electron/main/security';
import { FakeSession, FakeWebContents, fakeNavigationEvent } from './fake-electron';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/preload.cjs', { devTools: false });

  it('isolates the page from the preload and sandboxes the renderer', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
  });

  it('gives the page no Node.js, in frames or workers', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, experimental and Blink features, webviews', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.enableBlinkFeatures).toBe('');
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and hides devtools in a packaged build', () => {
    expect(preferences.preload).toBe('/app/preload.cjs');
    expect(preferences.devTools).toBe(false);
  });
});

describe('hardenSession', () => {
  function hardened(devTools = false) {
    const session = new FakeSession();
    hardenSession(session as unknown as Session, { devTools });
    return session;
  }

  it('denies every permission request', () => {
    const session = hardened();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const session = hardened();
    expect(session.permissionCheckHandler?.({}, 'media')).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write')).toBe(false);
    expect(session.devicePermissionHandler?.({})).toBe(false);
  });

  it('watches every URL for requests', () => {
    expect(hardened().beforeRequestFilter).toEqual({ urls: ['<all_urls>'] });
  });

  it('blocks every request that would leave the machine', () => {
    const session = hardened();
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'wss://example.org/socket',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'app://another-host/index.html',
      'blob:https://example.org/1234',
    ]) {
      expect(session.isBlocked(url), url).toBe(true);
    }
  });

  it("lets the app's own pages and in-memory data through", () => {
    const session = hardened();
    expect(session.isBlocked('app://dossier-desk/index.html')).toBe(false);
    expect(session.isBlocked('app://dossier-desk/assets/index.js')).toBe(false);
    expect(session.isBlocked('blob:app://dossier-desk/0b6c1f1e-5a44-4d3e-9bd7-5a0e1fbd1f22')).toBe(false);
    expect(session.isBlocked('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
  });

  it('allows devtools only in development', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { devTools: false })).toBe(
      false,
    );
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });

  it('cancels downloads the page did not ask main for', () => {
    const session = hardened();
    const event = fakeNavigationEvent();
    session.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, openExternal);
    return { contents, openExternal };
  }

  it('denies every navigation and offers the link to the system browser instead', () => {
    const { contents, openExternal } = hardened();
    const event = fakeNavigationEvent();
    contents.emit('will-navigate', event, 'https://example.org/article');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/article');
  });

  it('denies navigation of any frame, redirects and webviews', () => {
    const { contents } = hardened();
    for (const name of ['will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeNavigationEvent();
      contents.emit(name, event, 'https://example.org/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('denies window.open and hands the URL to the confirming opener', () => {
    const { contents, openExternal } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(2);
  });
});
