import { useRef, useState } from 'react';
import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { packDossier } from './dossier-package-io';

/** "Share dossier": one .dossier file, protected by a passphrase (typed twice) if the user wants. */
export function ShareDialog({ dossierId }: { dossierId: string }) {
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
            disabled={mismatch || tooShort || progress !== null}
          >
            Save .dossier file
          </button>
        </div>
      </form>
    </Dialog>
  );
}
