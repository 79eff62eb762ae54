import { useT } from '../i18n';

/** While a file is read: what is being read, an indeterminate bar, and Cancel. */
export function ReadingProgress({ label, onCancel }: { label: string; onCancel(): void }) {
  const t = useT('ingest');
  return (
    <div className="ingest-reading">
      <p role="status">{t('readingNamed', { label })}</p>
      <progress className="ingest-progress" aria-label={t('readingLabel', { label })} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
