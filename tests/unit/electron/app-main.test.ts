import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ElectronModule, runDossierDesk } from '../../../electron/main/app-main';
import { invokeChannels } from '../../../shared/ipc';
import { FakeSession, FakeWebContents, fakeNavigationEvent } from './fake-electron';

/** Reading the files and starting the fake app may take seconds on a loaded 2-core machine. */
const SLOW_MACHINE = { timeout: 10_000 };

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl = '';
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.instances.push(this);
  }
  static fromWebContents() {
    return FakeWindow.instances[0] ?? null;
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1280, height: 800 };
  }
  maximize() {}
  restore() {}
  focus = vi.fn();
  show() {}
  close() {
    const event = fakeNavigationEvent();
    this.emit('close', event);
    if (!event.preventDefault.mock.calls.length) this.destroyed = true;
  }
}

/** Electron's Menu as far as main uses it: items found by id, each with a writable `enabled`. */
class FakeMenu {
  readonly items: { id?: string; enabled?: boolean; submenu?: unknown }[];
  constructor(template: { id?: string; enabled?: boolean; submenu?: unknown }[]) {
    const flat = (list: typeof template): typeof template =>
      list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
    this.items = flat(template).map((item) => ({ ...item, enabled: item.enabled ?? true }));
  }
  getMenuItemById(id: string) {
    return this.items.find((item) => item.id === id) ?? null;
  }
}

function fakeElectron(options: { gotLock?: boolean } = {}) {
  FakeWindow.instances = [];
  const userData = mkdtempSync(path.join(tmpdir(), 'dd-userdata-'));
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    setName: vi.fn(),
    getPath: vi.fn(() => userData),
    getVersion: vi.fn(() => '0.1.0'),
    whenReady: () => whenReady,
  });
  const session = new FakeSession();
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      setApplicationMenu: vi.fn(),
      buildFromTemplate: vi.fn(
        (template: ConstructorParameters<typeof FakeMenu>[0]) => new FakeMenu(template),
      ),
    },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 1 })),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn() },
  };
  return { electron, app, session, ready: () => ready(), whenReady };
}

async function started(options: { gotLock?: boolean; argv?: string[] } = {}) {
  const fake = fakeElectron(options);
  const argv = process.argv;
  if (options.argv) process.argv = options.argv;
  try {
    runDossierDesk(fake.electron as unknown as ElectronModule, {
      rendererDir: '/app/renderer',
      preloadFile: '/app/preload.cjs',
    });
  } finally {
    process.argv = argv;
  }
  fake.ready();
  await fake.whenReady;
  await vi.waitFor(() => expect(FakeWindow.instances.length).toBeGreaterThan(0), SLOW_MACHINE);
  return fake;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the main process', () => {
  it('quits at once when another instance already runs', () => {
    const fake = fakeElectron({ gotLock: false });
    runDossierDesk(fake.electron as unknown as ElectronModule, { rendererDir: '/r', preloadFile: '/p' });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.enableSandbox).not.toHaveBeenCalled();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('sandboxes every renderer and registers app:// as a secure standard scheme', async () => {
    const fake = await started();
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('hardens the session before the window loads: no permissions, no network', async () => {
    const fake = await started();
    const callback = vi.fn();
    fake.session.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.session.isBlocked('https://example.org/')).toBe(true);
    expect(fake.session.isBlocked('app://dossier-desk/index.html')).toBe(false);
  });

  it('opens the window with the secure preferences on app://dossier-desk', async () => {
    await started();
    const [window] = FakeWindow.instances;
    const preferences = window?.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/preload.cjs',
    });
    await vi.waitFor(() => expect(window?.loadedUrl).toBe('app://dossier-desk/index.html'), SLOW_MACHINE);
  });

  it('hardens every web contents the app creates', async () => {
    const fake = await started();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const event = fakeNavigationEvent();
    contents.emit('will-navigate', event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('registers a handler for every IPC channel of the contract', async () => {
    const fake = await started();
    const channels = fake.electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('routes .dossier files from the first and a second launch to the window once it has loaded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-argv-'));
    const first = path.join(dir, 'first.dossier');
    const second = path.join(dir, 'second.dossier');
    writeFileSync(first, 'PK first');
    writeFileSync(second, 'PK second');
    const fake = await started({ argv: ['electron', '.', '--some-flag', first] });
    const [window] = FakeWindow.instances;
    if (!window) throw new Error('no window');
    fake.app.emit('second-instance', {}, ['dossier-desk', second, 'notes.txt'], dir);
    expect(window.webContents.sent).toEqual([]);
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(2), SLOW_MACHINE);
    expect(window.webContents.sent.map((message) => message.channel)).toEqual([
      'desk:open-dossier-file',
      'desk:open-dossier-file',
    ]);
    expect(window.webContents.sent.map((message) => (message.payload as { name: string }).name)).toEqual([
      'first.dossier',
      'second.dossier',
    ]);
    expect(window.focus).toHaveBeenCalled();
  });

  it('routes files from macOS open-file events too', async () => {
    const fake = await started();
    const [window] = FakeWindow.instances;
    if (!window) throw new Error('no window');
    window.webContents.emit('did-finish-load');
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-open-file-'));
    const file = path.join(dir, 'mac.dossier');
    writeFileSync(file, 'PK mac');
    const event = fakeNavigationEvent();
    fake.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1), SLOW_MACHINE);
  });

  it('asks the renderer to save before the window closes, and closes when it is done', async () => {
    const fake = await started();
    const [window] = FakeWindow.instances;
    if (!window) throw new Error('no window');
    const event = fakeNavigationEvent();
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.sent.at(-1)?.channel).toBe('desk:before-close');
    const [, closeReady] =
      fake.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'desk:close-ready') ?? [];
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await closeReady(trusted, {})).toEqual({ ok: true, value: { closing: true } });
    await vi.waitFor(() => expect(window.destroyed).toBe(true), SLOW_MACHINE);
  });

  it('enables only the menu items of the commands the renderer says apply, after checking the request', async () => {
    const fake = await started();
    const [window] = FakeWindow.instances;
    if (!window) throw new Error('no window');
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as FakeMenu;
    const [, setAvailable] =
      fake.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'desk:available-commands') ??
      [];
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const enabled = (id: string) => menu.getMenuItemById(id)?.enabled;
    expect(enabled('dossier.share')).toBe(true);

    const reply = await setAvailable(trusted, { available: ['dossier.new', 'dossier.import', 'app.search'] });
    expect(reply).toEqual({ ok: true, value: { applied: true } });
    expect(enabled('dossier.new')).toBe(true);
    expect(enabled('dossier.share')).toBe(false);
    expect(enabled('source.ingest')).toBe(false);
    expect(enabled('briefing.export')).toBe(false);

    for (const payload of [{ available: ['briefing.export', 'quit'] }, { available: 'briefing.export' }]) {
      expect(await setAvailable(trusted, payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD' },
      });
    }
    const stranger = {
      sender: window.webContents,
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    expect(await setAvailable(stranger, { available: ['briefing.export'] })).toMatchObject({
      ok: false,
      error: { code: 'UNTRUSTED_SENDER' },
    });
    expect(enabled('briefing.export')).toBe(false);

    await setAvailable(trusted, { available: ['briefing.export'] });
    expect(enabled('briefing.export')).toBe(true);
    expect(enabled('dossier.new')).toBe(false);
  });
});
