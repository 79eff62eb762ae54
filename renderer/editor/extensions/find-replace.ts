// Find and replace inside the briefing: a plugin that keeps the matches of the current query highlighted as
// the text changes, and the functions the find panel calls (next, previous, replace, replace all).

import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  findMatches,
  INLINE_LEAF,
  nearestMatchIndex,
  type TextBlockText,
  type TextRange,
} from '../find-matches';

export interface FindState {
  query: string;
  matchCase: boolean;
  matches: TextRange[];
  /** Index into `matches` of the one shown, or -1. */
  current: number;
  decorations: DecorationSet;
}

interface FindMeta {
  query?: string;
  matchCase?: boolean;
  current?: number;
}

export const findReplaceKey = new PluginKey<FindState>('findReplace');

/** The text of every text block, non-text inline nodes standing in as one character each. */
export function textBlocksOf(doc: ProseMirrorNode): TextBlockText[] {
  const blocks: TextBlockText[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : INLINE_LEAF.repeat(child.nodeSize);
    });
    blocks.push({ text, start: pos + 1 });
    return false;
  });
  return blocks;
}

function decorate(doc: ProseMirrorNode, matches: readonly TextRange[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, {
        class: index === current ? 'find-match find-match-current' : 'find-match',
      }),
    ),
  );
}

const EMPTY: FindState = {
  query: '',
  matchCase: false,
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
};

/** Keeps the matches of the query and their highlights current as the text changes. */
export function findReplacePlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findReplaceKey,
    state: {
      init: () => EMPTY,
      apply(transaction, previous, _oldState, newState) {
        const meta = transaction.getMeta(findReplaceKey) as FindMeta | undefined;
        if (!meta && !transaction.docChanged) return previous;
        const query = meta?.query ?? previous.query;
        const matchCase = meta?.matchCase ?? previous.matchCase;
        if (query === '') return { ...EMPTY, matchCase };
        const matches = findMatches(textBlocksOf(newState.doc), query, { matchCase });
        let current: number;
        if (meta?.current !== undefined) current = meta.current;
        else {
          // Stay with the match the user was at, wherever the edit moved it.
          const was = previous.matches[previous.current];
          current = nearestMatchIndex(matches, was ? transaction.mapping.map(was.from) : 0);
        }
        if (current >= matches.length) current = matches.length - 1;
        return {
          query,
          matchCase,
          matches,
          current,
          decorations: decorate(newState.doc, matches, current),
        };
      },
    },
    props: {
      decorations: (state) => findReplaceKey.getState(state)?.decorations,
    },
  });
}

export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [findReplacePlugin()];
  },
});

/** What the find functions need of the editor: its state and a way to change it. */
export interface FindHost {
  readonly state: EditorState;
  readonly view: { dispatch(transaction: Transaction): void };
}

export function findStateOf(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? EMPTY;
}

function showMatch(editor: FindHost, index: number): void {
  const { matches } = findStateOf(editor.state);
  const match = matches[index];
  const transaction = editor.state.tr.setMeta(findReplaceKey, { current: index } satisfies FindMeta);
  if (match)
    transaction.setSelection(TextSelection.create(transaction.doc, match.from, match.to)).scrollIntoView();
  editor.view.dispatch(transaction);
}

/** Sets what to look for; the first match at or after the cursor becomes the current one. */
export function setFindQuery(editor: FindHost, query: string, matchCase: boolean): void {
  const matches = query === '' ? [] : findMatches(textBlocksOf(editor.state.doc), query, { matchCase });
  const current = nearestMatchIndex(matches, editor.state.selection.from);
  editor.view.dispatch(
    editor.state.tr.setMeta(findReplaceKey, { query, matchCase, current } satisfies FindMeta),
  );
}

/** Moves to the next (or previous) match, wrapping around, and selects it. */
export function findNext(editor: FindHost, direction: 1 | -1 = 1): void {
  const { matches, current } = findStateOf(editor.state);
  if (matches.length === 0) return;
  const next = current === -1 ? 0 : (current + direction + matches.length) % matches.length;
  showMatch(editor, next);
}

/** Replaces the current match (keeping its formatting) and moves to the next one. */
export function replaceCurrent(editor: FindHost, replacement: string): void {
  const { matches, current } = findStateOf(editor.state);
  const match = matches[current];
  if (!match) return;
  const transaction =
    replacement === ''
      ? editor.state.tr.delete(match.from, match.to)
      : editor.state.tr.insertText(replacement, match.from, match.to);
  editor.view.dispatch(transaction);
  // The plugin kept the index at the first match after the replaced one.
  const after = findStateOf(editor.state);
  if (after.matches.length > 0) showMatch(editor, Math.max(0, after.current));
}

/** Replaces every match in one step (one undo); returns how many were replaced. */
export function replaceAll(editor: FindHost, replacement: string): number {
  const { matches } = findStateOf(editor.state);
  if (matches.length === 0) return 0;
  const transaction = editor.state.tr;
  // From the end backwards, so earlier positions stay valid.
  for (const match of [...matches].reverse()) {
    if (replacement === '') transaction.delete(match.from, match.to);
    else transaction.insertText(replacement, match.from, match.to);
  }
  editor.view.dispatch(transaction);
  return matches.length;
}
