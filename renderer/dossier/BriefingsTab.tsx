import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type Dossier, wordCount } from '../../shared/model';
import { navigate } from '../app/routes';
import { MarkingBadge } from '../components/MarkingBadge';
import { db, store } from '../db';
import { useT } from '../i18n';
import { formatWhen } from '../i18n/format';
import { offerUndo, reportError } from '../state/ui-store';
import { templateById } from '../templates';
import { NewBriefingDialog } from './NewBriefingDialog';

export function BriefingsTab({ dossier }: { dossier: Dossier }) {
  const t = useT('dossier');
  const briefings = useLiveQuery(
    () =>
      db.briefings
        .where('[dossierId+updatedAt]')
        .between([dossier.id, ''], [dossier.id, '\uffff'])
        .reverse()
        .toArray(),
    [dossier.id],
  );
  const [creating, setCreating] = useState(false);
  return (
    <div className="tab-content">
      <div className="list-toolbar">
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          {t('newBriefing')}
        </button>
      </div>
      {briefings && briefings.length === 0 ? (
        <p className="empty-list">{t('noBriefings')}</p>
      ) : (
        <ul className="briefing-list" aria-label={t('tabBriefings')}>
          {(briefings ?? []).map((briefing) => (
            <li key={briefing.id} className="briefing-row">
              <button
                type="button"
                className="dossier-open"
                aria-label={t('openNamed', { name: briefing.title })}
                onClick={() => navigate({ view: 'briefing', briefingId: briefing.id })}
              >
                <span className="dossier-title" dir="auto">
                  {briefing.title}
                </span>
                <span className="dossier-summary">
                  {t('briefingFacts', {
                    template: templateById(briefing.templateId)?.name ?? briefing.templateId,
                    words: wordCount(briefing.content),
                    status: briefing.status,
                    when: formatWhen(briefing.updatedAt),
                  })}
                </span>
              </button>
              <MarkingBadge marking={briefing.marking} />
              <button
                type="button"
                className="button"
                aria-label={t('deleteNamed', { name: briefing.title })}
                onClick={async () => {
                  try {
                    offerUndo(await store.deleteBriefing(briefing.id));
                  } catch (error) {
                    reportError(error);
                  }
                }}
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {creating && <NewBriefingDialog dossier={dossier} onClose={() => setCreating(false)} />}
    </div>
  );
}
