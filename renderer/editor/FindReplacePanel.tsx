import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
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
  const t = useT('editor');
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
    replaced !== null
      ? t('replacedCount', { count: replaced })
      : describeMatchCount(query, found.count, found.current);

  return (
    <search className="find-panel" aria-label={t('findAndReplace')}>
      <div className="find-row">
        <input
          ref={findInput}
          type="search"
          className="find-input"
          aria-label={t('findInBriefing')}
          placeholder={t('find')}
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
          aria-label={t('previousMatch')}
          title={t('previousMatchTitle')}
          disabled={found.count === 0}
          onClick={() => findNext(editor, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button-icon"
          aria-label={t('nextMatch')}
          title={t('nextMatchTitle')}
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
          {t('matchCase')}
        </label>
        <button
          type="button"
          className="button button-icon find-close"
          aria-label={t('closeFind')}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="find-row">
        <input
          ref={replaceInput}
          className="find-input"
          aria-label={t('replaceWith')}
          placeholder={t('replaceWith')}
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
          {t('replace')}
        </button>
        <button
          type="button"
          className="button"
          disabled={found.count === 0}
          onClick={() => setReplaced(replaceAll(editor, replacement))}
        >
          {t('replaceAll')}
        </button>
      </div>
    </search>
  );
}
