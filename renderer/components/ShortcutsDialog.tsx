import {
  APP_COMMAND_IDS,
  type CommandId,
  commandDefinition,
  EDITOR_COMMAND_IDS,
} from '../../shared/commands';
import { shortcutText } from '../commands/commands';
import { Dialog } from './Dialog';

function ShortcutTable({ caption, ids }: { caption: string; ids: readonly CommandId[] }) {
  const rows = ids.flatMap((id) => {
    const { label, shortcut } = commandDefinition(id);
    return shortcut ? [{ id, label, keys: shortcutText(shortcut) }] : [];
  });
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
              <kbd>{row.keys}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every shortcut of the command registry: the app's commands, then the keys of the briefing editor. */
export function ShortcutsDialog() {
  return (
    <Dialog title="Keyboard shortcuts">
      <ShortcutTable caption="In the app" ids={APP_COMMAND_IDS} />
      <ShortcutTable caption="In the briefing editor" ids={EDITOR_COMMAND_IDS} />
    </Dialog>
  );
}
