import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type Dossier, wordCount } from '../../shared/model';
import { navigate } from '../app/routes';
import { MarkingBadge } from '../components/MarkingBadge';
import { db, store } from '../db';
import { formatWhen } from '../library/DossierRow';
import { offerUndo, reportError } from '../state/ui-store';
import { templateById } from '../templates';
import { NewBriefingDialog } from './NewBriefingDialog';

export function BriefingsTab({ dossier }: { dossier: Dossier }) {
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
          New briefing
        </button>
      </div>
      {briefings && briefings.length === 0 ? (
        <p className="empty-list">No briefings yet. Start one from a template.</p>
      ) : (
        <ul className="briefing-list" aria-label="Briefings">
          {(briefings ?? []).map((briefing) => (
            <li key={briefing.id} className="briefing-row">
              <button
                type="button"
                className="dossier-open"
                aria-label={`Open ${briefing.title}`}
                onClick={() => navigate({ view: 'briefing', briefingId: briefing.id })}
              >
                <span className="dossier-title">{briefing.title}</span>
                <span className="dossier-summary">
                  {templateById(briefing.templateId)?.name ?? briefing.templateId} ·{' '}
                  {wordCount(briefing.content)} words · {briefing.status === 'final' ? 'Final' : 'Draft'} ·
                  updated {formatWhen(briefing.updatedAt)}
                </span>
              </button>
              <MarkingBadge marking={briefing.marking} />
              <button
                type="button"
                className="button"
                aria-label={`Delete ${briefing.title}`}
                onClick={async () => {
                  try {
                    offerUndo(await store.deleteBriefing(briefing.id));
                  } catch (error) {
                    reportError(error);
                  }
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {creating && <NewBriefingDialog dossier={dossier} onClose={() => setCreating(false)} />}
    </div>
  );
}
