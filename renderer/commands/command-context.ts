// What the renderer knows that decides which commands apply (shared/commands.ts `CommandContext`): the
// route's view and the open briefing editor, which BriefingEditor attaches while it is shown.

import type { Editor } from '@tiptap/core';
import { useSyncExternalStore } from 'react';
import {
  type CommandContext,
  type CommandId,
  type EditorCommandState,
  isCommandAvailable,
} from '../../shared/commands';
import { parseRoute } from '../app/routes';

/** The open editor and the editor's own panels and dialogs, which some editor commands open. */
export interface EditorTarget {
  editor: Editor;
  openFind(focus: 'find' | 'replace'): void;
  openLink(): void;
  openCite(): void;
  insertImage(): void;
}

let target: EditorTarget | null = null;
let snapshot: { hash: string; context: CommandContext } | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  snapshot = null;
  for (const listener of listeners) listener();
}

/** Makes `next` the editor that editor commands act on, until the returned function is called. */
export function attachEditorTarget(next: EditorTarget): () => void {
  target = next;
  // Undo, redo and the table's commands apply or not with every edit and cursor move.
  next.editor.on('transaction', changed);
  changed();
  return () => {
    next.editor.off('transaction', changed);
    if (target === next) {
      target = null;
      changed();
    }
  };
}

export function activeEditorTarget(): EditorTarget | null {
  return target && !target.editor.isDestroyed ? target : null;
}

function editorState(editor: Editor): EditorCommandState {
  return { canUndo: editor.can().undo(), canRedo: editor.can().redo(), inTable: editor.isActive('table') };
}

/** The context now; the same object until something in it changes, as useSyncExternalStore needs. */
export function currentCommandContext(): CommandContext {
  const hash = window.location.hash;
  if (snapshot?.hash !== hash) {
    const editor = activeEditorTarget()?.editor;
    snapshot = {
      hash,
      context: { view: parseRoute(hash).view, editor: editor ? editorState(editor) : null },
    };
  }
  return snapshot.context;
}

export function subscribeCommandContext(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** Whether a command applies where the user is; re-renders only when that answer changes. */
export function useCommandAvailable(id: CommandId): boolean {
  return useSyncExternalStore(subscribeCommandContext, () => isCommandAvailable(id, currentCommandContext()));
}
