import {
  APP_COMMAND_IDS,
  type CommandId,
  commandDefinition,
  EDITOR_COMMAND_IDS,
} from '../../shared/commands';
import { commandLabel, shortcutText } from '../commands/commands';
import { useT } from '../i18n';
import { Dialog } from './Dialog';

function ShortcutTable({ caption, ids }: { caption: string; ids: readonly CommandId[] }) {
  const t = useT('app');
  const rows = ids.flatMap((id) => {
    const { shortcut } = commandDefinition(id);
    return shortcut ? [{ id, label: commandLabel(id), keys: shortcutText(shortcut) }] : [];
  });
  return (
    <table className="shortcuts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcutAction')}</th>
          <th scope="col">{t('shortcutKeys')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.label}</td>
            <td>
              <kbd dir="ltr">{row.keys}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every shortcut of the command registry: the app's commands, then the keys of the briefing editor. */
export function ShortcutsDialog() {
  const t = useT('app');
  return (
    <Dialog title={t('shortcutsTitle')}>
      <ShortcutTable caption={t('shortcutsInApp')} ids={APP_COMMAND_IDS} />
      <ShortcutTable caption={t('shortcutsInEditor')} ids={EDITOR_COMMAND_IDS} />
    </Dialog>
  );
}
