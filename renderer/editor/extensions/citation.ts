// The citation node: an inline reference to a source of the dossier, holding only the source's id. Its
// number is worked out from document order whenever a change adds, removes or alters a citation (a
// decoration the node view reads), so moving text renumbers at once; other edits only move the numbers
// along. Hovering shows the source.

import { mergeAttributes, Node } from '@tiptap/core';
import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import {
  Decoration,
  DecorationSet,
  type Decoration as DecorationType,
  type EditorView,
} from '@tiptap/pm/view';
import { numberCitations } from '../../../shared/model';
import { translate } from '../../i18n';
import { citationTooltip } from '../citation-numbers';

/** What a citation shows of its source. */
export interface CitedSourceInfo {
  title: string;
  /** Outlet, grading and marking, e.g. "Reuters, B2, TLP:GREEN". */
  detail: string;
}

/**
 * The dossier's sources as the citation node sees them. The page replaces `sources` when they change and
 * then calls `refreshCitations(editor)`; `known` is false until the sources have been read once.
 */
export interface CitationSources {
  sources: ReadonlyMap<string, CitedSourceInfo>;
  known: boolean;
  /** Told when a paste brought citations of sources this dossier does not have; they are left out. */
  onForeignCitationsDropped?(count: number): void;
}

export interface CitationOptions {
  /**
   * The page's registry, behind a function: Tiptap deep-copies plain objects in options, and the page
   * changes this one in place.
   */
  registry: () => CitationSources;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation of a source at the cursor (replacing the selection). */
      insertCitation: (sourceId: string) => ReturnType;
    };
  }
}

export const citationNumbersKey = new PluginKey<DecorationSet>('citationNumbers');

interface CitationSpec {
  citationNumber: number;
}

/** The number each citation shows, as node decorations carrying it in their spec. */
function numberDecorations(doc: ProseMirrorNode, registry: CitationSources): DecorationType[] {
  const found: { pos: number; sourceId: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'citation') found.push({ pos, sourceId: String(node.attrs.sourceId) });
    return node.isBlock || node.type.name === 'doc';
  });
  const numbers = numberCitations(found.map((citation) => citation.sourceId));
  return found.map(({ pos, sourceId }, index) => {
    const number = numbers[index] ?? 0;
    const source = registry.sources.get(sourceId);
    const missing = registry.known && !source;
    return Decoration.node(
      pos,
      pos + 1,
      {
        'data-number': String(number),
        title: citationTooltip(number, source),
        'aria-label': source
          ? translate('editor:citationLabel', { number, title: source.title })
          : translate('editor:citationUnknown', { number }),
        class: missing ? 'citation citation-missing' : 'citation',
      },
      { citationNumber: number } satisfies CitationSpec,
    );
  });
}

/** A node decoration's attributes (ProseMirror keeps them on its type). */
function decorationAttrs(decoration: DecorationType): Record<string, string> {
  return (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
}

function sameDecoration(a: DecorationType, b: DecorationType): boolean {
  const first = decorationAttrs(a);
  const second = decorationAttrs(b);
  return (
    a.from === b.from &&
    a.to === b.to &&
    Object.keys(first).length === Object.keys(second).length &&
    Object.keys(first).every((key) => first[key] === second[key])
  );
}

/**
 * The numbers after a change that may renumber: only the citations whose number, title or state changed
 * are replaced, so the decorations of every other block stay the same objects. The view compares those by
 * identity on each keystroke; equal copies would make it compare them in depth, block by block.
 */
function renumbered(previous: DecorationSet, doc: ProseMirrorNode, registry: CitationSources): DecorationSet {
  const next = numberDecorations(doc, registry);
  if (previous === DecorationSet.empty) return DecorationSet.create(doc, next);
  const before = new Map(previous.find().map((decoration) => [decoration.from, decoration]));
  const added: DecorationType[] = [];
  for (const decoration of next) {
    const old = before.get(decoration.from);
    if (old && sameDecoration(old, decoration)) before.delete(decoration.from);
    else added.push(decoration);
  }
  if (added.length === 0 && before.size === 0) return previous;
  return previous.remove([...before.values()]).add(doc, added);
}

function numberFrom(decorations: readonly DecorationType[]): number | undefined {
  for (const decoration of decorations) {
    const spec = decoration.spec as Partial<CitationSpec>;
    if (typeof spec.citationNumber === 'number') return spec.citationNumber;
  }
  return undefined;
}

function holdsCitation(doc: ProseMirrorNode, from: number, to: number): boolean {
  let found = false;
  const end = Math.min(to, doc.content.size);
  if (from >= end) return false;
  doc.nodesBetween(Math.max(0, from), end, (node) => {
    if (found) return false;
    if (node.type.name === 'citation') found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a change may renumber citations: it removed or inserted one, or did something other than
 * replacing ranges (an attribute step). Typing between citations does not; the numbers then only move.
 */
export function touchesCitations(transaction: Transaction): boolean {
  return transaction.steps.some((step, index) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    const before = transaction.docs[index] as ProseMirrorNode;
    const after = transaction.docs[index + 1] ?? transaction.doc;
    let touched = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= holdsCitation(before, oldStart, oldEnd) || holdsCitation(after, newStart, newEnd);
    });
    return touched;
  });
}

/** A fragment without the citations whose source is not known; counts what it left out. */
function withoutForeignCitations(
  fragment: Fragment,
  isKnown: (sourceId: string) => boolean,
  dropped: { count: number },
): Fragment {
  const children: ProseMirrorNode[] = [];
  fragment.forEach((child) => {
    if (child.type.name === 'citation' && !isKnown(String(child.attrs.sourceId))) {
      dropped.count += 1;
      return;
    }
    children.push(
      child.isLeaf ? child : child.copy(withoutForeignCitations(child.content, isKnown, dropped)),
    );
  });
  return Fragment.from(children);
}

/** Numbers the citations (and names their sources) on every change; leaves out pasted foreign citations. */
export function citationNumbersPlugin(registry: CitationSources): Plugin<DecorationSet> {
  return new Plugin({
    key: citationNumbersKey,
    state: {
      init: (_, state) => DecorationSet.create(state.doc, numberDecorations(state.doc, registry)),
      apply: (transaction, previous, _oldState, newState) => {
        const mapped = transaction.docChanged ? previous.map(transaction.mapping, newState.doc) : previous;
        if (
          transaction.getMeta(citationNumbersKey) ||
          (transaction.docChanged && touchesCitations(transaction))
        )
          return renumbered(mapped, newState.doc, registry);
        return mapped;
      },
    },
    props: {
      decorations: (state) => citationNumbersKey.getState(state),
      transformPasted: (slice) => {
        if (!registry.known) return slice;
        const dropped = { count: 0 };
        const content = withoutForeignCitations(slice.content, (id) => registry.sources.has(id), dropped);
        if (dropped.count === 0) return slice;
        registry.onForeignCitationsDropped?.(dropped.count);
        return new Slice(content, slice.openStart, slice.openEnd);
      },
    },
  });
}

export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    const empty: CitationSources = { sources: new Map(), known: false };
    return { registry: () => empty };
  },

  addAttributes() {
    return {
      sourceId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-source-id'),
        renderHTML: (attributes) => ({ 'data-source-id': attributes.sourceId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-citation][data-source-id]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    // What a copy carries to other programs: the source's title, since the number depends on the text.
    const source = this.options.registry().sources.get(String(node.attrs.sourceId));
    return [
      'span',
      mergeAttributes({ 'data-citation': '', class: 'citation' }, HTMLAttributes),
      `[${source?.title ?? 'source'}]`,
    ];
  },

  renderText() {
    // Citations are not words: word counts and plain-text copies leave them out, as the model does.
    return '';
  },

  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('span');
      dom.className = 'citation';
      dom.contentEditable = 'false';
      dom.dataset.citation = '';
      let current = node;
      const render = (decos: readonly DecorationType[]) => {
        dom.dataset.sourceId = String(current.attrs.sourceId);
        const number = numberFrom(decos);
        dom.textContent = number === undefined ? '[?]' : `[${number}]`;
      };
      render(decorations);
      return {
        dom,
        update(updated, updatedDecorations) {
          if (updated.type !== current.type) return false;
          current = updated;
          render(updatedDecorations);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },

  addCommands() {
    return {
      insertCitation:
        (sourceId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { sourceId } }),
    };
  },

  addProseMirrorPlugins() {
    return [citationNumbersPlugin(this.options.registry())];
  },
});

/** Redraws citation numbers and tooltips after the page changed the registry's sources. */
export function refreshCitations(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(citationNumbersKey, true).setMeta('addToHistory', false));
}
