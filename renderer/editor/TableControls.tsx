import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

/** Rows, columns and the header row of the table the cursor is in. */
export function TableControls() {
  return (
    <fieldset className="toolbar-row table-controls">
      <legend className="visually-hidden">Table</legend>
      <span className="toolbar-caption" aria-hidden="true">
        Table
      </span>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.add-row-above">
          <ToolbarIcon name="rowAbove" />
          <span>Row above</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.add-row-below">
          <ToolbarIcon name="rowBelow" />
          <span>Row below</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-row">
          <ToolbarIcon name="deleteRow" />
          <span>Delete row</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.add-column-before">
          <ToolbarIcon name="columnBefore" />
          <span>Column before</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.add-column-after">
          <ToolbarIcon name="columnAfter" />
          <span>Column after</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-column">
          <ToolbarIcon name="deleteColumn" />
          <span>Delete column</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.toggle-header-row">
          <ToolbarIcon name="headerRow" />
          <span>Header row</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-table">
          <ToolbarIcon name="deleteTable" />
          <span>Delete table</span>
        </ToolbarButton>
      </div>
    </fieldset>
  );
}
