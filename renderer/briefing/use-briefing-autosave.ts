// Runs autosave for the briefing on screen: opens it (applying a journal left by a crash or reload),
// flushes before the page or window goes away, and reports failures and recoveries in the notice bar.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { canonicalBriefingDoc } from '../editor/canonical-doc';
import { contentSize, replayEdits } from '../editor/edit-replay';
import { translate } from '../i18n';
import { describeError } from '../i18n/describe-error';
import { formatTime } from '../i18n/format';
import { platform } from '../platform';
import { dispatch } from '../state/ui-store';
import { BriefingAutosave, type OpenResult, type SaveState } from './autosave';
import { briefingAutosaveStore } from './briefing-autosave-store';

const open = new Set<BriefingAutosave>();

/** Saves every open briefing now; for anything that reads the stored text, such as export. */
export async function flushOpenBriefings(): Promise<void> {
  await Promise.all([...open].map((autosave) => autosave.flush()));
}

function journalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function reportRecovery(result: OpenResult): void {
  if (result.kind !== 'ready' || !result.journalUpdatedAt) return;
  if (result.recovery === 'applied') {
    dispatch({
      type: 'notice/show',
      tone: 'info',
      text: translate('briefing:recoveredChanges', { time: formatTime(result.journalUpdatedAt) }),
    });
  } else if (result.recovery === 'stale') {
    dispatch({
      type: 'notice/show',
      tone: 'info',
      text: translate('briefing:staleChanges', { time: formatTime(result.journalUpdatedAt) }),
    });
  }
}

export interface BriefingAutosaveHandle {
  autosave: BriefingAutosave | undefined;
  opened: OpenResult | undefined;
}

export function useBriefingAutosave(briefingId: string): BriefingAutosaveHandle {
  const [handle, setHandle] = useState<BriefingAutosaveHandle>({ autosave: undefined, opened: undefined });

  useEffect(() => {
    const autosave = new BriefingAutosave({
      briefingId,
      store: briefingAutosaveStore(briefingId),
      journal: journalStorage(),
      canonicalContent: canonicalBriefingDoc,
      replayEdits,
      contentSize,
      // Once per run of failures: the save status beside the title says the rest while retrying.
      onSaveError: (error, _kind, failuresInARow) => {
        if (failuresInARow !== 1) return;
        dispatch({
          type: 'notice/show',
          tone: 'error',
          text: describeError(error),
        });
      },
      onSaveRecovered: () =>
        dispatch({ type: 'notice/show', tone: 'info', text: translate('briefing:storedAgain') }),
    });
    let active = true;
    open.add(autosave);
    setHandle({ autosave, opened: undefined });
    void autosave.open().then(
      (opened) => {
        if (!active) return;
        reportRecovery(opened);
        setHandle({ autosave, opened });
      },
      (error: unknown) => {
        if (!active) return;
        dispatch({
          type: 'notice/show',
          tone: 'error',
          text: describeError(error),
        });
        setHandle({ autosave, opened: { kind: 'missing' } });
      },
    );
    // The journal already holds every change; flushing also puts it in the store if there is time.
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    const stopBeforeClose = platform.onBeforeClose(() => autosave.flush());
    return () => {
      active = false;
      open.delete(autosave);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      stopBeforeClose();
      void autosave.dispose();
    };
  }, [briefingId]);

  return handle;
}

const OPENING: SaveState = { kind: 'opening' };

/** The save state of an autosave, kept current. */
export function useSaveState(autosave: BriefingAutosave | undefined): SaveState {
  return useSyncExternalStore(
    (listener) => autosave?.subscribe(listener) ?? (() => undefined),
    () => autosave?.state ?? OPENING,
  );
}
