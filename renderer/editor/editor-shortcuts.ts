// The briefing editor's own keys, named once: the toolbar shows them on its buttons and the Keyboard
// shortcuts dialog lists them beside the app's commands. Tiptap and BriefingEditor bind the keys themselves.

export const EDITOR_SHORTCUTS = {
  undo: { label: 'Undo', keys: 'Ctrl+Z' },
  redo: { label: 'Redo', keys: 'Ctrl+Shift+Z' },
  bold: { label: 'Bold', keys: 'Ctrl+B' },
  italic: { label: 'Italic', keys: 'Ctrl+I' },
  underline: { label: 'Underline', keys: 'Ctrl+U' },
  strike: { label: 'Strikethrough', keys: 'Ctrl+Shift+S' },
  bulletList: { label: 'Bulleted list', keys: 'Ctrl+Shift+8' },
  orderedList: { label: 'Numbered list', keys: 'Ctrl+Shift+7' },
  blockquote: { label: 'Block quote', keys: 'Ctrl+Shift+B' },
  link: { label: 'Link', keys: 'Ctrl+K' },
  find: { label: 'Find and replace', keys: 'Ctrl+F' },
  replace: { label: 'Replace', keys: 'Ctrl+H' },
} as const;
export type EditorShortcutId = keyof typeof EDITOR_SHORTCUTS;
