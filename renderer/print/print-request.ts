// The one print view the app shows at a time: which briefing, and whether it goes to a PDF file or to the
// printer. The commands start it; PrintView (mounted once by the app) renders it and finishes it.

import { useSyncExternalStore } from 'react';

export type PrintMode = 'pdf' | 'print';

export interface PrintRequest {
  readonly briefingId: string;
  readonly mode: PrintMode;
  /** Called once the view has been printed, saved, cancelled or has failed. */
  readonly done: () => void;
}

let current: PrintRequest | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Shows the print view of a briefing and prints it; resolves when that is over. */
export function requestPrint(briefingId: string, mode: PrintMode): Promise<void> {
  return new Promise((resolve) => {
    current = {
      briefingId,
      mode,
      done: () => {
        current = null;
        notify();
        resolve();
      },
    };
    notify();
  });
}

export function usePrintRequest(): PrintRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
