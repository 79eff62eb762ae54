import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/platform';
import { formatBytes, type StorageStatus, storageStatus } from '../db/storage';
import { platform } from '../platform';
import { Dialog } from './Dialog';

export function AboutDialog() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform.appInfo().then(setInfo, (reason: unknown) => setError(String(reason)));
    void storageStatus().then(setStorage);
  }, []);
  return (
    <Dialog title="About Dossier Desk">
      {error && <p role="alert">{error}</p>}
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running in</dt>
          <dd>{info.shell === 'electron' ? 'Desktop app' : 'Browser'}</dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
          {Object.entries(info.versions).map(([name, version]) => (
            <div key={name} className="facts-row">
              <dt>{name}</dt>
              <dd>{version}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 className="facts-heading">Storage</h3>
      {storage ? (
        <dl className="facts" aria-label="Storage">
          <dt>Persistent</dt>
          <dd>
            {storage.persisted === true
              ? 'Yes — the dossiers will not be cleared to free space'
              : storage.persisted === false
                ? 'No — the system may clear the dossiers when space runs low; share important dossiers as files'
                : 'Unknown on this platform'}
          </dd>
          <dt>Used</dt>
          <dd>{formatBytes(storage.usedBytes)}</dd>
          <dt>Available</dt>
          <dd>
            {storage.quotaBytes !== null && storage.usedBytes !== null
              ? formatBytes(storage.quotaBytes - storage.usedBytes)
              : 'unknown'}
          </dd>
        </dl>
      ) : (
        <p className="muted">Measuring…</p>
      )}
      <p className="muted">
        Works offline. Nothing you write leaves this machine unless you export or share it.
      </p>
    </Dialog>
  );
}
