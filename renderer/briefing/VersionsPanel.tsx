import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type BriefingVersion, markingLabel, wordCount } from '../../shared/model';
import { store } from '../db';
import { useT } from '../i18n';
import { formatWhen } from '../i18n/format';

interface VersionsPanelProps {
  briefingId: string;
  /** Saves the current text as a named version (after autosave has stored it). */
  onSave(name: string): Promise<void>;
  onCompare(version: BriefingVersion): void;
  onRestore(version: BriefingVersion): void;
  onClose(): void;
}

/** Named versions of the briefing: save one, compare any with the current text, restore one. */
export function VersionsPanel({ briefingId, onSave, onCompare, onRestore, onClose }: VersionsPanelProps) {
  const t = useT('briefing');
  const versions = useLiveQuery(() => store.listBriefingVersions(briefingId), [briefingId]);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  return (
    <aside className="versions-panel" id="briefing-versions" aria-labelledby="versions-heading">
      <header className="versions-header">
        <h2 id="versions-heading">{t('versions')}</h2>
        <button
          type="button"
          className="button button-icon"
          aria-label={t('closeVersions')}
          onClick={onClose}
        >
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
          aria-label={t('versionName')}
          placeholder={t('versionNamePlaceholder')}
          maxLength={500}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={saving}>
          {t('saveVersion')}
        </button>
      </form>
      {versions && versions.length === 0 && <p className="muted versions-empty">{t('noVersions')}</p>}
      <ol className="version-list" aria-label={t('savedVersions')}>
        {(versions ?? []).map((version) => (
          <li key={version.id} className="version-item">
            <span className="version-name" dir="auto">
              {version.name}
            </span>
            <span className="version-meta">
              {t('versionFacts', {
                when: formatWhen(version.createdAt),
                words: wordCount(version.content),
                marking: markingLabel(version.marking),
              })}
            </span>
            <span className="version-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('compareTitle', { name: version.name })}
                onClick={() => onCompare(version)}
              >
                {t('compare')}
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('restoreNamed', { name: version.name })}
                onClick={() => onRestore(version)}
              >
                {t('restore')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
