import { Trans } from 'react-i18next';
import { i18n, useT } from '../i18n';

export function EmptyLibrary() {
  const t = useT('library');
  return (
    <div className="empty-state">
      <div className="empty-state-mark" aria-hidden="true" />
      <h2>{t('emptyTitle')}</h2>
      <p>
        <Trans
          i18n={i18n}
          t={t}
          i18nKey="emptyText"
          components={{ strong: <strong />, kbd: <kbd dir="ltr" /> }}
        />
      </p>
    </div>
  );
}
