import type { Dossier } from '../../shared/model';
import { navigate } from '../app/routes';
import { MarkingBadge } from '../components/MarkingBadge';
import { store } from '../db';
import { dispatch, offerUndo, reportError } from '../state/ui-store';

export function formatWhen(timestamp: string): string {
  return new Date(timestamp).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function DossierRow({ dossier }: { dossier: Dossier }) {
  const open = () => navigate({ view: 'dossier', dossierId: dossier.id, tab: 'sources' });
  const act = (work: () => Promise<unknown>) => () => void work().catch(reportError);
  return (
    <li className="dossier-row">
      <button type="button" className="dossier-open" onClick={open} aria-label={`Open ${dossier.title}`}>
        <span className="dossier-title">{dossier.title}</span>
        {dossier.summary && <span className="dossier-summary">{dossier.summary}</span>}
      </button>
      <span className="dossier-meta">
        <MarkingBadge marking={dossier.marking} />
        {dossier.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        <span className="muted">Updated {formatWhen(dossier.updatedAt)}</span>
      </span>
      <span className="row-actions">
        {dossier.status === 'trash' ? (
          <button
            type="button"
            className="button"
            aria-label={`Restore ${dossier.title}`}
            onClick={act(async () => {
              await store.restoreDossier(dossier.id);
              dispatch({ type: 'notice/show', tone: 'info', text: `“${dossier.title}” restored.` });
            })}
          >
            Restore
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button"
              aria-label={
                dossier.status === 'archived' ? `Unarchive ${dossier.title}` : `Archive ${dossier.title}`
              }
              onClick={act(() => store.archiveDossier(dossier.id, dossier.status !== 'archived'))}
            >
              {dossier.status === 'archived' ? 'Unarchive' : 'Archive'}
            </button>
            <button
              type="button"
              className="button"
              aria-label={`Move ${dossier.title} to Trash`}
              onClick={act(async () => offerUndo(await store.trashDossier(dossier.id)))}
            >
              Delete
            </button>
          </>
        )}
      </span>
    </li>
  );
}
