import type { SignerStanding } from '../db/identity';
import { currentLanguage, useT } from '../i18n';

interface SignerStandingViewProps {
  standing: SignerStanding;
  /** Trusts the signer's key; offered only for a key not yet trusted. */
  onTrust(): void;
  onCancel(): void;
}

/**
 * Who signed a package, said plainly before anything is imported: the officer, a trusted colleague, someone
 * not yet trusted (whose fingerprint is to be compared with the sender before "Trust this key"), or nobody.
 */
export function SignerStandingView({ standing, onTrust, onCancel }: SignerStandingViewProps) {
  const t = useT('identity');
  switch (standing.kind) {
    case 'unsigned':
      return (
        <p role="note" className="signer-standing signer-unsigned">
          {t('importUnsigned')}
        </p>
      );
    case 'own':
      return (
        <p role="note" className="signer-standing signer-trusted">
          {t('importSignedByYou', { fingerprint: standing.signer.fingerprint })}
        </p>
      );
    case 'trusted':
      return (
        <p role="note" className="signer-standing signer-trusted">
          {t('importSignedByColleague', {
            name: standing.signer.name,
            fingerprint: standing.signer.fingerprint,
            trustedAt: new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(
              new Date(standing.trustedAt),
            ),
          })}
        </p>
      );
    case 'untrusted':
      return (
        <section aria-label={t('untrustedRegion')} className="signer-standing signer-untrusted">
          <p>{t('importSignedByUnknown', { name: standing.signer.name })}</p>
          <p className="fingerprint">{standing.signer.fingerprint}</p>
          <p className="muted">{t('compareFingerprint')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('cancel')}
            </button>
            <button type="button" className="button button-primary" onClick={onTrust}>
              {t('trustThisKey')}
            </button>
          </div>
        </section>
      );
  }
}
