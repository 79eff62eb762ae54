import { useEffect, useRef, useState } from 'react';
import type { DossierDocument } from '../../shared/model';
import { isEncryptedPackage } from '../../shared/package';
import { type MergeResult, resolveConflicts } from '../../shared/sharing';
import { noteUserPlace, offerToOpen } from '../app/user-place';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { type SignerStanding, signerStanding, trustKey } from '../db/identity';
import type { ImportedSharing, ImportMode, ImportPlan } from '../db/import-dossier';
import type { TheirCopy } from '../db/merge-dossier';
import { translate, useT } from '../i18n';
import { describeError } from '../i18n/describe-error';
import { dispatch, type IncomingFile, offerUndo, reportError } from '../state/ui-store';
import { unpackDossier } from './dossier-package-io';
import { ImportPlanView } from './ImportPlanView';
import { MergeConflictsView } from './MergeConflictsView';
import { SignerStandingView } from './SignerStandingView';

type Step =
  | { kind: 'checking' }
  | { kind: 'passphrase' }
  | { kind: 'reading'; progress: number }
  | {
      kind: 'review';
      plan: ImportPlan;
      document: DossierDocument;
      standing: SignerStanding;
      run(mode: ImportMode): void;
      merge(): void;
    }
  | { kind: 'merging' }
  | { kind: 'conflicts'; result: MergeResult; theirs: TheirCopy }
  | { kind: 'failed'; message: string; code?: string };

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
  dispatch({ type: 'notice/show', tone: 'info', text: translate('sharing:importing', { title }) });
  store.importDocument(document, attachments, mode, sharing).then(
    ({ dossier, reassigned }) => {
      const route = { view: 'dossier', dossierId: dossier.id, tab: 'sources' } as const;
      const text =
        reassigned === 0
          ? translate('sharing:imported', { title: dossier.title })
          : translate('sharing:importedReassigned', { title: dossier.title, count: reassigned });
      if (place.navigateIfUnchanged(route)) {
        dispatch({ type: 'notice/show', tone: 'info', text });
        return;
      }
      offerToOpen(text, route);
    },
    (error: unknown) =>
      reportError(new Error(translate('sharing:notImported', { title, reason: describeError(error) }))),
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
  dispatch({
    type: 'notice/show',
    tone: 'info',
    text: translate('sharing:merging', { file: theirs.fileName, title }),
  });
  store.storeMerge(result, theirs).then(
    ({ dossier, undo }) => {
      place.navigateIfUnchanged({ view: 'dossier', dossierId: dossier.id, tab: 'sources' });
      const { report } = result;
      const flagged = report.flagged.length;
      offerUndo({
        ...undo,
        label: translate(flagged > 0 ? 'sharing:mergedFlagged' : 'sharing:merged', {
          file: theirs.fileName,
          title: dossier.title,
          added: report.added,
          changed: report.changed,
          removed: report.removed,
          flagged,
        }),
      });
    },
    (error: unknown) =>
      reportError(
        new Error(translate('sharing:notMerged', { file: theirs.fileName, reason: describeError(error) })),
      ),
  );
}

/**
 * Reads a .dossier completely (every check of the package reader) and says what the import will do (a new
 * dossier, or an update of one here) before anything is stored; then stores it in one transaction. A dossier
 * that is already here is kept twice, replaced, or left alone.
 */
export function ImportDialog({ file }: { file: IncomingFile }) {
  const t = useT('sharing');
  const tIdentity = useT('identity');
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
      const standing = await signerStanding(db, pkg.signer);
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
        standing,
        run: (mode) => storeImport(pkg.document, attachments, mode, sharing),
        merge: () => {
          if (target) void merge(target.dossierId, theirs);
        },
      });
    } catch (error) {
      if (abort.current.signal.aborted) return;
      setStep({ kind: 'failed', message: describeError(error), ...codeOf(error) });
    }
  };

  // The colleague's key becomes trusted; the same package then imports as from a known colleague.
  const trustSigner = async (standing: Extract<SignerStanding, { kind: 'untrusted' }>) => {
    try {
      await trustKey(db, standing.signer);
      const trusted = await signerStanding(db, standing.signer);
      setStep((current) => (current.kind === 'review' ? { ...current, standing: trusted } : current));
    } catch (error) {
      setStep({ kind: 'failed', message: describeError(error), ...codeOf(error) });
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
      setStep({ kind: 'failed', message: describeError(error) });
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
      (error: unknown) => setStep({ kind: 'failed', message: describeError(error) }),
    );
  }, [file]);

  return (
    <Dialog title={t('importTitle')} onClose={close}>
      <p className="muted" dir="auto">
        {file.name}
      </p>
      {step.kind === 'checking' && <p>{t('checking')}</p>}
      {step.kind === 'passphrase' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void read(passphrase);
          }}
        >
          <Field label={t('passphrase')} hint={t('passphraseAsk')}>
            <input
              type="password"
              autoFocus
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </Field>
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {t('cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={!passphrase}>
              {t('open')}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'reading' && (
        <>
          <p>{t('reading')}</p>
          <progress aria-label={t('readingLabel')} value={step.progress} max={1} />
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'review' && (
        <SignerStandingView
          standing={step.standing}
          onTrust={() => {
            if (step.standing.kind === 'untrusted') void trustSigner(step.standing);
          }}
          onCancel={close}
        />
      )}
      {/* A package signed by a key not yet trusted is imported only once the officer trusts it. */}
      {step.kind === 'review' && step.standing.kind !== 'untrusted' && (
        <ImportPlanView
          plan={step.plan}
          document={step.document}
          onChoose={step.run}
          onMerge={step.merge}
          onCancel={close}
        />
      )}
      {step.kind === 'merging' && <p role="status">{t('comparing')}</p>}
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
          {step.code === 'SIGNATURE_INVALID' && (
            <h3 className="form-error">{tIdentity('alteredAfterSigning')}</h3>
          )}
          <p role="alert" className="form-error" data-code={step.code}>
            {step.message}
          </p>
          <p className="muted">{t('nothingImported')}</p>
          <div className="form-actions">
            {encrypted && (
              <button type="button" className="button" onClick={() => setStep({ kind: 'passphrase' })}>
                {t('tryAnother')}
              </button>
            )}
            <button type="button" className="button button-primary" onClick={close}>
              {t('close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** The code of a coded error, to tell "altered after signing" apart from other refusals. */
function codeOf(error: unknown): { code?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { code } : {};
}
