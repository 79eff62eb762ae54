import { useRef, useState } from 'react';
import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { translate, useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { packDossier } from './dossier-package-io';

/** "Share dossier": one .dossier file, protected by a passphrase (typed twice) if the user wants. */
export function ShareDialog({ dossierId }: { dossierId: string }) {
  const t = useT('sharing');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const mismatch = passphrase !== repeat;
  const tooShort = passphrase.length > 0 && passphrase.length < 8;

  const share = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress(0);
    try {
      const file = await packDossier(dossierId, passphrase || undefined, {
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
        <Field label={t('passphraseOptional')} hint={t('passphraseHint')}>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </Field>
        <Field label={t('passphraseAgain')}>
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </Field>
        {mismatch && repeat && (
          <p role="alert" className="form-error">
            {t('passphrasesDiffer')}
          </p>
        )}
        {tooShort && (
          <p role="alert" className="form-error">
            {t('passphraseTooShort')}
          </p>
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
            disabled={mismatch || tooShort || progress !== null}
          >
            {t('saveFile')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
