import type { Dossier } from '../../shared/model';
import { navigate } from '../app/routes';
import { MarkingBadge } from '../components/MarkingBadge';
import { store } from '../db';
import { useT } from '../i18n';
import { formatWhen } from '../i18n/format';
import { dispatch, offerUndo, reportError } from '../state/ui-store';

export function DossierRow({ dossier }: { dossier: Dossier }) {
  const t = useT('library');
  const open = () => navigate({ view: 'dossier', dossierId: dossier.id, tab: 'sources' });
  const act = (work: () => Promise<unknown>) => () => void work().catch(reportError);
  return (
    <li className="dossier-row">
      <button
        type="button"
        className="dossier-open"
        onClick={open}
        aria-label={t('openDossier', { title: dossier.title })}
      >
        <span className="dossier-title" dir="auto">
          {dossier.title}
        </span>
        {dossier.summary && (
          <span className="dossier-summary" dir="auto">
            {dossier.summary}
          </span>
        )}
      </button>
      <span className="dossier-meta">
        <MarkingBadge marking={dossier.marking} />
        {dossier.tags.map((tag) => (
          <span key={tag} className="tag" dir="auto">
            {tag}
          </span>
        ))}
        <span className="muted">{t('updated', { when: formatWhen(dossier.updatedAt) })}</span>
      </span>
      <span className="row-actions">
        {dossier.status === 'trash' ? (
          <button
            type="button"
            className="button"
            aria-label={t('restoreDossier', { title: dossier.title })}
            onClick={act(async () => {
              await store.restoreDossier(dossier.id);
              dispatch({
                type: 'notice/show',
                tone: 'info',
                text: t('restoredNotice', { title: dossier.title }),
              });
            })}
          >
            {t('restore')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button"
              aria-label={
                dossier.status === 'archived'
                  ? t('unarchiveDossier', { title: dossier.title })
                  : t('archiveDossier', { title: dossier.title })
              }
              onClick={act(() => store.archiveDossier(dossier.id, dossier.status !== 'archived'))}
            >
              {dossier.status === 'archived' ? t('unarchive') : t('archive')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('trashDossier', { title: dossier.title })}
              onClick={act(async () => offerUndo(await store.trashDossier(dossier.id)))}
            >
              {t('delete')}
            </button>
          </>
        )}
      </span>
    </li>
  );
}
