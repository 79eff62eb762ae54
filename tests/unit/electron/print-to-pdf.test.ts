// "Export to PDF" in the app: main prints the asking page with Electron's printToPDF (mocked here, as
// Electron's binary may not exist), tagged and at the page's own sizes, then saves it where the user chooses.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { dispatchInvoke } from '../../../electron/main/ipc';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/main/ipc-handlers';
import { fakeInvokeEvent } from './fake-electron';

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

function setUp(filePath: string | null) {
  const printToPDF = vi.fn(async () => Buffer.from(PDF));
  const event = fakeInvokeEvent();
  (event.sender as unknown as { printToPDF: typeof printToPDF }).printToPDF = printToPDF;
  const showSaveDialog = vi.fn(async () => ({ canceled: filePath === null, filePath: filePath ?? '' }));
  const deps = {
    dialog: { showOpenDialog: vi.fn(), showSaveDialog, showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    windowFor: vi.fn(() => null),
    appInfo: { version: '0.1.0', platform: 'linux', versions: {} },
    onCloseReady: vi.fn(() => true),
    setAvailableCommands: vi.fn(),
  } as unknown as IpcHandlerDeps;
  const call = (payload: unknown) =>
    dispatchInvoke('desk:print-to-pdf', createIpcHandlers(deps), event as IpcMainInvokeEvent, payload);
  return { printToPDF, showSaveDialog, call };
}

describe('export to PDF', () => {
  it('prints the asking page as a tagged PDF at its CSS page size and saves it where the user chose', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-pdf-'));
    const target = path.join(dir, 'Note.pdf');
    const { printToPDF, showSaveDialog, call } = setUp(target);
    const reply = await call({ suggestedName: 'Note.pdf' });
    expect(reply).toEqual({ ok: true, value: { canceled: false, name: 'Note.pdf' } });
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ generateTaggedPDF: true, preferCSSPageSize: true, printBackground: true }),
    );
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: 'Note.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect([...readFileSync(target)]).toEqual([...PDF]);
    expect(readdirSync(dir)).toEqual(['Note.pdf']);
  });

  it('titles the save dialog in the words the renderer gives (the interface language)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-pdf-'));
    const { showSaveDialog, call } = setUp(path.join(dir, 'Vermerk.pdf'));
    await call({ title: 'Als PDF speichern', suggestedName: 'Vermerk.pdf' });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Als PDF speichern' }));
  });

  it('writes nothing when the user cancels', async () => {
    const { call } = setUp(null);
    expect(await call({ suggestedName: 'Note.pdf' })).toEqual({ ok: true, value: { canceled: true } });
  });

  it('refuses a payload that names a path rather than a file, before printing anything', async () => {
    const { printToPDF, call } = setUp('/tmp/x.pdf');
    const reply = await call({ suggestedName: '../../etc/x.pdf' });
    expect(reply).toMatchObject({ ok: false });
    expect(printToPDF).not.toHaveBeenCalled();
  });
});
