import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { DossierDocument } from '../../shared/model';
import { isEncryptedPackage } from '../../shared/package';
import { type MergeResult, resolveConflicts } from '../../shared/sharing';
import { noteUserPlace, offerToOpen } from '../app/user-place';
import { counted } from '../components/counted';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { store } from '../db';
import type { ImportedSharing, ImportMode, ImportPlan } from '../db/import-dossier';
import type { TheirCopy } from '../db/merge-dossier';
import { dispatch, type IncomingFile, offerUndo, reportError } from '../state/ui-store';
import { unpackDossier } from './dossier-package-io';
import { ImportPlanView } from './ImportPlanView';
import { MergeConflictsView } from './MergeConflictsView';

type Step =
  | { kind: 'checking' }
  | { kind: 'passphrase' }
  | { kind: 'reading'; progress: number }
  | {
      kind: 'review';
      plan: ImportPlan;
      document: DossierDocument;
      run(mode: ImportMode): void;
      merge(): void;
    }
  | { kind: 'merging' }
  | { kind: 'conflicts'; result: MergeResult; theirs: TheirCopy }
  | { kind: 'failed'; message: string };

type ImportedDocument = Parameters<typeof store.importDocument>[0];
type ImportedAttachments = Parameters<typeof store.importDocument>[1];

/**
 * Stores a package that passed every check, once the user has chosen how. The dialog is closed first, so
 * the user can go on working while the transaction runs; the imported dossier opens afterwards only if the
 * user is still where they were when they chose, and otherwise the notice offers to open it.
 */
function storeImport(
  document: ImportedDocument,
  attachments: ImportedAttachments,
  mode: ImportMode,
  sharing: ImportedSharing,
): void {
  const place = noteUserPlace();
  const title = document.dossier.title;
  dispatch({ type: 'panel/close', panel: 'import' });
  dispatch({ type: 'notice/show', tone: 'info', text: `Importing “${title}”…` });
  store.importDocument(document, attachments, mode, sharing).then(
    ({ dossier, reassigned }) => {
      const route = { view: 'dossier', dossierId: dossier.id, tab: 'sources' } as const;
      const text =
        reassigned === 0
          ? `Imported “${dossier.title}”.`
          : `Imported “${dossier.title}”. ${reassigned === 1 ? 'One record was' : `${reassigned} records were`} given a new id, because another dossier here uses the one it came with.`;
      if (place.navigateIfUnchanged(route)) {
        dispatch({ type: 'notice/show', tone: 'info', text });
        return;
      }
      offerToOpen(text, route);
    },
    (error: unknown) =>
      reportError(
        new Error(`“${title}” was not imported, and your library is unchanged: ${errorMessage(error)}`),
      ),
  );
}

/**
 * Stores a merge whose every conflict has a choice, in the background as an import is: the dossier is kept
 * as it was first, and the notice's Undo puts it back. The merged dossier opens only if the user is still
 * where they were.
 */
function storeMerge(result: MergeResult, theirs: TheirCopy): void {
  const place = noteUserPlace();
  const title = result.merged.dossier.title;
  dispatch({ type: 'panel/close', panel: 'import' });
  dispatch({ type: 'notice/show', tone: 'info', text: `Merging “${theirs.fileName}” into “${title}”…` });
  store.storeMerge(result, theirs).then(
    ({ dossier, undo }) => {
      place.navigateIfUnchanged({ view: 'dossier', dossierId: dossier.id, tab: 'sources' });
      const { report } = result;
      const flagged = report.flagged.length;
      offerUndo({
        ...undo,
        label: `Merged “${theirs.fileName}” into “${dossier.title}”: ${report.added} added, ${report.changed} changed, ${report.removed} removed${flagged > 0 ? `; ${counted(flagged, 'record was', 'records were')} kept although one side deleted it` : ''}.`,
      });
    },
    (error: unknown) =>
      reportError(
        new Error(
          `“${theirs.fileName}” was not merged, and your dossier is unchanged: ${errorMessage(error)}`,
        ),
      ),
  );
}

/**
 * Reads a .dossier completely (every check of the package reader) and says what the import will do (a new
 * dossier, or an update of one here) before anything is stored; then stores it in one transaction. A dossier
 * that is already here is kept twice, replaced, or left alone.
 */
export function ImportDialog({ file }: { file: IncomingFile }) {
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [encrypted, setEncrypted] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const abort = useRef(new AbortController());
  const close = () => {
    abort.current.abort();
    dispatch({ type: 'panel/close' });
  };

  const read = async (secret: string | undefined) => {
    setStep({ kind: 'reading', progress: 0 });
    try {
      const { pkg, attachments } = await unpackDossier(file.bytes, secret, {
        signal: abort.current.signal,
        onProgress: (done, total) => setStep({ kind: 'reading', progress: total ? done / total : 0 }),
      });
      const plan = await store.planImport(pkg.document);
      if (abort.current.signal.aborted) return;
      const sharing = {
        states: pkg.briefingStates,
        ...(pkg.base ? { base: pkg.base } : {}),
        officeTemplates: pkg.officeTemplates,
      };
      const theirs: TheirCopy = { document: pkg.document, ...sharing, attachments, fileName: file.name };
      const target = plan.mergeTarget;
      setStep({
        kind: 'review',
        plan,
        document: pkg.document,
        run: (mode) => storeImport(pkg.document, attachments, mode, sharing),
        merge: () => {
          if (target) void merge(target.dossierId, theirs);
        },
      });
    } catch (error) {
      if (abort.current.signal.aborted) return;
      setStep({ kind: 'failed', message: errorMessage(error) });
    }
  };

  // Without conflicts the merge is stored at once, nothing asked; otherwise the user chooses first.
  const merge = async (dossierId: string, theirs: TheirCopy) => {
    setStep({ kind: 'merging' });
    try {
      const result = await store.mergeIntoDossier(dossierId, theirs);
      if (abort.current.signal.aborted) return;
      if (result.conflicts.length === 0) storeMerge(result, theirs);
      else setStep({ kind: 'conflicts', result, theirs });
    } catch (error) {
      if (abort.current.signal.aborted) return;
      setStep({ kind: 'failed', message: errorMessage(error) });
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once for the file this dialog opened with
  useEffect(() => {
    isEncryptedPackage(file.bytes).then(
      (locked) => {
        setEncrypted(locked);
        if (locked) setStep({ kind: 'passphrase' });
        else void read(undefined);
      },
      (error: unknown) => setStep({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [file]);

  return (
    <Dialog title="Import dossier" onClose={close}>
      <p className="muted">{file.name}</p>
      {step.kind === 'checking' && <p>Checking the file…</p>}
      {step.kind === 'passphrase' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void read(passphrase);
          }}
        >
          <Field label="Passphrase" hint="This dossier is encrypted. Ask the sender for its passphrase.">
            <input
              type="password"
              autoFocus
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </Field>
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!passphrase}>
              Open
            </button>
          </div>
        </form>
      )}
      {step.kind === 'reading' && (
        <>
          <p>Reading and checking every part of the file…</p>
          <progress aria-label="Reading the dossier" value={step.progress} max={1} />
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </>
      )}
      {step.kind === 'review' && (
        <ImportPlanView
          plan={step.plan}
          document={step.document}
          onChoose={step.run}
          onMerge={step.merge}
          onCancel={close}
        />
      )}
      {step.kind === 'merging' && <p role="status">Comparing both copies with the state you last shared…</p>}
      {step.kind === 'conflicts' && (
        <MergeConflictsView
          result={step.result}
          fileName={file.name}
          onMerge={(choices) => storeMerge(resolveConflicts(step.result, choices), step.theirs)}
          onCancel={close}
        />
      )}
      {step.kind === 'failed' && (
        <>
          <p role="alert" className="form-error">
            {step.message}
          </p>
          <p className="muted">Nothing was imported; your library is unchanged.</p>
          <div className="form-actions">
            {encrypted && (
              <button type="button" className="button" onClick={() => setStep({ kind: 'passphrase' })}>
                Try another passphrase
              </button>
            )}
            <button type="button" className="button button-primary" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
