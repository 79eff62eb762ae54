// UI state in one store with typed actions (which panel is open, the theme, the last message shown).
// Components read it with `useUiState` and change it only through `dispatch`.

import { useSyncExternalStore } from 'react';
import { translate } from '../i18n';
import { describeError } from '../i18n/describe-error';

export type Theme = 'light' | 'dark';
export type Panel = 'none' | 'about' | 'shortcuts' | 'new-dossier' | 'share' | 'import' | 'export';

/** A .dossier file on its way in: picked, dropped, or handed over by the OS. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface NoticeAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** One button in the notice, such as Undo after a deletion. */
  action?: NoticeAction;
}

export interface UiState {
  theme: Theme;
  panel: Panel;
  notice: Notice | null;
  /** What the header's search box holds; results replace the view while it is not empty. */
  search: string;
  incoming: IncomingFile | null;
}

/**
 * The store's own events ('panel/open'), named as state changes, not user actions: a user never triggers
 * one directly, and one user action (shared/commands.ts, 'dossier.share') may dispatch several of them.
 */
export type UiAction =
  | { type: 'theme/toggle' }
  | { type: 'theme/set'; theme: Theme }
  | { type: 'panel/open'; panel: Panel }
  /** Closes the open panel; with `panel`, only if that panel is still the open one (work that ends late
   * must not close a panel the user opened meanwhile). */
  | { type: 'panel/close'; panel?: Panel }
  | { type: 'notice/show'; tone: Notice['tone']; text: string; action?: NoticeAction }
  | { type: 'notice/dismiss' }
  | { type: 'search/set'; query: string }
  | { type: 'import/start'; file: IncomingFile };

const THEME_KEY = 'dossier-desk.theme';

function initialTheme(): Theme {
  const saved = globalThis.localStorage?.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let noticeCounter = 0;

export function reduceUi(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'theme/toggle':
      return { ...state, theme: state.theme === 'dark' ? 'light' : 'dark' };
    case 'theme/set':
      return { ...state, theme: action.theme };
    case 'panel/open':
      return { ...state, panel: action.panel };
    case 'panel/close':
      if (action.panel && action.panel !== state.panel) return state;
      return { ...state, panel: 'none', incoming: null };
    case 'import/start':
      return { ...state, panel: 'import', incoming: action.file };
    case 'notice/show':
      noticeCounter += 1;
      return {
        ...state,
        notice: {
          id: noticeCounter,
          tone: action.tone,
          text: action.text,
          ...(action.action ? { action: action.action } : {}),
        },
      };
    case 'notice/dismiss':
      return { ...state, notice: null };
    case 'search/set':
      return { ...state, search: action.query };
  }
}

let state: UiState = { theme: initialTheme(), panel: 'none', notice: null, search: '', incoming: null };
const listeners = new Set<() => void>();

export function dispatch(action: UiAction): void {
  const next = reduceUi(state, action);
  if (next === state) return;
  if (next.theme !== state.theme) globalThis.localStorage?.setItem(THEME_KEY, next.theme);
  state = next;
  for (const listener of listeners) listener();
}

export function getUiState(): UiState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUiState<T>(select: (state: UiState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

/** Shows what went wrong in words the user can act on. */
export function reportError(error: unknown): void {
  dispatch({
    type: 'notice/show',
    tone: 'error',
    text: describeError(error),
  });
}

/** Shows that something was deleted, with an Undo button that puts it back. */
export function offerUndo(token: { label: string; undo(): Promise<void> }): void {
  dispatch({
    type: 'notice/show',
    tone: 'info',
    text: token.label,
    action: {
      label: translate('common:undo'),
      run: async () => {
        try {
          await token.undo();
          dispatch({ type: 'notice/show', tone: 'info', text: translate('common:restored') });
        } catch (error) {
          reportError(error);
        }
      },
    },
  });
}
