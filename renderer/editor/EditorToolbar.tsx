import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { TableControls } from './TableControls';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

interface EditorToolbarProps {
  editor: Editor;
}

type TextStyle = 'paragraph' | '1' | '2' | '3';

/**
 * Formatting for the briefing: text style, marks, lists, quote, link, image, table, citation, find. Each
 * button runs a registry command (shared/commands.ts), which also decides when it is enabled.
 */
export function EditorToolbar({ editor }: EditorToolbarProps) {
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
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <ToolbarButton commandId="editor.undo">
            <ToolbarIcon name="undo" />
          </ToolbarButton>
          <ToolbarButton commandId="editor.redo">
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
          <ToolbarButton commandId="editor.bold" pressed={state.bold}>
            <span className="glyph glyph-bold">B</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.italic" pressed={state.italic}>
            <span className="glyph glyph-italic">I</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.underline" pressed={state.underline}>
            <span className="glyph glyph-underline">U</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.strike" pressed={state.strike}>
            <span className="glyph glyph-strike">S</span>
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <ToolbarButton commandId="editor.bullet-list" pressed={state.bulletList}>
            <ToolbarIcon name="bulletList" />
          </ToolbarButton>
          <ToolbarButton commandId="editor.ordered-list" pressed={state.orderedList}>
            <ToolbarIcon name="orderedList" />
          </ToolbarButton>
          <ToolbarButton commandId="editor.blockquote" pressed={state.blockquote}>
            <ToolbarIcon name="quote" />
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <ToolbarButton commandId="editor.link" pressed={state.link}>
            <ToolbarIcon name="link" />
          </ToolbarButton>
          <ToolbarButton commandId="editor.insert-image">
            <ToolbarIcon name="image" />
          </ToolbarButton>
          <ToolbarButton commandId="editor.insert-table">
            <ToolbarIcon name="table" />
          </ToolbarButton>
        </div>
        <div className="toolbar-group">
          <ToolbarButton commandId="editor.cite-source" text className="cite-button">
            Cite source
          </ToolbarButton>
        </div>
        <div className="toolbar-group toolbar-end">
          <ToolbarButton commandId="editor.find">
            <ToolbarIcon name="find" />
          </ToolbarButton>
        </div>
      </div>
      {state.inTable && <TableControls />}
    </div>
  );
}
