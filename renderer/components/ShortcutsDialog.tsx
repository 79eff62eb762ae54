import { commands } from '../commands/commands';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function ShortcutsDialog() {
  return (
    <Dialog title="Keyboard shortcuts">
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Shortcut</th>
          </tr>
        </thead>
        <tbody>
          {commands
            .filter((command) => command.shortcut)
            .map((command) => (
              <tr key={command.id}>
                <td>{command.label}</td>
                <td>
                  <kbd>{command.shortcut?.replace('Mod', isMac ? '⌘' : 'Ctrl')}</kbd>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </Dialog>
  );
}
