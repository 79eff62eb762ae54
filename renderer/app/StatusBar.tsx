import { CommandButton } from '../components/CommandButton';

/** The strip at the bottom: where the work is kept, and the way to About. */
export function StatusBar() {
  return (
    <footer className="status-bar">
      <span className="status-offline">
        <span className="status-dot" aria-hidden="true" />
        Offline — everything stays on this machine
      </span>
      <CommandButton commandId="app.templates" subtle />
      <CommandButton commandId="app.about" subtle />
    </footer>
  );
}
