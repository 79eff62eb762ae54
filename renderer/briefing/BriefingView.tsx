import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { navigate } from '../app/routes';
import { db } from '../db';
import { useT } from '../i18n';
import { BriefingWorkspace } from './BriefingWorkspace';
import { useBriefingAutosave } from './use-briefing-autosave';

/** The briefing page: opens the briefing (recovering unsaved changes first), then the workspace. */
export function BriefingView({ briefingId }: { briefingId: string }) {
  const t = useT('briefing');
  const { autosave, opened } = useBriefingAutosave(briefingId);
  // Which dossier and template it belongs to (they never change), read once: a live query would decode the
  // whole text again after every save. Whether it still exists is followed by its key alone.
  const [place, setPlace] = useState<{ id: string; found?: { dossierId: string; templateId: string } }>();
  useEffect(() => {
    let active = true;
    void db.briefings.get(briefingId).then(
      (found) => {
        if (!active) return;
        setPlace({
          id: briefingId,
          ...(found ? { found: { dossierId: found.dossierId, templateId: found.templateId } } : {}),
        });
      },
      () => active && setPlace({ id: briefingId }),
    );
    return () => {
      active = false;
    };
  }, [briefingId]);
  const exists = useLiveQuery(() => db.briefings.where(':id').equals(briefingId).count(), [briefingId]);
  const record = exists === 0 ? undefined : place?.found;

  if (!autosave || !opened || exists === undefined || place?.id !== briefingId)
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
