import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { EDITOR_SHORTCUTS } from './editor-shortcuts';
import { TableControls } from './TableControls';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

interface EditorToolbarProps {
  editor: Editor;
  onCite(): void;
  onLink(): void;
  onImage(): void;
  onFind(): void;
}

type TextStyle = 'paragraph' | '1' | '2' | '3';

/** Formatting for the briefing: text style, marks, lists, quote, link, image, table, citation, find. */
export function EditorToolbar({ editor, onCite, onLink, onImage, onFind }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      textStyle: ([1, 2, 3] as const).reduce<TextStyle>(
        (style, level) => (current.isActive('heading', { level }) ? (String(level) as TextStyle) : style),
        'paragraph',
      ),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      strike: current.isActive('strike'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <ToolbarButton
            label={EDITOR_SHORTCUTS.undo.label}
            shortcut={EDITOR_SHORTCUTS.undo.keys}
            disabled={!state.canUndo}
            onRun={() => chain().undo().run()}
          >
            <ToolbarIcon name="undo" />
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.redo.label}
            shortcut={EDITOR_SHORTCUTS.redo.keys}
            disabled={!state.canRedo}
            onRun={() => chain().redo().run()}
          >
            <ToolbarIcon name="redo" />
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <select
            className="text-style"
            aria-label="Text style"
            value={state.textStyle}
            onChange={(event) => {
              const value = event.target.value as TextStyle;
              if (value === 'paragraph') chain().setParagraph().run();
              else
                chain()
                  .setHeading({ level: Number(value) as 1 | 2 | 3 })
                  .run();
            }}
          >
            <option value="paragraph">Body text</option>
            <option value="1">Heading 1</option>
            <option value="2">Heading 2</option>
            <option value="3">Heading 3</option>
          </select>
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={EDITOR_SHORTCUTS.bold.label}
            shortcut={EDITOR_SHORTCUTS.bold.keys}
            pressed={state.bold}
            onRun={() => chain().toggleBold().run()}
          >
            <span className="glyph glyph-bold">B</span>
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.italic.label}
            shortcut={EDITOR_SHORTCUTS.italic.keys}
            pressed={state.italic}
            onRun={() => chain().toggleItalic().run()}
          >
            <span className="glyph glyph-italic">I</span>
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.underline.label}
            shortcut={EDITOR_SHORTCUTS.underline.keys}
            pressed={state.underline}
            onRun={() => chain().toggleUnderline().run()}
          >
            <span className="glyph glyph-underline">U</span>
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.strike.label}
            shortcut={EDITOR_SHORTCUTS.strike.keys}
            pressed={state.strike}
            onRun={() => chain().toggleStrike().run()}
          >
            <span className="glyph glyph-strike">S</span>
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={EDITOR_SHORTCUTS.bulletList.label}
            shortcut={EDITOR_SHORTCUTS.bulletList.keys}
            pressed={state.bulletList}
            onRun={() => chain().toggleBulletList().run()}
          >
            <ToolbarIcon name="bulletList" />
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.orderedList.label}
            shortcut={EDITOR_SHORTCUTS.orderedList.keys}
            pressed={state.orderedList}
            onRun={() => chain().toggleOrderedList().run()}
          >
            <ToolbarIcon name="orderedList" />
          </ToolbarButton>
          <ToolbarButton
            label={EDITOR_SHORTCUTS.blockquote.label}
            shortcut={EDITOR_SHORTCUTS.blockquote.keys}
            pressed={state.blockquote}
            onRun={() => chain().toggleBlockquote().run()}
          >
            <ToolbarIcon name="quote" />
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={EDITOR_SHORTCUTS.link.label}
            shortcut={EDITOR_SHORTCUTS.link.keys}
            pressed={state.link}
            onRun={onLink}
          >
            <ToolbarIcon name="link" />
          </ToolbarButton>
          <ToolbarButton label="Insert image" onRun={onImage}>
            <ToolbarIcon name="image" />
          </ToolbarButton>
          <ToolbarButton
            label="Insert table"
            disabled={state.inTable}
            onRun={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          >
            <ToolbarIcon name="table" />
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            className="tool-button tool-button-text cite-button"
            title="Cite source: insert a numbered reference to one of the dossier's sources"
            onMouseDown={(event) => event.preventDefault()}
            onClick={onCite}
          >
            Cite source
          </button>
        </div>
        <div className="toolbar-group toolbar-end">
          <ToolbarButton
            label={EDITOR_SHORTCUTS.find.label}
            shortcut={EDITOR_SHORTCUTS.find.keys}
            onRun={onFind}
          >
            <ToolbarIcon name="find" />
          </ToolbarButton>
        </div>
      </div>
      {state.inTable && <TableControls editor={editor} />}
    </div>
  );
}
