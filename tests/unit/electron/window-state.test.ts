import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  loadWindowState,
  saveWindowState,
  windowStateFile,
} from '../../../electron/main/window-state';

describe('window state', () => {
  it('remembers size, position and maximised state between runs', async () => {
    const file = windowStateFile(mkdtempSync(path.join(tmpdir(), 'dd-window-')));
    const state = { x: 120, y: 80, width: 1400, height: 900, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('falls back to the default for a missing or damaged file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dd-window-'));
    expect(await loadWindowState(path.join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const damaged = path.join(dir, 'damaged.json');
    writeFileSync(damaged, '{"width": "huge"');
    expect(await loadWindowState(damaged)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(damaged, '{"width": 5, "height": 5, "maximized": false}');
    expect(await loadWindowState(damaged)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position that is no longer on any display, keeping the size', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const offScreen = { x: 3000, y: 200, width: 1200, height: 800, maximized: false };
    expect(fitWindowState(offScreen, displays)).toEqual({ width: 1200, height: 800, maximized: false });
    const onScreen = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitWindowState(onScreen, displays)).toEqual(onScreen);
  });
});
