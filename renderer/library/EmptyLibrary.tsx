export function EmptyLibrary() {
  return (
    <div className="empty-state">
      <div className="empty-state-mark" aria-hidden="true" />
      <h2>No dossiers yet</h2>
      <p>
        A dossier gathers the sources, people, organisations and events on one topic, and the briefings you
        draft from them. Start one with <strong>New dossier</strong> (<kbd>Ctrl</kbd>+<kbd>N</kbd>).
      </p>
    </div>
  );
}
