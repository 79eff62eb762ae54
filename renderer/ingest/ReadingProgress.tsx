/** While a file is read: what is being read, an indeterminate bar, and Cancel. */
export function ReadingProgress({ label, onCancel }: { label: string; onCancel(): void }) {
  return (
    <div className="ingest-reading">
      <p role="status">Reading {label}…</p>
      <progress className="ingest-progress" aria-label={`Reading ${label}`} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
