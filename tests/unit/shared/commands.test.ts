import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandForKeyPress,
  isCommandId,
  shortcutOfKeyPress,
  toAccelerator,
} from '../../../shared/commands';

const press = (
  key: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('commands and shortcuts', () => {
  it('spells a key press as a shortcut, Ctrl and ⌘ alike', () => {
    expect(shortcutOfKeyPress(press('n', { ctrl: true }))).toBe('Mod+N');
    expect(shortcutOfKeyPress(press('S', { meta: true, shift: true }))).toBe('Mod+Shift+S');
    expect(shortcutOfKeyPress(press('n'))).toBeNull();
  });

  it('finds the command a key press runs', () => {
    expect(commandForKeyPress(press('n', { ctrl: true }))).toBe('dossier.new');
    expect(commandForKeyPress(press('/', { ctrl: true }))).toBe('app.shortcuts');
    expect(commandForKeyPress(press('q', { ctrl: true }))).toBeNull();
  });

  it('gives every shortcut to one command only', () => {
    const shortcuts = Object.values(COMMANDS)
      .map((command) => command.shortcut)
      .filter(Boolean);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it("keeps the accessible names the product's UI tests rely on", () => {
    const labels = Object.values(COMMANDS).map((command) => command.label);
    for (const name of ['New dossier', 'Export to Word', 'Share dossier', 'Import dossier', 'Search']) {
      expect(labels).toContain(name);
    }
  });

  it('turns Mod into CmdOrCtrl for Electron and knows its ids', () => {
    expect(toAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(isCommandId('dossier.new')).toBe(true);
    expect(isCommandId('__proto__')).toBe(false);
  });
});
