import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePlatformError, PlatformError } from '../../../shared/errors';
import { PLATFORM_FUNCTIONS, PLATFORM_GLOBAL } from '../../../shared/platform';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

vi.mock('electron', () => electron);

async function exposed() {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  return { name, api: api as Record<string, unknown> };
}

describe('the preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
    electron.ipcRenderer.on.mockReset();
  });

  it('exposes one object, window.desk, with exactly the functions of the platform contract', async () => {
    const { name, api } = await exposed();
    expect(name).toBe(PLATFORM_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...PLATFORM_FUNCTIONS].sort());
    for (const key of PLATFORM_FUNCTIONS) expect(typeof api[key]).toBe('function');
  });

  it('hands the page nothing of ipcRenderer', async () => {
    const { api } = await exposed();
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.send);
  });

  it('calls the contract channel and returns the reply', async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { confirmed: true } });
    const confirm = api.confirm as (request: unknown) => Promise<boolean>;
    await expect(confirm({ title: 'Delete', message: 'Sure?', confirmLabel: 'Delete' })).resolves.toBe(true);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('desk:confirm', {
      title: 'Delete',
      message: 'Sure?',
      confirmLabel: 'Delete',
    });
  });

  it("carries main's error code through contextBridge, which keeps only the message", async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockResolvedValue({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: 'too big' },
    });
    const openFile = api.openFile as (request: unknown) => Promise<unknown>;
    const thrown = await openFile({}).catch((caught: unknown) => caught);
    // What the page receives: a plain Error with the message only.
    const crossed = new Error((thrown as Error).message);
    const decoded = decodePlatformError(crossed);
    expect(decoded).toBeInstanceOf(PlatformError);
    expect(decoded).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'too big' });
  });

  it('passes on only menu commands that the contract knows', async () => {
    const { api } = await exposed();
    const listener = vi.fn();
    (api.onMenuCommand as (listener: unknown) => () => void)(listener);
    const [channel, wrapped] = electron.ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe('desk:menu-command');
    wrapped({}, { command: 'dossier.new' });
    wrapped({}, { command: 'rm -rf /' });
    wrapped({}, 'dossier.new');
    expect(listener.mock.calls).toEqual([['dossier.new']]);
  });

  it('tells main which commands apply on the channel the contract declares for it', async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { applied: true } });
    const setAvailable = api.setAvailableCommands as (commands: readonly string[]) => Promise<void>;
    await setAvailable(['dossier.new', 'app.search']);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('desk:available-commands', {
      available: ['dossier.new', 'app.search'],
    });
  });

  it('tells main the briefing’s language for the spell checker', async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { languages: ['de-DE'] } });
    await (api.setSpellCheckLanguage as (language: string) => Promise<void>)('de');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('desk:spell-check-language', { language: 'de' });
  });

  it('saves before close, then tells main it may close', async () => {
    const { api } = await exposed();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { closing: true } });
    const order: string[] = [];
    (api.onBeforeClose as (listener: () => Promise<void>) => () => void)(async () => {
      order.push('saved');
    });
    electron.ipcRenderer.invoke.mockImplementation(async (channel: string) => {
      order.push(channel);
      return { ok: true, value: { closing: true } };
    });
    const [, wrapped] = electron.ipcRenderer.on.mock.calls[0] ?? [];
    wrapped({}, {});
    await vi.waitFor(() => expect(order).toEqual(['saved', 'desk:close-ready']));
  });
});
