import type { Editor } from '@tiptap/core';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

/** Rows, columns and the header row of the table the cursor is in. */
export function TableControls({ editor }: { editor: Editor }) {
  const chain = () => editor.chain().focus();
  return (
    <fieldset className="toolbar-row table-controls">
      <legend className="visually-hidden">Table</legend>
      <span className="toolbar-caption" aria-hidden="true">
        Table
      </span>
      <div className="toolbar-group">
        <ToolbarButton text label="Add row above" onRun={() => chain().addRowBefore().run()}>
          <ToolbarIcon name="rowAbove" />
          <span>Row above</span>
        </ToolbarButton>
        <ToolbarButton text label="Add row below" onRun={() => chain().addRowAfter().run()}>
          <ToolbarIcon name="rowBelow" />
          <span>Row below</span>
        </ToolbarButton>
        <ToolbarButton text label="Delete row" onRun={() => chain().deleteRow().run()}>
          <ToolbarIcon name="deleteRow" />
          <span>Delete row</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text label="Add column before" onRun={() => chain().addColumnBefore().run()}>
          <ToolbarIcon name="columnBefore" />
          <span>Column before</span>
        </ToolbarButton>
        <ToolbarButton text label="Add column after" onRun={() => chain().addColumnAfter().run()}>
          <ToolbarIcon name="columnAfter" />
          <span>Column after</span>
        </ToolbarButton>
        <ToolbarButton text label="Delete column" onRun={() => chain().deleteColumn().run()}>
          <ToolbarIcon name="deleteColumn" />
          <span>Delete column</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text label="Toggle header row" onRun={() => chain().toggleHeaderRow().run()}>
          <ToolbarIcon name="headerRow" />
          <span>Header row</span>
        </ToolbarButton>
        <ToolbarButton text label="Delete table" onRun={() => chain().deleteTable().run()}>
          <ToolbarIcon name="deleteTable" />
          <span>Delete table</span>
        </ToolbarButton>
      </div>
    </fieldset>
  );
}
