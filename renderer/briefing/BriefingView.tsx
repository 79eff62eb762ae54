import { useLiveQuery } from 'dexie-react-hooks';
import { navigate } from '../app/routes';
import { db } from '../db';
import { useT } from '../i18n';
import { BriefingWorkspace } from './BriefingWorkspace';
import { useBriefingAutosave } from './use-briefing-autosave';

/** The briefing page: opens the briefing (recovering unsaved changes first), then the workspace. */
export function BriefingView({ briefingId }: { briefingId: string }) {
  const t = useT('briefing');
  const { autosave, opened } = useBriefingAutosave(briefingId);
  // Which dossier and template it belongs to; `null` while reading.
  const record = useLiveQuery(() => db.briefings.get(briefingId), [briefingId], null);

  if (!autosave || !opened || record === null)
    return <p className="muted briefing-loading">{t('opening')}</p>;
  if (opened.kind === 'missing' || !record) {
    return (
      <div className="empty-state">
        <h2>{t('missingTitle')}</h2>
        <p>{t('missingText')}</p>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ view: 'library', shelf: 'active' })}
        >
          {t('backToLibrary')}
        </button>
      </div>
    );
  }
  return (
    <BriefingWorkspace
      key={briefingId}
      briefingId={briefingId}
      dossierId={record.dossierId}
      templateId={record.templateId}
      autosave={autosave}
      initial={opened.draft}
    />
  );
}
