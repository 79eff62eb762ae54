import { commands } from '../commands/commands';
import { EDITOR_SHORTCUTS } from '../editor/editor-shortcuts';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const shown = (keys: string) => keys.replace(/^(Mod|Ctrl)\b/, isMac ? '⌘' : 'Ctrl');

function ShortcutTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { id: string; label: string; keys: string }[];
}) {
  return (
    <table className="shortcuts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Shortcut</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.label}</td>
            <td>
              <kbd>{shown(row.keys)}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every shortcut: the app's commands, then the keys of the briefing editor. */
export function ShortcutsDialog() {
  return (
    <Dialog title="Keyboard shortcuts">
      <ShortcutTable
        caption="Everywhere"
        rows={commands.flatMap((command) =>
          command.shortcut ? [{ id: command.id, label: command.label, keys: command.shortcut }] : [],
        )}
      />
      <ShortcutTable
        caption="In the briefing editor"
        rows={Object.entries(EDITOR_SHORTCUTS).map(([id, shortcut]) => ({ id, ...shortcut }))}
      />
    </Dialog>
  );
}
