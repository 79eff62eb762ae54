import { CommandButton } from '../components/CommandButton';
import { useT } from '../i18n';

/** The strip at the bottom: where the work is kept, and the way to About. */
export function StatusBar() {
  const t = useT('app');
  return (
    <footer className="status-bar">
      <span className="status-offline">
        <span className="status-dot" aria-hidden="true" />
        {t('offline')}
      </span>
      <CommandButton commandId="app.templates" subtle />
      <CommandButton commandId="app.about" subtle />
    </footer>
  );
}
