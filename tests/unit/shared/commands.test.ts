import { describe, expect, it } from 'vitest';
import {
  APP_COMMAND_IDS,
  COMMAND_IDS,
  type CommandContext,
  type CommandId,
  commandDefinition,
  commandForKeyPress,
  EDITOR_COMMAND_IDS,
  editorCommandForKeyPress,
  formatShortcut,
  isCommandAvailable,
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

const EDITOR = { canUndo: false, canRedo: false, inTable: false };
const IN: Record<CommandContext['view'], CommandContext> = {
  library: { view: 'library', editor: null },
  dossier: { view: 'dossier', editor: null },
  briefing: { view: 'briefing', editor: EDITOR },
  settings: { view: 'settings', editor: null },
  identity: { view: 'identity', editor: null },
  templates: { view: 'templates', editor: null },
};

const availableIn = (context: CommandContext) => COMMAND_IDS.filter((id) => isCommandAvailable(id, context));

describe('the command registry', () => {
  it('gives every action a label', () => {
    for (const id of COMMAND_IDS) expect(commandDefinition(id).label.trim(), id).not.toBe('');
  });

  it('names every action one way: dotted, lower-case, words (or a number) joined by hyphens', () => {
    for (const id of COMMAND_IDS) expect(id).toMatch(/^[a-z]+(\.[a-z]+(-[a-z0-9]+)*)+$/);
  });

  it('holds the app commands and the editor commands in one list', () => {
    expect([...APP_COMMAND_IDS, ...EDITOR_COMMAND_IDS].sort()).toEqual([...COMMAND_IDS].sort());
    expect(EDITOR_COMMAND_IDS).toContain('editor.bold');
    expect(APP_COMMAND_IDS).toContain('dossier.new');
  });

  it('writes every shortcut in one notation: Mod, then Shift, then Alt, then one key', () => {
    const shortcuts = COMMAND_IDS.flatMap((id) => commandDefinition(id).shortcut ?? []);
    expect(shortcuts.length).toBeGreaterThan(10);
    for (const shortcut of shortcuts) expect(shortcut).toMatch(/^Mod(\+Shift)?(\+Alt)?\+[A-Z0-9/,]$/);
    // The notation is the one a key press spells, so a pressed shortcut finds its command.
    for (const id of APP_COMMAND_IDS) {
      const shortcut = commandDefinition(id).shortcut;
      if (!shortcut) continue;
      const parts = shortcut.split('+');
      const key = parts.at(-1) ?? '';
      const spelled = shortcutOfKeyPress(
        press(key.toLowerCase(), { ctrl: true, shift: parts.includes('Shift'), alt: parts.includes('Alt') }),
      );
      expect(spelled).toBe(shortcut);
    }
  });

  it('gives every shortcut to one command only among the app commands, and among the editor commands', () => {
    for (const ids of [APP_COMMAND_IDS, EDITOR_COMMAND_IDS] as readonly CommandId[][]) {
      const shortcuts = ids.flatMap((id) => commandDefinition(id).shortcut ?? []);
      expect(new Set(shortcuts).size).toBe(shortcuts.length);
    }
  });

  it("keeps the accessible names the product's UI tests rely on", () => {
    const labels = COMMAND_IDS.map((id) => commandDefinition(id).label);
    for (const name of ['New dossier', 'Export to Word', 'Share dossier', 'Import dossier', 'Search', 'Bold'])
      expect(labels).toContain(name);
  });

  it('knows its ids and nothing inherited', () => {
    expect(isCommandId('dossier.new')).toBe(true);
    expect(isCommandId('editor.bold')).toBe(true);
    expect(isCommandId('bold')).toBe(false);
    expect(isCommandId('__proto__')).toBe(false);
  });
});

describe('availability', () => {
  it('offers share and new source from material only in a dossier, and export only in a briefing', () => {
    expect(availableIn(IN.library)).not.toContain('dossier.share');
    expect(availableIn(IN.library)).not.toContain('source.ingest');
    expect(availableIn(IN.library)).not.toContain('briefing.export');
    expect(availableIn(IN.dossier)).toEqual(expect.arrayContaining(['dossier.share', 'source.ingest']));
    expect(availableIn(IN.dossier)).not.toContain('briefing.export');
    expect(availableIn(IN.briefing)).toContain('briefing.export');
    expect(availableIn(IN.briefing)).not.toContain('dossier.share');
    expect(availableIn(IN.briefing)).not.toContain('source.ingest');
  });

  it('offers the app-wide commands everywhere', () => {
    for (const context of Object.values(IN)) {
      expect(availableIn(context)).toEqual(
        expect.arrayContaining(['dossier.new', 'dossier.import', 'app.search', 'app.shortcuts', 'app.about']),
      );
    }
  });

  it('offers editor commands only with an editor, undo and redo only when there is something to undo', () => {
    expect(availableIn(IN.library).filter((id) => id.startsWith('editor.'))).toEqual([]);
    expect(availableIn(IN.dossier).filter((id) => id.startsWith('editor.'))).toEqual([]);
    const briefing = availableIn(IN.briefing);
    expect(briefing).toEqual(expect.arrayContaining(['editor.bold', 'editor.find', 'editor.insert-table']));
    expect(briefing).not.toContain('editor.undo');
    const edited = availableIn({ view: 'briefing', editor: { ...EDITOR, canUndo: true } });
    expect(edited).toContain('editor.undo');
    expect(edited).not.toContain('editor.redo');
  });

  it('offers the table commands inside a table and "Insert table" outside one', () => {
    const outside = availableIn(IN.briefing);
    const inside = availableIn({ view: 'briefing', editor: { ...EDITOR, inTable: true } });
    expect(outside).toContain('editor.insert-table');
    expect(outside).not.toContain('editor.add-row-below');
    expect(inside).not.toContain('editor.insert-table');
    expect(inside).toEqual(expect.arrayContaining(['editor.add-row-below', 'editor.delete-table']));
  });
});

describe('shortcuts', () => {
  it('spells a key press as a shortcut, Ctrl and ⌘ alike', () => {
    expect(shortcutOfKeyPress(press('n', { ctrl: true }))).toBe('Mod+N');
    expect(shortcutOfKeyPress(press('S', { meta: true, shift: true }))).toBe('Mod+Shift+S');
    expect(shortcutOfKeyPress(press('n'))).toBeNull();
  });

  it('finds the app command a key press runs', () => {
    expect(commandForKeyPress(press('n', { ctrl: true }))).toBe('dossier.new');
    expect(commandForKeyPress(press('/', { ctrl: true }))).toBe('app.shortcuts');
    expect(commandForKeyPress(press('q', { ctrl: true }))).toBeNull();
    // Ctrl+Shift+S is both share (app) and strikethrough (editor): outside the editor it is share.
    expect(commandForKeyPress(press('s', { ctrl: true, shift: true }))).toBe('dossier.share');
  });

  it('finds in the editor only the keys the editor does not bind itself', () => {
    expect(editorCommandForKeyPress(press('f', { ctrl: true }))).toBe('editor.find');
    expect(editorCommandForKeyPress(press('h', { ctrl: true }))).toBe('editor.replace');
    expect(editorCommandForKeyPress(press('k', { meta: true }))).toBe('editor.link');
    expect(editorCommandForKeyPress(press('b', { ctrl: true }))).toBeNull();
    expect(editorCommandForKeyPress(press('f', { ctrl: true, alt: true }))).toBeNull();
  });

  it('shows Mod as Ctrl, or as ⌘ with the Mac symbols in their order', () => {
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Mod+/', false)).toBe('Ctrl+/');
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
    expect(formatShortcut('Mod+Shift+Alt+K', true)).toBe('⌥⇧⌘K');
    expect(formatShortcut('Mod+B', true)).toBe('⌘B');
  });

  it('turns Mod into CmdOrCtrl for Electron', () => {
    expect(toAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
  });
});
