import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { signerNameProblem } from '../../shared/package';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db } from '../db';
import { createOwnIdentity, ownIdentity } from '../db/identity';
import { useT } from '../i18n';
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
  const t = useT('identity');
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
    needsName && officerName.trim() ? signerNameProblem(officerName.normalize('NFC').trim()) : undefined;
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
        title: 'Share dossier',
        suggestedName: file.name,
        filters: [{ name: 'Dossier', extensions: [DOSSIER_EXTENSION] }],
        bytes: file.bytes,
      });
      dispatch({ type: 'panel/close', panel: 'share' });
      if (!saved.canceled) dispatch({ type: 'notice/show', tone: 'info', text: `Saved ${saved.name}.` });
    } catch (error) {
      if (!controller.signal.aborted) reportError(error);
      setProgress(null);
    }
  };

  return (
    <Dialog
      title="Share dossier"
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
        <p className="muted">
          The dossier, its sources, attachments, entities, timeline and briefings with their versions go into
          one .dossier file. With a passphrase, the file is encrypted (AES-256-GCM); without it, anyone who
          has the file can read it.
        </p>
        {needsName && (
          <Field label={t('officerNameLabel')} hint={t('officerNameHint')}>
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
            {t('officerNameRefused', { problem: nameProblem })}
          </p>
        )}
        {identity && (
          <p className="muted">
            {t('signedAs', { name: identity.card.name, fingerprint: identity.card.fingerprint })}
          </p>
        )}
        {advice.asks && (
          <p role="note" className="form-warning">
            {t('encryptionAdvised', { marking: advice.label })}
          </p>
        )}
        <Field
          label="Passphrase (optional)"
          hint="At least 8 characters. Tell it to the recipient another way."
        >
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </Field>
        <Field label="Passphrase again">
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </Field>
        {mismatch && repeat && (
          <p role="alert" className="form-error">
            The two passphrases differ.
          </p>
        )}
        {tooShort && (
          <p role="alert" className="form-error">
            Use at least 8 characters, or none.
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
            {t('shareUnencrypted', { marking: advice.label })}
          </label>
        )}
        {progress !== null && <progress aria-label="Packing the dossier" value={progress} max={1} />}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              abort.current?.abort();
              dispatch({ type: 'panel/close' });
            }}
          >
            Cancel
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
            Save .dossier file
          </button>
        </div>
      </form>
    </Dialog>
  );
}
