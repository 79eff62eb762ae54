import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { MAX_SIGNER_NAME_LENGTH, signerNameIssue } from '../../shared/package';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { db } from '../db';
import { createOwnIdentity, ownIdentity } from '../db/identity';
import { translate, useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { packDossier } from './dossier-package-io';
import { PassphraseRatingView } from './PassphraseRatingView';
import { useEncryptionAdvice } from './use-encryption-advice';

/**
 * "Share dossier": one .dossier file signed with the officer's key (made here, under the name they give, on
 * the first share), protected by a passphrase (typed twice, rated) if the user wants; a marked dossier asks
 * for one unless the officer says it may go unencrypted.
 */
export function ShareDialog({ dossierId }: { dossierId: string }) {
  const t = useT('sharing');
  const tIdentity = useT('identity');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [officerName, setOfficerName] = useState('');
  const [unencrypted, setUnencrypted] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const identity = useLiveQuery(() => ownIdentity(db).then((own) => own ?? null), []);
  const advice = useEncryptionAdvice(dossierId);
  const mismatch = passphrase !== repeat;
  const tooShort = passphrase.length > 0 && passphrase.length < 8;
  const needsName = identity === null;
  const nameProblem =
    needsName && officerName.trim() ? signerNameIssue(officerName.normalize('NFC').trim()) : undefined;
  const needsEncryption = advice.asks && !passphrase && !unencrypted;

  const share = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress(0);
    try {
      const signingKey = identity ?? (await createOwnIdentity(db, officerName));
      const file = await packDossier(dossierId, passphrase || undefined, signingKey, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress(total ? done / total : 0),
      });
      // Closed while the last part was packed: the user no longer wants the file.
      if (controller.signal.aborted) return;
      const saved = await platform.saveFile({
        title: translate('sharing:shareTitle'),
        suggestedName: file.name,
        filters: [{ name: translate('sharing:dossierFileType'), extensions: [DOSSIER_EXTENSION] }],
        bytes: file.bytes,
      });
      dispatch({ type: 'panel/close', panel: 'share' });
      if (!saved.canceled)
        dispatch({
          type: 'notice/show',
          tone: 'info',
          text: translate('sharing:saved', { name: saved.name }),
        });
    } catch (error) {
      if (!controller.signal.aborted) reportError(error);
      setProgress(null);
    }
  };

  return (
    <Dialog
      title={t('shareTitle')}
      onClose={() => {
        abort.current?.abort();
        dispatch({ type: 'panel/close' });
      }}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void share();
        }}
      >
        <p className="muted">{t('shareExplanation')}</p>
        {needsName && (
          <Field label={tIdentity('officerNameLabel')} hint={tIdentity('officerNameHint')}>
            <input
              type="text"
              autoComplete="name"
              maxLength={120}
              value={officerName}
              onChange={(event) => setOfficerName(event.target.value)}
            />
          </Field>
        )}
        {nameProblem && (
          <p role="alert" className="form-error">
            {tIdentity('officerNameRefused', {
              problem: tIdentity(`nameIssue-${nameProblem}`, { max: MAX_SIGNER_NAME_LENGTH }),
            })}
          </p>
        )}
        {identity && (
          <p className="muted">
            {tIdentity('signedAs', { name: identity.card.name, fingerprint: identity.card.fingerprint })}
          </p>
        )}
        {advice.asks && (
          <p role="note" className="form-warning">
            {tIdentity('encryptionAdvised', { marking: advice.label })}
          </p>
        )}
        <NewPassphraseFields
          labels={{
            passphrase: t('passphraseOptional'),
            hint: t('passphraseHint'),
            again: t('passphraseAgain'),
            differ: t('passphrasesDiffer'),
          }}
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
        />
        {tooShort && (
          <p role="alert" className="form-error">
            {t('passphraseTooShort')}
          </p>
        )}
        {passphrase && !tooShort && (
          <PassphraseRatingView
            passphrase={passphrase}
            personal={[...advice.personal, identity?.card.name ?? officerName].filter(Boolean)}
          />
        )}
        {advice.asks && !passphrase && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={unencrypted}
              onChange={(event) => setUnencrypted(event.target.checked)}
            />
            {tIdentity('shareUnencrypted', { marking: advice.label })}
          </label>
        )}
        {progress !== null && <progress aria-label={t('packing')} value={progress} max={1} />}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              abort.current?.abort();
              dispatch({ type: 'panel/close' });
            }}
          >
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={
              mismatch ||
              tooShort ||
              progress !== null ||
              identity === undefined ||
              (needsName && (!officerName.trim() || nameProblem !== undefined)) ||
              needsEncryption
            }
          >
            {t('saveFile')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
