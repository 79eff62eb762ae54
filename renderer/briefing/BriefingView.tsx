import { useLiveQuery } from 'dexie-react-hooks';
import { navigate } from '../app/routes';
import { db } from '../db';
import { BriefingWorkspace } from './BriefingWorkspace';
import { useBriefingAutosave } from './use-briefing-autosave';

/** The briefing page: opens the briefing (recovering unsaved changes first), then the workspace. */
export function BriefingView({ briefingId }: { briefingId: string }) {
  const { autosave, opened } = useBriefingAutosave(briefingId);
  // Which dossier and template it belongs to; `null` while reading.
  const record = useLiveQuery(() => db.briefings.get(briefingId), [briefingId], null);

  if (!autosave || !opened || record === null)
    return <p className="muted briefing-loading">Opening the briefing…</p>;
  if (opened.kind === 'missing' || !record) {
    return (
      <div className="empty-state">
        <h2>This briefing does not exist</h2>
        <p>It may have been deleted, or its dossier emptied from the Trash.</p>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ view: 'library', shelf: 'active' })}
        >
          Back to the library
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
