import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { errorMessage } from '../../shared/errors';
import { keyCardFileText, readKeyCardFile, type SignerCard } from '../../shared/package';
import { Field } from '../components/Field';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { db } from '../db';
import {
  createOwnIdentity,
  identityBackupText,
  listTrustedKeys,
  MIN_BACKUP_PASSPHRASE_LENGTH,
  ownIdentity,
  restoreIdentity,
  trustKey,
  untrustKey,
} from '../db/identity';
import { currentLanguage, useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';

/** Card and key files are JSON text; the key file is named like the CLI's (`dossier keygen`). */
const CARD_EXTENSION = 'card';
const KEY_EXTENSION = 'key';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A file name from an officer's name: letters kept, what a file system refuses turned into spaces. */
function fileNameOf(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100) || 'officer'
  );
}

/**
 * Identity and trusted keys: the officer's own key (made here or on the first share), its public card to
 * hand to colleagues, a backup sealed under a passphrase and the restore from it, and the colleagues whose
 * keys are trusted, with when, each removable after a confirmation.
 */
export function IdentityView() {
  const t = useT('identity');
  const identity = useLiveQuery(() => ownIdentity(db).then((own) => own ?? null), []);
  const trusted = useLiveQuery(() => listTrustedKeys(db), []);
  const [name, setName] = useState('');
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [backupRepeat, setBackupRepeat] = useState('');
  const [restoreFile, setRestoreFile] = useState<{ name: string; text: string } | null>(null);
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [card, setCard] = useState<SignerCard | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dateOf = (iso: string) =>
    new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const notify = (text: string) => dispatch({ type: 'notice/show', tone: 'info', text });
  const attempt = async (work: () => Promise<void>) => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const exportCard = async (own: SignerCard) => {
    const saved = await platform.saveFile({
      title: t('exportCard'),
      suggestedName: `${fileNameOf(own.name)}.${CARD_EXTENSION}`,
      filters: [{ name: t('cardFileType'), extensions: [CARD_EXTENSION] }],
      bytes: encoder.encode(keyCardFileText(own)),
    });
    if (!saved.canceled) notify(t('cardSaved', { file: saved.name }));
  };

  const backUp = async (own: SignerCard) => {
    const text = await identityBackupText(db, backupPassphrase);
    const saved = await platform.saveFile({
      title: t('backUp'),
      suggestedName: `${fileNameOf(own.name)}.${KEY_EXTENSION}`,
      filters: [{ name: t('keyFileType'), extensions: [KEY_EXTENSION] }],
      bytes: encoder.encode(text),
    });
    setBackupPassphrase('');
    setBackupRepeat('');
    if (!saved.canceled) notify(t('backupSaved', { file: saved.name }));
  };

  const pickText = async (title: string, extension: string, typeName: string) => {
    const picked = await platform.openFile({
      title,
      filters: [{ name: typeName, extensions: [extension, 'json'] }],
    });
    if (picked.canceled) return null;
    return { name: picked.name, text: decoder.decode(picked.bytes) };
  };

  const restore = async (file: { name: string; text: string }) => {
    if (
      identity &&
      !(await platform.confirm({
        title: t('restore'),
        message: t('restoreReplaces', { name: identity.card.name }),
        confirmLabel: t('restoreConfirm'),
        destructive: true,
      }))
    )
      return;
    const restored = await restoreIdentity(db, file.text, restorePassphrase);
    setRestoreFile(null);
    setRestorePassphrase('');
    notify(t('restored', { name: restored.card.name, fingerprint: restored.card.fingerprint }));
  };

  const remove = async (key: SignerCard) => {
    const sure = await platform.confirm({
      title: t('removeTitle'),
      message: t('removeMessage', { name: key.name, fingerprint: key.fingerprint }),
      confirmLabel: t('removeConfirm'),
      destructive: true,
    });
    if (!sure) return;
    await untrustKey(db, key.publicKey);
    notify(t('removed', { name: key.name }));
  };

  const backupMismatch = backupPassphrase !== backupRepeat;
  const backupShort = backupPassphrase.length < MIN_BACKUP_PASSPHRASE_LENGTH;

  return (
    <div className="identity-view">
      <h1>{t('title')}</h1>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}

      <section aria-labelledby="own-identity" className="identity-section">
        <h2 id="own-identity">{t('ownHeading')}</h2>
        {identity === null && (
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              void attempt(async () => {
                await createOwnIdentity(db, name);
              });
            }}
          >
            <p className="muted">{t('noIdentityYet')}</p>
            <Field label={t('officerNameLabel')} hint={t('officerNameHint')}>
              <input
                type="text"
                maxLength={120}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            </Field>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={!name.trim()}>
                {t('createKey')}
              </button>
            </div>
          </form>
        )}
        {identity && (
          <>
            <dl className="identity-card">
              <dt>{t('nameLabel')}</dt>
              <dd>{identity.card.name}</dd>
              <dt>{t('fingerprintLabel')}</dt>
              <dd className="fingerprint" data-testid="own-fingerprint">
                {identity.card.fingerprint}
              </dd>
            </dl>
            <p className="muted">{t('fingerprintExplained')}</p>
            <div className="form-actions">
              <button
                type="button"
                className="button"
                onClick={() => void attempt(() => exportCard(identity.card))}
              >
                {t('exportCard')}
              </button>
            </div>
            <form
              className="form"
              aria-label={t('backUp')}
              onSubmit={(event) => {
                event.preventDefault();
                void attempt(() => backUp(identity.card));
              }}
            >
              <h3>{t('backUp')}</h3>
              <p className="muted">{t('backUpExplained')}</p>
              <NewPassphraseFields
                labels={{
                  passphrase: t('backupPassphrase'),
                  hint: t('backupPassphraseHint', { count: MIN_BACKUP_PASSPHRASE_LENGTH }),
                  again: t('backupPassphraseAgain'),
                  differ: t('passphrasesDiffer'),
                }}
                passphrase={backupPassphrase}
                repeat={backupRepeat}
                onPassphrase={setBackupPassphrase}
                onRepeat={setBackupRepeat}
              />
              <div className="form-actions">
                <button type="submit" className="button" disabled={backupShort || backupMismatch}>
                  {t('saveBackup')}
                </button>
              </div>
            </form>
          </>
        )}
        {identity !== undefined && (
          <div className="identity-restore">
            <h3>{t('restore')}</h3>
            {!restoreFile && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void attempt(async () => {
                    const file = await pickText(t('restore'), KEY_EXTENSION, t('keyFileType'));
                    if (file) setRestoreFile(file);
                  })
                }
              >
                {t('chooseBackup')}
              </button>
            )}
            {restoreFile && (
              <form
                className="form"
                aria-label={t('restore')}
                onSubmit={(event) => {
                  event.preventDefault();
                  void attempt(() => restore(restoreFile));
                }}
              >
                <p className="muted">{restoreFile.name}</p>
                <Field label={t('backupPassphrase')}>
                  <input
                    type="password"
                    value={restorePassphrase}
                    onChange={(event) => setRestorePassphrase(event.target.value)}
                  />
                </Field>
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => setRestoreFile(null)}>
                    {t('cancel')}
                  </button>
                  <button type="submit" className="button button-primary">
                    {t('restoreConfirm')}
                  </button>
                </div>
              </form>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="trusted-keys" className="identity-section">
        <h2 id="trusted-keys">{t('trustedHeading')}</h2>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void attempt(async () => {
                const file = await pickText(t('importCard'), CARD_EXTENSION, t('cardFileType'));
                if (file) setCard(readKeyCardFile(file.text));
              })
            }
          >
            {t('importCard')}
          </button>
        </div>
        {card && (
          <section aria-label={t('untrustedRegion')} className="signer-standing signer-untrusted">
            <p>{t('cardToTrust', { name: card.name })}</p>
            <p className="fingerprint">{card.fingerprint}</p>
            <p className="muted">{t('compareFingerprint')}</p>
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setCard(null)}>
                {t('cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() =>
                  void attempt(async () => {
                    await trustKey(db, card);
                    setCard(null);
                  })
                }
              >
                {t('trustThisKey')}
              </button>
            </div>
          </section>
        )}
        {trusted && trusted.length === 0 && <p className="muted">{t('noTrustedKeys')}</p>}
        {trusted && trusted.length > 0 && (
          <table className="trusted-keys">
            <thead>
              <tr>
                <th scope="col">{t('nameLabel')}</th>
                <th scope="col">{t('fingerprintLabel')}</th>
                <th scope="col">{t('trustedAtLabel')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actionsLabel')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trusted.map((key) => (
                <tr key={key.publicKey}>
                  <td>{key.name}</td>
                  <td className="fingerprint">{key.fingerprint}</td>
                  <td>{dateOf(key.trustedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('removeKeyLabel', { name: key.name })}
                      onClick={() => void remove(key).catch(reportError)}
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
