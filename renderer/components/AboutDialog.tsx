import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/platform';
import { type StorageStatus, storageStatus } from '../db/storage';
import { useT } from '../i18n';
import { formatBytes } from '../i18n/format';
import { platform } from '../platform';
import { Dialog } from './Dialog';

export function AboutDialog() {
  const t = useT('app');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform.appInfo().then(setInfo, (reason: unknown) => setError(String(reason)));
    void storageStatus().then(setStorage);
  }, []);
  return (
    <Dialog title={t('aboutTitle')}>
      {error && <p role="alert">{error}</p>}
      {info && (
        <dl className="facts">
          <dt>{t('version')}</dt>
          <dd dir="ltr">{info.version}</dd>
          <dt>{t('runningIn')}</dt>
          <dd>{info.shell === 'electron' ? t('shellDesktop') : t('shellBrowser')}</dd>
          <dt>{t('platform')}</dt>
          <dd dir="ltr">{info.platform}</dd>
          {Object.entries(info.versions).map(([name, version]) => (
            <div key={name} className="facts-row">
              <dt dir="auto">{name === 'browser' ? t('browserVersion') : name}</dt>
              <dd dir="ltr">{version}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 className="facts-heading">{t('storage')}</h3>
      {storage ? (
        <dl className="facts" aria-label={t('storage')}>
          <dt>{t('persistent')}</dt>
          <dd>
            {storage.persisted === true
              ? t('persistentYes')
              : storage.persisted === false
                ? t('persistentNo')
                : t('persistentUnknown')}
          </dd>
          <dt>{t('used')}</dt>
          <dd>{storage.usedBytes === null ? t('unknown') : formatBytes(storage.usedBytes)}</dd>
          <dt>{t('available')}</dt>
          <dd>
            {storage.quotaBytes !== null && storage.usedBytes !== null
              ? formatBytes(storage.quotaBytes - storage.usedBytes)
              : t('unknown')}
          </dd>
        </dl>
      ) : (
        <p className="muted">{t('measuring')}</p>
      )}
      <p className="muted">{t('worksOffline')}</p>
    </Dialog>
  );
}
