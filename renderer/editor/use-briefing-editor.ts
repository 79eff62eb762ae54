// Creates the Tiptap editor of a briefing: the model's schema, no injected <style> (the CSP allows none;
// editor.css has it all), spell check on, pasted and dropped image files stored as attachments, and
// Ctrl/⌘+click opening a link outside the app after the platform asks.

import type { Editor, JSONContent } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { type UseEditorOptions, useEditor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { platform } from '../platform';
import { briefingExtensions } from './briefing-extensions';
import type { CitationSources } from './extensions/citation';

export interface BriefingEditorOptions {
  initialContent: JSONContent;
  citations: CitationSources;
  resolveImageUrl(attachmentId: string): Promise<string>;
  sectionHints: ReadonlyMap<string, string>;
  /** Every change of the text, with the transactions that made it (the first, then any appended). */
  onDocChange(editor: Editor, transactions: readonly Transaction[]): void;
  /** Image files pasted or dropped; the page stores them and inserts them at `position` (or the cursor). */
  onImageFiles(files: File[], position: number | undefined): void;
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

export function useBriefingEditor(options: BriefingEditorOptions): Editor {
  // Callbacks change with every render of the page; the editor is created once and reads the latest.
  const latest = useRef(options);
  latest.current = options;

  // Built once: new option objects on each render would make Tiptap re-apply them to the view every time.
  const [editorOptions] = useState(
    (): UseEditorOptions => ({
      extensions: briefingExtensions({
        citations: options.citations,
        resolveImageUrl: (id) => latest.current.resolveImageUrl(id),
        sectionHints: options.sectionHints,
      }),
      content: options.initialContent,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'briefing-prose',
          spellcheck: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Briefing text',
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
        handleClick(view, pos, event) {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const href = linkAt(view, pos);
          if (!href) return false;
          void platform.openExternal(href);
          return true;
        },
      },
      onUpdate: ({ editor: updated, transaction, appendedTransactions }) =>
        latest.current.onDocChange(updated, [transaction, ...appendedTransactions]),
    }),
  );
  const editor = useEditor(editorOptions, []);

  return editor;
}
