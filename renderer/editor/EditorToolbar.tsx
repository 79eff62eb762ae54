import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCommandAvailable } from '../commands/command-context';
import { commandLabel, runCommand } from '../commands/commands';
import { useT } from '../i18n';
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
  const t = useT('editor');
  useT('commands'); // re-renders the style names when the language changes
  const textStyleAvailable = useCommandAvailable('editor.paragraph');

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('formatting')}>
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
            aria-label={t('textStyle')}
            value={state.textStyle}
            disabled={!textStyleAvailable}
            onChange={(event) => void runCommand(event.target.value)}
          >
            {TEXT_STYLES.map((id) => (
              <option key={id} value={id}>
                {commandLabel(id)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-group">
          <ToolbarButton commandId="editor.bold" pressed={state.bold}>
            <span className="glyph glyph-bold">{t('glyphBold')}</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.italic" pressed={state.italic}>
            <span className="glyph glyph-italic">{t('glyphItalic')}</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.underline" pressed={state.underline}>
            <span className="glyph glyph-underline">{t('glyphUnderline')}</span>
          </ToolbarButton>
          <ToolbarButton commandId="editor.strike" pressed={state.strike}>
            <span className="glyph glyph-strike">{t('glyphStrike')}</span>
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
            {commandLabel('editor.cite-source')}
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
