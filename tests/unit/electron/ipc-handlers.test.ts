import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchInvoke } from '../../../electron/main/ipc';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/main/ipc-handlers';
import { type InvokeChannel, MAX_IPC_FILE_BYTES } from '../../../shared/ipc';
import { fakeInvokeEvent } from './fake-electron';

function makeDeps(overrides: Partial<IpcHandlerDeps['dialog']> = {}) {
  return {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
      ...overrides,
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    windowFor: vi.fn(() => null),
    appInfo: { version: '0.1.0', platform: 'linux', versions: { electron: '45.5.0' } },
    onCloseReady: vi.fn(() => true),
  } as unknown as IpcHandlerDeps;
}

const call = <C extends InvokeChannel>(deps: IpcHandlerDeps, channel: C, payload: unknown) =>
  dispatchInvoke(channel, createIpcHandlers(deps), fakeInvokeEvent(), payload);

describe('save file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dd-save-'));
  });

  it('writes the bytes where the user chose and leaves no temp file', async () => {
    const target = path.join(dir, 'briefing.docx');
    const deps = makeDeps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) as never,
    });
    const reply = await call(deps, 'desk:save-file', {
      suggestedName: 'briefing.docx',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(reply).toEqual({ ok: true, value: { canceled: false, name: 'briefing.docx' } });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['briefing.docx']);
  });

  it('replaces an existing file whole, keeping its permissions (a private file stays private)', async () => {
    const target = path.join(dir, 'briefing.docx');
    writeFileSync(target, 'old version', { mode: 0o600 });
    const deps = makeDeps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) as never,
    });
    const reply = await call(deps, 'desk:save-file', {
      suggestedName: 'briefing.docx',
      bytes: new TextEncoder().encode('new version'),
    });
    expect(reply).toMatchObject({ ok: true });
    expect(readFileSync(target, 'utf8')).toBe('new version');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['briefing.docx']);
  });

  it('reports a failed write with FILE_WRITE_FAILED, keeps what was there and leaves nothing behind', async () => {
    const target = path.join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'keep me');
    const deps = makeDeps({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) as never,
    });
    const reply = await call(deps, 'desk:save-file', {
      suggestedName: 'occupied',
      bytes: new Uint8Array([1]),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FILE_WRITE_FAILED' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/Nothing was changed/);
    expect(readdirSync(dir)).toEqual(['occupied']);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep me');
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const deps = makeDeps();
    const reply = await call(deps, 'desk:save-file', { suggestedName: 'x.docx', bytes: new Uint8Array([1]) });
    expect(reply).toEqual({ ok: true, value: { canceled: true } });
  });
});

describe('open file', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-open-'));
    const file = path.join(dir, 'Rabat meeting.dossier');
    writeFileSync(file, new Uint8Array([80, 75, 3, 4]));
    const deps = makeDeps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [file] })) as never,
    });
    const reply = await call(deps, 'desk:open-file', {
      filters: [{ name: 'Dossiers', extensions: ['dossier'] }],
    });
    expect(reply.ok && reply.value).toMatchObject({ canceled: false, name: 'Rabat meeting.dossier' });
    if (reply.ok && !reply.value.canceled) expect([...reply.value.bytes]).toEqual([80, 75, 3, 4]);
  });

  it('refuses a file over the size limit with FILE_TOO_LARGE and names the limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-open-'));
    const file = path.join(dir, 'huge.dossier');
    writeFileSync(file, '');
    truncateSync(file, MAX_IPC_FILE_BYTES + 1);
    const deps = makeDeps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [file] })) as never,
    });
    const reply = await call(deps, 'desk:open-file', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    if (!reply.ok) expect(reply.error.message).toContain('512 MB');
  });
});

describe('confirm', () => {
  it('makes Cancel the default answer of a destructive question', async () => {
    const deps = makeDeps();
    await call(deps, 'desk:confirm', {
      title: 'Empty trash',
      message: 'Delete for ever?',
      confirmLabel: 'Delete',
      destructive: true,
    });
    expect(vi.mocked(deps.dialog.showMessageBox).mock.calls[0]?.[0]).toMatchObject({
      buttons: ['Delete', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      type: 'warning',
    });
  });

  it('is confirmed only when the user picks the confirm button', async () => {
    const no = makeDeps();
    expect(await call(no, 'desk:confirm', { title: 't', message: 'm', confirmLabel: 'OK' })).toEqual({
      ok: true,
      value: { confirmed: false },
    });
    const yes = makeDeps({
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) as never,
    });
    expect(await call(yes, 'desk:confirm', { title: 't', message: 'm', confirmLabel: 'OK' })).toEqual({
      ok: true,
      value: { confirmed: true },
    });
  });
});

describe('open external link', () => {
  it('opens a web link only after the user confirms', async () => {
    const declined = makeDeps();
    expect(await call(declined, 'desk:open-external', { url: 'https://example.org/' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(declined.shell.openExternal).not.toHaveBeenCalled();

    const accepted = makeDeps({
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) as never,
    });
    expect(await call(accepted, 'desk:open-external', { url: 'mailto:desk@example.org' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(accepted.shell.openExternal).toHaveBeenCalledWith('mailto:desk@example.org');
  });

  it('refuses other protocols without asking', async () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'not a url',
    ]) {
      const deps = makeDeps({
        showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) as never,
      });
      const reply = await call(deps, 'desk:open-external', { url });
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'LINK_NOT_ALLOWED' } });
      expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
      expect(deps.shell.openExternal).not.toHaveBeenCalled();
    }
  });
});

describe('app info', () => {
  it('names the app, its version and the Electron shell', async () => {
    const reply = await call(makeDeps(), 'desk:app-info', {});
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Dossier Desk',
        version: '0.1.0',
        platform: 'linux',
        shell: 'electron',
        versions: { electron: '45.5.0' },
      },
    });
  });
});
