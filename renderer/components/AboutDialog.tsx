import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/platform';
import { platform } from '../platform';
import { Dialog } from './Dialog';

export function AboutDialog() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform.appInfo().then(setInfo, (reason: unknown) => setError(String(reason)));
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
      <p className="muted">
        Works offline. Nothing you write leaves this machine unless you export or share it.
      </p>
    </Dialog>
  );
}
