import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { commandDefinition } from '../../shared/commands';
import { useCommandAvailable } from '../commands/command-context';
import { runCommand } from '../commands/commands';
import { TableControls } from './TableControls';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

interface EditorToolbarProps {
  editor: Editor;
}

const TEXT_STYLES = ['editor.paragraph', 'editor.heading-1', 'editor.heading-2', 'editor.heading-3'] as const;
type TextStyle = (typeof TEXT_STYLES)[number];

/**
 * Formatting for the briefing: text style, marks, lists, quote, link, image, table, citation, find. Each
 * button runs a registry command (shared/commands.ts), which also decides when it is enabled.
 */
export function EditorToolbar({ editor }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      textStyle: ([1, 2, 3] as const).reduce<TextStyle>(
        (style, level) => (current.isActive('heading', { level }) ? `editor.heading-${level}` : style),
        'editor.paragraph',
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
  const textStyleAvailable = useCommandAvailable('editor.paragraph');

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
            disabled={!textStyleAvailable}
            onChange={(event) => void runCommand(event.target.value)}
          >
            {TEXT_STYLES.map((id) => (
              <option key={id} value={id}>
                {commandDefinition(id).label}
              </option>
            ))}
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
