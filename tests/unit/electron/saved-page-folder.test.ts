// Choosing a saved web page in the open dialog brings the pictures of its folder, read by main: only
// pictures, only plain files directly inside it, and only when the renderer asks; the reply passes the
// channel's schema like every other.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatchInvoke } from '../../../electron/main/ipc';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/main/ipc-handlers';
import { readSavedPageFolder } from '../../../electron/main/saved-page-folder';
import { CHART_PNG, PHOTO_PNG, writeSavedPages } from '../../fixtures/ingest/saved-pages';
import { fakeInvokeEvent } from './fake-electron';

function depsChoosing(file: string): IpcHandlerDeps {
  return {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [file] })),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
    },
    shell: { openExternal: vi.fn() },
    windowFor: vi.fn(() => null),
    appInfo: { version: '0.1.0', platform: 'linux', versions: {} },
    onCloseReady: vi.fn(() => true),
    setAvailableCommands: vi.fn(),
  } as unknown as IpcHandlerDeps;
}

const open = (file: string, payload: unknown) =>
  dispatchInvoke('desk:open-file', createIpcHandlers(depsChoosing(file)), fakeInvokeEvent(), payload);

describe('opening a saved web page', () => {
  it('brings the pictures of the page’s _files folder when asked', async () => {
    const pages = writeSavedPages(mkdtempSync(path.join(tmpdir(), 'dd-saved-')));
    const reply = await open(pages.html, { withSavedPageFolder: true });
    expect(reply.ok).toBe(true);
    if (!reply.ok || reply.value.canceled) throw new Error('expected the page');
    expect(reply.value.name).toBe('pilot-station.html');
    expect((reply.value.folder ?? []).map((picture) => [picture.name, [...picture.bytes]]).sort()).toEqual(
      [
        ['pilot-station_files/chart.png', [...CHART_PNG]],
        ['pilot-station_files/station photo.png', [...PHOTO_PNG]],
      ].sort(),
    );
  });

  it('brings nothing when not asked, and nothing for a file that is no saved page', async () => {
    const pages = writeSavedPages(mkdtempSync(path.join(tmpdir(), 'dd-saved-')));
    const plain = await open(pages.html, {});
    expect(plain.ok && !plain.value.canceled && plain.value.folder).toBeUndefined();
    const archive = await open(pages.mhtml, { withSavedPageFolder: true });
    expect(archive.ok && !archive.value.canceled && archive.value.folder).toBeUndefined();
  });

  it('reads only pictures that are plain files in the folder, never through a link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-saved-'));
    const pages = writeSavedPages(dir);
    const outside = mkdtempSync(path.join(tmpdir(), 'dd-outside-'));
    writeFileSync(path.join(outside, 'secret.png'), PHOTO_PNG);
    symlinkSync(path.join(outside, 'secret.png'), path.join(pages.folder, 'linked.png'));
    writeFileSync(path.join(pages.folder, 'script.js'), 'alert(1)');
    mkdirSync(path.join(pages.folder, 'nested'));
    const names = (await readSavedPageFolder(pages.html)).map((picture) => picture.name).sort();
    expect(names).toEqual(['pilot-station_files/chart.png', 'pilot-station_files/station photo.png']);
  });

  it('finds the folder under the name a German browser gives it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-saved-'));
    writeFileSync(path.join(dir, 'Artikel.htm'), '<p>x</p>');
    mkdirSync(path.join(dir, 'Artikel-Dateien'));
    writeFileSync(path.join(dir, 'Artikel-Dateien', 'bild.png'), CHART_PNG);
    expect((await readSavedPageFolder(path.join(dir, 'Artikel.htm'))).map((picture) => picture.name)).toEqual(
      ['Artikel-Dateien/bild.png'],
    );
  });
});
