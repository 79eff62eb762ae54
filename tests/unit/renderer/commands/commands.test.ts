// The renderer's side of the registry in Node: a stand-in window (location hash, events) and, for the
// Electron case, a stand-in `window.desk` bridge.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuLabels, Platform } from '../../../../shared/platform';

type FakeWindow = EventTarget & { location: { hash: string }; desk?: Partial<Platform> };

function fakeWindow(hash: string, desk?: Partial<Platform>): FakeWindow {
  return Object.assign(new EventTarget(), { location: { hash }, ...(desk ? { desk } : {}) });
}

function fakeBridge() {
  let menuListener: ((command: string) => void) | null = null;
  const bridge = {
    setAvailableCommands: vi.fn(async (_commands: readonly string[]) => undefined),
    onMenuCommand: vi.fn((listener: (command: string) => void) => {
      menuListener = listener;
      return () => undefined;
    }),
    onOpenDossierFile: vi.fn(() => () => undefined),
    systemLanguages: vi.fn(async () => ['de-DE', 'en-GB']),
    setMenuLabels: vi.fn(async (_labels: MenuLabels) => undefined),
  };
  return { bridge, chooseFromMenu: (command: string) => menuListener?.(command) };
}

/** Fresh modules on a fresh window, as the page would load them. */
async function loadRenderer(window: FakeWindow) {
  vi.resetModules();
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', { querySelector: () => null });
  const commands = await import('../../../../renderer/commands/commands');
  const store = await import('../../../../renderer/state/ui-store');
  const { i18n } = await import('../../../../renderer/i18n');
  return { ...commands, ...store, i18n };
}

function goTo(window: FakeWindow, hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new Event('hashchange'));
}

function keyPress(key: string, mods: { shift?: boolean } = {}) {
  return Object.assign(new Event('keydown', { cancelable: true }), {
    key,
    ctrlKey: true,
    metaKey: false,
    shiftKey: mods.shift ?? false,
    altKey: false,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('commands that apply only in one view', () => {
  it('do nothing at all outside it: no notice, no dialog, no navigation', async () => {
    const window = fakeWindow('#/');
    const app = await loadRenderer(window);
    for (const id of ['dossier.share', 'source.ingest', 'briefing.export']) await app.runCommand(id);
    expect(app.getUiState().notice).toBeNull();
    expect(app.getUiState().panel).toBe('none');
    expect(window.location.hash).toBe('#/');
  });

  it('run in their view', async () => {
    const window = fakeWindow('#/dossier/d1/timeline');
    const app = await loadRenderer(window);
    await app.runCommand('dossier.share');
    expect(app.getUiState().panel).toBe('share');
    await app.runCommand('source.ingest');
    expect(window.location.hash).toBe('#/dossier/d1/sources');
    goTo(window, '#/briefing/b1');
    await app.runCommand('briefing.export');
    expect(app.getUiState().panel).toBe('export');
  });

  it('ignore editor commands while no editor is open', async () => {
    const app = await loadRenderer(fakeWindow('#/briefing/b1'));
    expect(app.availableAppCommands()).toContain('briefing.export');
    await app.runCommand('editor.bold');
    expect(app.getUiState().notice).toBeNull();
  });
});

describe('in a browser, the keyboard', () => {
  it('runs a shortcut where its command applies and swallows it, doing nothing, where it does not', async () => {
    const window = fakeWindow('#/');
    const app = await loadRenderer(window);
    const stop = app.installCommandInputs();
    const share = keyPress('S', { shift: true });
    window.dispatchEvent(share);
    expect(share.defaultPrevented).toBe(true);
    expect(app.getUiState().notice).toBeNull();
    expect(app.getUiState().panel).toBe('none');

    goTo(window, '#/dossier/d1/sources');
    window.dispatchEvent(keyPress('S', { shift: true }));
    await vi.waitFor(() => expect(app.getUiState().panel).toBe('share'));

    const unknown = keyPress('q');
    window.dispatchEvent(unknown);
    expect(unknown.defaultPrevented).toBe(false);
    stop();
  });
});

describe('in Electron, the native menu', () => {
  it('is told which commands apply, again each time that changes, and only then', async () => {
    const { bridge } = fakeBridge();
    const window = fakeWindow('#/', bridge);
    const app = await loadRenderer(window);
    const stop = app.installCommandInputs();
    const sent = () => bridge.setAvailableCommands.mock.calls.map(([ids]) => [...ids]);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toContain('dossier.new');
    expect(sent()[0]).not.toContain('dossier.share');
    expect(sent()[0]).not.toContain('briefing.export');
    expect(sent()[0]?.some((id) => id.startsWith('editor.'))).toBe(false);

    goTo(window, '#/dossier/d1/sources');
    expect(sent()).toHaveLength(2);
    expect(sent()[1]).toEqual(expect.arrayContaining(['dossier.share', 'source.ingest']));
    goTo(window, '#/dossier/d1/timeline');
    expect(sent()).toHaveLength(2);

    goTo(window, '#/briefing/b1');
    expect(sent()[2]).toContain('briefing.export');
    expect(sent()[2]).not.toContain('dossier.share');
    stop();
  });

  it('speaks the interface language, which follows the system language main reports', async () => {
    const { bridge } = fakeBridge();
    const app = await loadRenderer(fakeWindow('#/', bridge));
    await app.i18n.changeLanguage('en');
    const stop = app.installCommandInputs();
    expect(bridge.setMenuLabels.mock.calls[0]?.[0]).toMatchObject({
      headings: { file: '&File', help: '&Help' },
      commands: { 'dossier.new': 'New dossier', 'app.settings': 'Settings' },
    });
    await vi.waitFor(() => expect(app.i18n.language).toBe('de'));
    expect(bridge.setMenuLabels.mock.calls.at(-1)?.[0]).toMatchObject({
      headings: { file: '&Datei', help: '&Hilfe' },
      commands: { 'dossier.new': 'Neues Dossier', 'app.settings': 'Einstellungen' },
    });
    stop();
    await app.i18n.changeLanguage('en');
  });

  it('runs what is chosen from it only where it applies', async () => {
    const { bridge, chooseFromMenu } = fakeBridge();
    const window = fakeWindow('#/briefing/b1', bridge);
    const app = await loadRenderer(window);
    const stop = app.installCommandInputs();
    chooseFromMenu('dossier.share');
    await Promise.resolve();
    expect(app.getUiState().panel).toBe('none');
    expect(app.getUiState().notice).toBeNull();
    chooseFromMenu('briefing.export');
    await vi.waitFor(() => expect(app.getUiState().panel).toBe('export'));
    stop();
  });
});
