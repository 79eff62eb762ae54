import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type BriefingVersion, markingLabel, wordCount } from '../../shared/model';
import { store } from '../db';
import { useT } from '../i18n';

interface VersionsPanelProps {
  briefingId: string;
  /** Saves the current text as a named version (after autosave has stored it). */
  onSave(name: string): Promise<void>;
  onCompare(version: BriefingVersion): void;
  onRestore(version: BriefingVersion): void;
  /** Exports the current text to Word with its changes since this version as tracked changes. */
  onExportChanges(version: BriefingVersion): void;
  onClose(): void;
}

function formatWhen(timestamp: string): string {
  return new Date(timestamp).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Named versions of the briefing: save one, compare any with the current text, restore one. */
export function VersionsPanel({
  briefingId,
  onSave,
  onCompare,
  onRestore,
  onExportChanges,
  onClose,
}: VersionsPanelProps) {
  const review = useT('review');
  const versions = useLiveQuery(() => store.listBriefingVersions(briefingId), [briefingId]);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  return (
    <aside className="versions-panel" id="briefing-versions" aria-labelledby="versions-heading">
      <header className="versions-header">
        <h2 id="versions-heading">Versions</h2>
        <button type="button" className="button button-icon" aria-label="Close versions" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <form
        className="version-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaving(true);
          try {
            await onSave(name);
            setName('');
          } finally {
            setSaving(false);
          }
        }}
      >
        <input
          aria-label="Version name"
          placeholder="Name, e.g. Sent to head of division"
          maxLength={500}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={saving}>
          Save version
        </button>
      </form>
      {versions && versions.length === 0 && (
        <p className="muted versions-empty">
          No versions yet. Save one before sending the briefing out, to compare with or return to later.
        </p>
      )}
      <ol className="version-list" aria-label="Saved versions">
        {(versions ?? []).map((version) => (
          <li key={version.id} className="version-item">
            <span className="version-name">{version.name}</span>
            <span className="version-meta">
              {formatWhen(version.createdAt)} · {wordCount(version.content)} words ·{' '}
              {markingLabel(version.marking)}
            </span>
            <span className="version-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={`Compare “${version.name}” with the current text`}
                onClick={() => onCompare(version)}
              >
                Compare
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Restore “${version.name}”`}
                onClick={() => onRestore(version)}
              >
                Restore
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={review('exportChangesSince', { name: version.name })}
                onClick={() => onExportChanges(version)}
              >
                {review('exportChanges')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
