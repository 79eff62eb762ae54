// The user's commands, named once: the native menu, the toolbar, the keyboard and the tests all refer to
// them by id. Labels are the controls' accessible names. "Mod" is Ctrl, or ⌘ on a Mac.

export const COMMANDS = {
  'dossier.new': { label: 'New dossier', shortcut: 'Mod+N' },
  'dossier.import': { label: 'Import dossier', shortcut: 'Mod+O' },
  'dossier.share': { label: 'Share dossier', shortcut: 'Mod+Shift+S' },
  'source.ingest': { label: 'New source from material', shortcut: 'Mod+Shift+M' },
  'briefing.export': { label: 'Export to Word', shortcut: 'Mod+E' },
  'app.search': { label: 'Search', shortcut: 'Mod+F' },
  'app.toggle-theme': { label: 'Toggle dark theme', shortcut: 'Mod+Shift+D' },
  'app.shortcuts': { label: 'Keyboard shortcuts', shortcut: 'Mod+/' },
  'app.about': { label: 'About Dossier Desk', shortcut: undefined },
} as const satisfies Record<string, { label: string; shortcut: string | undefined }>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isCommandId(value: string): value is CommandId {
  return Object.hasOwn(COMMANDS, value);
}

/** "Mod+Shift+S" → Electron's "CmdOrCtrl+Shift+S". */
export function toAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/, 'CmdOrCtrl+');
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The shortcut a key press spells ("Mod+Shift+S"), or null for keys pressed without Ctrl/⌘. */
export function shortcutOfKeyPress(press: KeyPress): string | null {
  if (!(press.ctrlKey || press.metaKey)) return null;
  const parts = ['Mod'];
  if (press.shiftKey) parts.push('Shift');
  if (press.altKey) parts.push('Alt');
  parts.push(press.key.length === 1 ? press.key.toUpperCase() : press.key);
  return parts.join('+');
}

/** The command a key press runs, if any. */
export function commandForKeyPress(press: KeyPress): CommandId | null {
  const shortcut = shortcutOfKeyPress(press);
  if (!shortcut) return null;
  return COMMAND_IDS.find((id) => COMMANDS[id].shortcut === shortcut) ?? null;
}
