import { useT } from '../i18n';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

/** Rows, columns and the header row of the table the cursor is in. */
export function TableControls() {
  const t = useT('editor');
  return (
    <fieldset className="toolbar-row table-controls">
      <legend className="visually-hidden">{t('table')}</legend>
      <span className="toolbar-caption" aria-hidden="true">
        {t('table')}
      </span>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.add-row-above">
          <ToolbarIcon name="rowAbove" />
          <span>{t('rowAbove')}</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.add-row-below">
          <ToolbarIcon name="rowBelow" />
          <span>{t('rowBelow')}</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-row">
          <ToolbarIcon name="deleteRow" />
          <span>{t('deleteRow')}</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.add-column-before">
          <ToolbarIcon name="columnBefore" />
          <span>{t('columnBefore')}</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.add-column-after">
          <ToolbarIcon name="columnAfter" />
          <span>{t('columnAfter')}</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-column">
          <ToolbarIcon name="deleteColumn" />
          <span>{t('deleteColumn')}</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton text commandId="editor.toggle-header-row">
          <ToolbarIcon name="headerRow" />
          <span>{t('headerRow')}</span>
        </ToolbarButton>
        <ToolbarButton text commandId="editor.delete-table">
          <ToolbarIcon name="deleteTable" />
          <span>{t('deleteTable')}</span>
        </ToolbarButton>
      </div>
    </fieldset>
  );
}
