// Creates the Tiptap editor of a briefing: the model's schema, no injected <style> (the CSP allows none;
// editor.css has it all), spell check on, pasted and dropped image files stored as attachments, and
// Ctrl/⌘+click opening a link outside the app after the platform asks. A long briefing opens with its
// first blocks, shown at once and editable, and the rest is appended in slices between frames.

import type { Editor, JSONContent } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { type UseEditorOptions, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n';
import { platform } from '../platform';
import { briefingExtensions } from './briefing-extensions';
import { contentSize } from './edit-replay';
import type { CitationSources } from './extensions/citation';

export interface BriefingEditorOptions {
  initialContent: JSONContent;
  citations: CitationSources;
  resolveImageUrl(attachmentId: string): Promise<string>;
  sectionHints: ReadonlyMap<string, string>;
  /**
   * Every change of the text, with the transactions that made it (the first, then any appended), and the
   * blocks not yet appended while a long briefing opens (the text is the editor's followed by those).
   */
  onDocChange(editor: Editor, transactions: readonly Transaction[], rest: () => RestOfText): void;
  /** The whole text is in the editor (at once for a short briefing). */
  onLoaded?(): void;
  /** Image files pasted or dropped; the page stores them and inserts them at `position` (or the cursor). */
  onImageFiles(files: File[], position: number | undefined): void;
}

/** Blocks of the opened text not yet in the editor, and their size in editor positions. */
export interface RestOfText {
  blocks: readonly JSONContent[];
  size: number;
}

/** Blocks shown at once: more than a screen holds. */
const FIRST_BLOCKS = 40;
/** Blocks appended per slice: each slice is a short task, so a key pressed meanwhile is taken at once. */
const SLICE_BLOCKS = 120;
const NOTHING_LEFT: RestOfText = { blocks: [], size: 0 };

const rests = new WeakMap<Editor, { stop(): void }>();

/** Stops appending the opened text's remaining blocks: the editor's text was replaced as a whole. */
export function stopLoadingRest(editor: Editor): void {
  rests.get(editor)?.stop();
}

function imageFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

function linkAt(view: EditorView, pos: number): string | undefined {
  const mark = view.state.doc
    .resolve(pos)
    .marks()
    .find((candidate) => candidate.type.name === 'link');
  return typeof mark?.attrs.href === 'string' ? mark.attrs.href : undefined;
}

/** ProseMirror's default margin, in pixels, that a caret keeps from the scrolled area's edge. */
const SCROLL_MARGIN = 5;

/** The editor's ancestors that clip what they hold (overflow other than visible), found once per editor. */
const clippingAncestors = new WeakMap<HTMLElement, Element[]>();

function clippersOf(dom: HTMLElement): Element[] {
  let found = clippingAncestors.get(dom);
  if (!found) {
    found = [];
    for (let at = dom.parentElement; at; at = at.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(at);
      if (overflowX !== 'visible' || overflowY !== 'visible') found.push(at);
    }
    clippingAncestors.set(dom, found);
  }
  return found;
}

/** Whether the (collapsed) selection's caret is inside every area that clips the editor, and the window. */
function caretInSight(view: EditorView): boolean {
  if (!view.state.selection.empty) return false;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !view.dom.contains(selection.focusNode)) return false;
  const caret = selection.getRangeAt(0).getBoundingClientRect();
  if (caret.height === 0) return false;
  const frame = view.dom.ownerDocument.defaultView;
  if (!frame) return false;
  const areas = [
    { top: 0, bottom: frame.innerHeight, left: 0, right: frame.innerWidth },
    ...clippersOf(view.dom).map((element) => element.getBoundingClientRect()),
  ];
  return areas.every(
    (area) =>
      caret.top >= area.top + SCROLL_MARGIN &&
      caret.bottom <= area.bottom - SCROLL_MARGIN &&
      caret.left >= area.left &&
      caret.right <= area.right,
  );
}

export function useBriefingEditor(options: BriefingEditorOptions): Editor {
  // Callbacks change with every render of the page; the editor is created once and reads the latest.
  const latest = useRef(options);
  latest.current = options;

  // A long text opens with its first blocks; the rest waits (see the effect below).
  const [opening] = useState(() => {
    const blocks = (options.initialContent.content ?? []) as JSONContent[];
    if (blocks.length <= FIRST_BLOCKS + SLICE_BLOCKS)
      return { first: options.initialContent, rest: NOTHING_LEFT };
    const restBlocks = blocks.slice(FIRST_BLOCKS);
    return {
      first: { ...options.initialContent, content: blocks.slice(0, FIRST_BLOCKS) },
      rest: { blocks: restBlocks, size: contentSize({ content: restBlocks }) },
    };
  });
  const rest = useRef(opening.rest);

  // Built once: new option objects on each render would make Tiptap re-apply them to the view every time.
  const [editorOptions] = useState(
    (): UseEditorOptions => ({
      extensions: briefingExtensions({
        citations: options.citations,
        resolveImageUrl: (id) => latest.current.resolveImageUrl(id),
        sectionHints: options.sectionHints,
      }),
      content: opening.first,
      // Each block's direction from its first letter (dir="auto"), as Word gets it from the export: an Arabic
      // quotation in a French briefing reads right to left. An Arabic briefing is right to left throughout
      // (editor.css), as its Word document is.
      textDirection: 'auto',
      injectCSS: false,
      // Tiptap's "delete" events would look over every change's ranges on each keystroke; nothing here
      // listens to them.
      enableCoreExtensions: { delete: false },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'briefing-prose',
          spellcheck: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': translate('editor:briefingText'),
        },
        handlePaste(_view, event) {
          const files = imageFiles(event.clipboardData);
          if (files.length === 0) return false;
          event.preventDefault();
          latest.current.onImageFiles(files, undefined);
          return true;
        },
        handleDrop(view, event, _slice, moved) {
          if (moved) return false;
          const files = imageFiles(event.dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          latest.current.onImageFiles(files, position);
          return true;
        },
        // While typing the caret is nearly always in sight, which one rectangle of the DOM selection tells;
        // ProseMirror's own check maps the position through every block before it and walks the scrolling
        // ancestors. When it is not in sight, ProseMirror scrolls as it always does.
        handleScrollToSelection: (view) => caretInSight(view),
        handleClick(view, pos, event) {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const href = linkAt(view, pos);
          if (!href) return false;
          void platform.openExternal(href);
          return true;
        },
      },
      onUpdate: ({ editor: updated, transaction, appendedTransactions }) =>
        latest.current.onDocChange(updated, [transaction, ...appendedTransactions], () => rest.current),
    }),
  );
  const editor = useEditor(editorOptions, []);

  // After the first blocks are on screen, the rest goes in a slice at a time, at the end (where no edit
  // can have moved it), outside the history and unseen by autosave: the stored text already holds it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      rest.current = NOTHING_LEFT;
    };
    rests.set(editor, { stop });
    const appendSlice = () => {
      if (stopped || editor.isDestroyed) return;
      const blocks = rest.current.blocks;
      const slice = blocks.slice(0, SLICE_BLOCKS);
      const left = blocks.slice(SLICE_BLOCKS);
      const { state } = editor;
      const transaction = state.tr
        .insert(state.doc.content.size, Fragment.fromJSON(state.schema, slice))
        .setMeta('addToHistory', false)
        .setMeta('preventUpdate', true);
      rest.current = left.length > 0 ? { blocks: left, size: contentSize({ content: left }) } : NOTHING_LEFT;
      editor.view.dispatch(transaction);
      if (left.length > 0) timer = setTimeout(appendSlice, 0);
      else latest.current.onLoaded?.();
    };
    if (rest.current.blocks.length === 0) latest.current.onLoaded?.();
    else requestAnimationFrame(() => (timer = setTimeout(appendSlice, 0)));
    return stop;
  }, [editor]);

  return editor;
}
