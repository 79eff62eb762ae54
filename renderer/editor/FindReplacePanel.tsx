import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { findNext, findStateOf, replaceAll, replaceCurrent, setFindQuery } from './extensions/find-replace';
import { describeMatchCount } from './find-matches';

export interface FindRequest {
  /** Which field gets the focus: Ctrl+F the search, Ctrl+H the replacement. */
  focus: 'find' | 'replace';
  /** The selected text, taken as the query when there is one. */
  query?: string;
  /** Changes with every request, so pressing Ctrl+F again focuses the field again. */
  serial: number;
}

interface FindReplacePanelProps {
  editor: Editor;
  request: FindRequest;
  onClose(): void;
}

/** Find and replace inside the briefing, above the text. Matches are highlighted as the text changes. */
export function FindReplacePanel({ editor, request, onClose }: FindReplacePanelProps) {
  const [query, setQuery] = useState(request.query ?? '');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [replaced, setReplaced] = useState<number | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const found = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findStateOf(current.state);
      return { count: state.matches.length, current: state.current };
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new request (its serial), not on typing
  useEffect(() => {
    if (request.query) setQuery(request.query);
    const input = request.focus === 'replace' ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
  }, [request.serial]);

  useEffect(() => {
    setFindQuery(editor, query, matchCase);
    setReplaced(null);
  }, [editor, query, matchCase]);

  // Closing clears the highlights.
  useEffect(() => () => setFindQuery(editor, '', false), [editor]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const onKeyDown = (event: KeyboardEvent, onEnter: (shift: boolean) => void) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter(event.shiftKey);
    }
  };
  const status =
    replaced !== null ? `Replaced ${replaced}` : describeMatchCount(query, found.count, found.current);

  return (
    <search className="find-panel" aria-label="Find and replace">
      <div className="find-row">
        <input
          ref={findInput}
          type="search"
          className="find-input"
          aria-label="Find in briefing"
          placeholder="Find"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => onKeyDown(event, (shift) => findNext(editor, shift ? -1 : 1))}
        />
        <span className="find-count" role="status" aria-live="polite">
          {status}
        </span>
        <button
          type="button"
          className="button button-icon"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          disabled={found.count === 0}
          onClick={() => findNext(editor, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button-icon"
          aria-label="Next match"
          title="Next match (Enter)"
          disabled={found.count === 0}
          onClick={() => findNext(editor, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <label className="checkbox find-case">
          <input
            type="checkbox"
            checked={matchCase}
            onChange={(event) => setMatchCase(event.target.checked)}
          />
          Match case
        </label>
        <button
          type="button"
          className="button button-icon find-close"
          aria-label="Close find"
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="find-row">
        <input
          ref={replaceInput}
          className="find-input"
          aria-label="Replace with"
          placeholder="Replace with"
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={(event) => onKeyDown(event, () => replaceCurrent(editor, replacement))}
        />
        <button
          type="button"
          className="button"
          disabled={found.count === 0}
          onClick={() => replaceCurrent(editor, replacement)}
        >
          Replace
        </button>
        <button
          type="button"
          className="button"
          disabled={found.count === 0}
          onClick={() => setReplaced(replaceAll(editor, replacement))}
        >
          Replace all
        </button>
      </div>
    </search>
  );
}
