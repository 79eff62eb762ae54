import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchInvoke, isTrustedSender, registerIpcHandlers } from '../../../electron/main/ipc';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/main/ipc-handlers';
import { APP_COMMAND_IDS } from '../../../shared/commands';
import { CancelledError } from '../../../shared/errors';
import { type InvokeChannel, invokeChannels } from '../../../shared/ipc';
import { fakeInvokeEvent } from './fake-electron';

const CHANNELS = Object.keys(invokeChannels) as InvokeChannel[];

/** Payloads no channel accepts. */
const MALFORMED_FOR_ALL: unknown[] = [
  undefined,
  null,
  42,
  'open',
  [],
  { unexpected: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

/** Payloads that look almost right for one channel. */
const VALID_MENU_LABELS = {
  headings: { file: '&Datei', edit: '&Bearbeiten', view: '&Ansicht', help: '&Hilfe' },
  commands: Object.fromEntries(APP_COMMAND_IDS.map((id) => [id, `Befehl ${id}`])),
};

const MALFORMED_FOR: Record<InvokeChannel, unknown[]> = {
  'desk:open-file': [
    { title: '' },
    { title: 'x'.repeat(201) },
    { filters: [{ name: 'Dossiers', extensions: ['../../etc'] }] },
    { filters: 'dossier' },
    { title: 'Open', path: '/etc/passwd' },
  ],
  'desk:save-file': [
    { suggestedName: 'report.docx' },
    { suggestedName: 'report.docx', bytes: [1, 2, 3] },
    { suggestedName: 'report.docx', bytes: 'AAAA' },
    { suggestedName: '../../.bashrc', bytes: new Uint8Array([1]) },
    { suggestedName: '/etc/passwd', bytes: new Uint8Array([1]) },
    { suggestedName: 'C:\\Windows\\win.ini', bytes: new Uint8Array([1]) },
    { suggestedName: 'report\u0000.docx', bytes: new Uint8Array([1]) },
    { suggestedName: '..', bytes: new Uint8Array([1]) },
    { suggestedName: 'report.docx', bytes: new Uint8Array([1]), path: '/tmp/x' },
  ],
  'desk:app-info': [{ verbose: true }],
  'desk:confirm': [
    { message: 'Delete?', confirmLabel: 'Delete' },
    { title: 'Delete', message: 'Delete?' },
    { title: 'Delete', message: 'Delete?', confirmLabel: 'Delete', destructive: 'yes' },
    { title: 'Delete', message: 'x'.repeat(2001), confirmLabel: 'Delete' },
  ],
  'desk:open-external': [
    { url: 42 },
    { url: '' },
    { url: `https://example.org/${'a'.repeat(2100)}` },
    { href: 'https://x' },
  ],
  'desk:close-ready': [{ force: true }],
  'desk:available-commands': [
    {},
    { available: 'dossier.new' },
    { available: ['dossier.new', 'rm -rf /'] },
    // Editor commands have no menu item to enable.
    { available: ['editor.bold'] },
    { available: ['dossier.new'], enabled: true },
    { available: Array.from({ length: 100 }, () => 'dossier.new') },
  ],
  'desk:system-languages': [{ languages: ['de'] }],
  'desk:menu-labels': [
    {},
    { headings: VALID_MENU_LABELS.headings },
    { ...VALID_MENU_LABELS, commands: { ...VALID_MENU_LABELS.commands, 'editor.bold': 'Fett' } },
    { ...VALID_MENU_LABELS, headings: { ...VALID_MENU_LABELS.headings, file: '' } },
    { ...VALID_MENU_LABELS, headings: { ...VALID_MENU_LABELS.headings, file: 'x'.repeat(61) } },
    { ...VALID_MENU_LABELS, commands: { ...VALID_MENU_LABELS.commands, 'dossier.new': 42 } },
  ],
};

const VALID: Record<InvokeChannel, unknown> = {
  'desk:open-file': { title: 'Open dossier' },
  'desk:save-file': { suggestedName: 'briefing.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
  'desk:app-info': {},
  'desk:confirm': {
    title: 'Empty trash',
    message: 'Delete 3 dossiers for ever?',
    confirmLabel: 'Empty trash',
    destructive: true,
  },
  'desk:open-external': { url: 'https://example.org/' },
  'desk:close-ready': {},
  'desk:available-commands': { available: ['dossier.new', 'dossier.share'] },
  'desk:system-languages': {},
  'desk:menu-labels': VALID_MENU_LABELS,
};

describe('IPC validation in main', () => {
  let deps: IpcHandlerDeps;
  let saveDir: string;

  beforeEach(() => {
    saveDir = mkdtempSync(path.join(tmpdir(), 'dd-ipc-'));
    deps = {
      dialog: {
        showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(saveDir, 'saved.bin') })),
        showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      },
      shell: { openExternal: vi.fn(async () => undefined) },
      windowFor: vi.fn(() => null),
      appInfo: { version: '0.1.0', platform: 'linux', versions: { electron: '45.5.0' } },
      onCloseReady: vi.fn(() => true),
      setAvailableCommands: vi.fn(),
      systemLanguages: vi.fn(() => ['de-DE', 'en-GB']),
      setMenuLabels: vi.fn(),
    } as unknown as IpcHandlerDeps;
  });

  function sideEffects() {
    return {
      dialogs:
        vi.mocked(deps.dialog.showOpenDialog).mock.calls.length +
        vi.mocked(deps.dialog.showSaveDialog).mock.calls.length +
        vi.mocked(deps.dialog.showMessageBox).mock.calls.length,
      external: vi.mocked(deps.shell.openExternal).mock.calls.length,
      closes: vi.mocked(deps.onCloseReady).mock.calls.length,
      menuUpdates:
        vi.mocked(deps.setAvailableCommands).mock.calls.length +
        vi.mocked(deps.setMenuLabels).mock.calls.length,
      files: readdirSync(saveDir),
    };
  }

  const none = { dialogs: 0, external: 0, closes: 0, menuUpdates: 0, files: [] };

  for (const channel of CHANNELS) {
    it(`refuses every malformed payload on ${channel} with INVALID_PAYLOAD and does nothing`, async () => {
      const handlers = createIpcHandlers(deps);
      for (const payload of [...MALFORMED_FOR_ALL, ...MALFORMED_FOR[channel]]) {
        const reply = await dispatchInvoke(channel, handlers, fakeInvokeEvent(), payload);
        expect(reply.ok, JSON.stringify(payload)?.slice(0, 80)).toBe(false);
        if (!reply.ok) {
          expect(reply.error.code).toBe('INVALID_PAYLOAD');
          expect(reply.error.message).toContain(channel);
        }
      }
      expect(sideEffects()).toEqual(none);
    });

    it(`answers ${channel} only to the app's own top-level frame`, async () => {
      const handlers = createIpcHandlers(deps);
      for (const event of [
        fakeInvokeEvent({ url: 'https://evil.example/' }),
        fakeInvokeEvent({ url: 'file:///tmp/page.html' }),
        fakeInvokeEvent({ url: 'app://another-host/index.html' }),
        fakeInvokeEvent({ subframe: true }),
        fakeInvokeEvent({ otherMainFrame: true }),
        fakeInvokeEvent({ noFrame: true }),
      ]) {
        const reply = await dispatchInvoke(channel, handlers, event, VALID[channel]);
        expect(reply).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
      }
      expect(sideEffects()).toEqual(none);
    });

    it(`accepts a well-formed ${channel} from the app`, async () => {
      const reply = await dispatchInvoke(channel, createIpcHandlers(deps), fakeInvokeEvent(), VALID[channel]);
      expect(reply.ok).toBe(true);
    });
  }

  it('registers exactly the channels of the contract, and removes them again', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const remove = registerIpcHandlers(ipcMain as unknown as IpcMain, createIpcHandlers(deps));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort());
    remove();
    expect(ipcMain.removeHandler.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort());
  });

  it('runs registered handlers through the same validation', async () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    registerIpcHandlers(ipcMain as unknown as IpcMain, createIpcHandlers(deps));
    const [, listener] = ipcMain.handle.mock.calls.find(([channel]) => channel === 'desk:save-file') ?? [];
    const reply = await listener(fakeInvokeEvent(), { suggestedName: '../x', bytes: new Uint8Array([1]) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(sideEffects()).toEqual(none);
  });

  it('refuses a reply that breaks the contract instead of passing it on', async () => {
    const handlers = createIpcHandlers(deps);
    handlers['desk:app-info'] = vi.fn(async () => ({ name: 'x' }) as never);
    const reply = await dispatchInvoke('desk:app-info', handlers, fakeInvokeEvent(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it("passes on any coded error's code and message, and hides nothing else behind INTERNAL", async () => {
    const handlers = createIpcHandlers(deps);
    handlers['desk:app-info'] = vi.fn(async () => {
      throw new CancelledError('Saving was cancelled.');
    });
    const reply = await dispatchInvoke('desk:app-info', handlers, fakeInvokeEvent(), {});
    expect(reply).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Saving was cancelled.' } });
    handlers['desk:app-info'] = vi.fn(async () => {
      throw new TypeError('x is undefined');
    });
    const internal = await dispatchInvoke('desk:app-info', handlers, fakeInvokeEvent(), {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('trusts the top-level app:// frame and nothing else', () => {
    expect(isTrustedSender(fakeInvokeEvent())).toBe(true);
    expect(isTrustedSender(fakeInvokeEvent({ url: 'app://dossier-desk/' }))).toBe(true);
    expect(isTrustedSender(fakeInvokeEvent({ url: 'app://user@dossier-desk/' }))).toBe(false);
    expect(isTrustedSender(fakeInvokeEvent({ url: 'http://dossier-desk/' }))).toBe(false);
  });
});
