import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { editorCommandForKeyPress } from '../../shared/commands';
import { isRightToLeft, type Language } from '../../shared/i18n/languages';
import type { Source } from '../../shared/model';
import { attachEditorTarget } from '../commands/command-context';
import { runCommand } from '../commands/commands';
import { CiteSourceDialog } from './CiteSourceDialog';
import { EditorToolbar } from './EditorToolbar';
import { FindReplacePanel, type FindRequest } from './FindReplacePanel';
import { LinkDialog } from './LinkDialog';
import '../styles/editor.css';

interface BriefingEditorProps {
  editor: Editor;
  /** The dossier's sources, for "Cite source". */
  sources: readonly Source[];
  citationNumbers: ReadonlyMap<string, number>;
  onInsertImage(): void;
  /** The briefing's language: the text's `lang` (spelling, hyphenation, voices) and its base direction. */
  language: Language;
}

/**
 * The toolbar, find & replace and the text; the editor the registry's editor commands act on while shown.
 * Editor keys here (Ctrl+F opens find, not the app's search) and keys the editor handled go no further,
 * so they never also run an app command.
 */
export function BriefingEditor({
  editor,
  sources,
  citationNumbers,
  onInsertImage,
  language,
}: BriefingEditorProps) {
  const [find, setFind] = useState<FindRequest | null>(null);
  const [dialog, setDialog] = useState<'cite' | 'link' | null>(null);

  const openFind = (focus: FindRequest['focus']) => {
    const { from, to, empty } = editor.state.selection;
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, '\n');
    setFind((previous) => ({
      focus,
      ...(selected && !selected.includes('\n') && selected.length <= 200 ? { query: selected } : {}),
      serial: (previous?.serial ?? 0) + 1,
    }));
  };

  // The registry's commands call the latest panels and dialogs of this editor, whichever render made them.
  const latest = useRef({ openFind, onInsertImage });
  latest.current = { openFind, onInsertImage };
  useLayoutEffect(
    () =>
      attachEditorTarget({
        editor,
        openFind: (focus) => latest.current.openFind(focus),
        openLink: () => setDialog('link'),
        openCite: () => setDialog('cite'),
        insertImage: () => latest.current.onInsertImage(),
      }),
    [editor],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.defaultPrevented) {
      event.stopPropagation();
      return;
    }
    const id = editorCommandForKeyPress(event);
    // A link is made from the text: from the find panel, Ctrl+K would link the selection hidden behind it.
    if (!id || (id === 'editor.link' && !editor.view.dom.contains(event.target as Node))) return;
    event.preventDefault();
    event.stopPropagation();
    void runCommand(id);
  };

  const closeDialog = () => {
    setDialog(null);
    editor.commands.focus();
  };

  const { empty } = editor.state.selection;
  const currentHref = editor.getAttributes('link').href as string | undefined;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches shortcuts from the text and the find panel inside
    <div className="editor-frame" onKeyDown={onKeyDown}>
      <EditorToolbar editor={editor} />
      {find && <FindReplacePanel editor={editor} request={find} onClose={() => setFind(null)} />}
      <div className="editor-scroll">
        <EditorContent
          editor={editor}
          className="editor-page"
          lang={language}
          dir={isRightToLeft(language) ? 'rtl' : 'ltr'}
        />
      </div>
      {dialog === 'cite' && (
        <CiteSourceDialog
          sources={sources}
          citationNumbers={citationNumbers}
          onClose={closeDialog}
          onCite={(sourceId) => {
            setDialog(null);
            editor.chain().focus().insertCitation(sourceId).run();
          }}
        />
      )}
      {dialog === 'link' && (
        <LinkDialog
          currentHref={currentHref}
          hasSelection={!empty}
          onClose={closeDialog}
          onRemove={() => {
            setDialog(null);
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
          }}
          onApply={(href, text) => {
            setDialog(null);
            if (text) {
              editor
                .chain()
                .focus()
                .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
                .run();
            } else {
              editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }
          }}
        />
      )}
    </div>
  );
}
