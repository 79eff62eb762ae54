// Every action a user can trigger, named once: its label (the control's accessible name), its shortcut and
// when it is available. The native menu, the toolbars, the keyboard, the shortcuts dialog and the tests
// all refer to an action by its id; what each one does lives with the renderer (renderer/commands/).

/** Where the user is, as far as availability goes: the route's view and, in a briefing, the editor. */
export interface CommandContext {
  view: 'library' | 'dossier' | 'briefing' | 'settings' | 'identity' | 'templates';
  /** The briefing editor's state, or null when no editor is open. */
  editor: EditorCommandState | null;
}

export interface EditorCommandState {
  canUndo: boolean;
  canRedo: boolean;
  inTable: boolean;
}

export interface CommandDefinition {
  label: string;
  /** One notation everywhere: `Mod+Shift+Alt+Key`, where Mod is Ctrl, or ⌘ on a Mac. */
  shortcut?: string;
  /** A longer description shown on hover, when the label alone does not say enough. */
  hint?: string;
  /** The editor binds this key itself, in the text; the registry only names it for the toolbar and dialog. */
  keyBoundByEditor?: true;
  isAvailable(context: CommandContext): boolean;
}

const always = () => true;
const inView = (view: CommandContext['view']) => (context: CommandContext) => context.view === view;
const withEditor = (context: CommandContext) => context.editor !== null;
const inTable = (context: CommandContext) => context.editor?.inTable === true;

export const COMMANDS = {
  'dossier.new': { label: 'New dossier', shortcut: 'Mod+N', isAvailable: always },
  'dossier.import': { label: 'Import dossier', shortcut: 'Mod+O', isAvailable: always },
  'dossier.share': { label: 'Share dossier', shortcut: 'Mod+Shift+S', isAvailable: inView('dossier') },
  'source.ingest': {
    label: 'New source from material',
    shortcut: 'Mod+Shift+M',
    isAvailable: inView('dossier'),
  },
  'briefing.export': { label: 'Export to Word', shortcut: 'Mod+E', isAvailable: inView('briefing') },
  'briefing.export-pdf': { label: 'Export to PDF', isAvailable: inView('briefing') },
  'briefing.print': { label: 'Print', shortcut: 'Mod+P', isAvailable: inView('briefing') },
  'app.search': { label: 'Search', shortcut: 'Mod+F', isAvailable: always },
  'app.toggle-theme': { label: 'Toggle dark theme', shortcut: 'Mod+Shift+D', isAvailable: always },
  'app.shortcuts': { label: 'Keyboard shortcuts', shortcut: 'Mod+/', isAvailable: always },
  'app.settings': { label: 'Settings', shortcut: 'Mod+,', isAvailable: always },
  'app.about': { label: 'About Dossier Desk', isAvailable: always },
  'app.identity': {
    label: 'Identity and trusted keys',
    hint: 'Your signing key, its backup, and the colleagues whose keys you trust',
    isAvailable: always,
  },
  'app.templates': {
    label: 'Office templates',
    hint: "The office's own Word look: add a .dotx, choose what it dresses, set its defaults",
    isAvailable: always,
  },

  'editor.undo': {
    label: 'Undo',
    shortcut: 'Mod+Z',
    keyBoundByEditor: true,
    isAvailable: (context) => context.editor?.canUndo === true,
  },
  'editor.redo': {
    label: 'Redo',
    shortcut: 'Mod+Shift+Z',
    keyBoundByEditor: true,
    isAvailable: (context) => context.editor?.canRedo === true,
  },
  'editor.paragraph': {
    label: 'Body text',
    shortcut: 'Mod+Alt+0',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.heading-1': {
    label: 'Heading 1',
    shortcut: 'Mod+Alt+1',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.heading-2': {
    label: 'Heading 2',
    shortcut: 'Mod+Alt+2',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.heading-3': {
    label: 'Heading 3',
    shortcut: 'Mod+Alt+3',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.bold': { label: 'Bold', shortcut: 'Mod+B', keyBoundByEditor: true, isAvailable: withEditor },
  'editor.italic': { label: 'Italic', shortcut: 'Mod+I', keyBoundByEditor: true, isAvailable: withEditor },
  'editor.underline': {
    label: 'Underline',
    shortcut: 'Mod+U',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.strike': {
    label: 'Strikethrough',
    shortcut: 'Mod+Shift+S',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.bullet-list': {
    label: 'Bulleted list',
    shortcut: 'Mod+Shift+8',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.ordered-list': {
    label: 'Numbered list',
    shortcut: 'Mod+Shift+7',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.blockquote': {
    label: 'Block quote',
    shortcut: 'Mod+Shift+B',
    keyBoundByEditor: true,
    isAvailable: withEditor,
  },
  'editor.link': { label: 'Link', shortcut: 'Mod+K', isAvailable: withEditor },
  'editor.insert-image': { label: 'Insert image', isAvailable: withEditor },
  'editor.insert-table': {
    label: 'Insert table',
    isAvailable: (context) => context.editor !== null && !context.editor.inTable,
  },
  'editor.cite-source': {
    label: 'Cite source',
    hint: "Cite source: insert a numbered reference to one of the dossier's sources",
    isAvailable: withEditor,
  },
  'editor.find': { label: 'Find and replace', shortcut: 'Mod+F', isAvailable: withEditor },
  'editor.replace': { label: 'Replace', shortcut: 'Mod+H', isAvailable: withEditor },
  'editor.add-row-above': { label: 'Add row above', isAvailable: inTable },
  'editor.add-row-below': { label: 'Add row below', isAvailable: inTable },
  'editor.delete-row': { label: 'Delete row', isAvailable: inTable },
  'editor.add-column-before': { label: 'Add column before', isAvailable: inTable },
  'editor.add-column-after': { label: 'Add column after', isAvailable: inTable },
  'editor.delete-column': { label: 'Delete column', isAvailable: inTable },
  'editor.toggle-header-row': { label: 'Toggle header row', isAvailable: inTable },
  'editor.delete-table': { label: 'Delete table', isAvailable: inTable },
} as const satisfies Record<string, CommandDefinition>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

/** Actions of the briefing editor: their keys act in the editor, and they have no native menu item. */
export type EditorCommandId = Extract<CommandId, `editor.${string}`>;
/** Everything else: the app's own actions, each in the native menu and on the keyboard everywhere. */
export type AppCommandId = Exclude<CommandId, EditorCommandId>;

export function isEditorCommand(id: CommandId): id is EditorCommandId {
  return id.startsWith('editor.');
}

export const EDITOR_COMMAND_IDS = COMMAND_IDS.filter(isEditorCommand);
export const APP_COMMAND_IDS = COMMAND_IDS.filter((id): id is AppCommandId => !isEditorCommand(id));

export function isCommandId(value: string): value is CommandId {
  return Object.hasOwn(COMMANDS, value);
}

export function commandDefinition(id: CommandId): CommandDefinition {
  return COMMANDS[id];
}

export function isCommandAvailable(id: CommandId, context: CommandContext): boolean {
  return commandDefinition(id).isAvailable(context);
}

/** "Mod+Shift+S" → Electron's "CmdOrCtrl+Shift+S". */
export function toAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/, 'CmdOrCtrl+');
}

// A Mac writes modifiers as symbols in a fixed order with no separator (⌥⇧⌘S); elsewhere words joined by +.
const MAC_SYMBOLS: Record<string, string> = { Alt: '⌥', Shift: '⇧', Mod: '⌘' };
const MAC_ORDER = ['Alt', 'Shift', 'Mod'];

/** The one way a shortcut is shown to the user: "Ctrl+Shift+S", or "⇧⌘S" on a Mac. */
export function formatShortcut(shortcut: string, onMac: boolean): string {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (!onMac) return [...parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)), key].join('+');
  const modifiers = MAC_ORDER.filter((name) => parts.includes(name)).map((name) => MAC_SYMBOLS[name]);
  return `${modifiers.join('')}${key}`;
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

/**
 * The app action a key press names, if any. Editor actions are looked up with `editorCommandForKeyPress`
 * inside the editor, where their keys take precedence over the app's (Mod+F finds in the text).
 */
export function commandForKeyPress(press: KeyPress): AppCommandId | null {
  const shortcut = shortcutOfKeyPress(press);
  if (!shortcut) return null;
  return APP_COMMAND_IDS.find((id) => commandDefinition(id).shortcut === shortcut) ?? null;
}

/** The editor action a key press names, among those whose key the editor does not bind itself. */
export function editorCommandForKeyPress(press: KeyPress): EditorCommandId | null {
  const shortcut = shortcutOfKeyPress(press);
  if (!shortcut) return null;
  return (
    EDITOR_COMMAND_IDS.find((id) => {
      const definition = commandDefinition(id);
      return definition.shortcut === shortcut && !definition.keyBoundByEditor;
    }) ?? null
  );
}
