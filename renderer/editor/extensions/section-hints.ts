// The template's hints as placeholders: an empty paragraph right under a section heading shows what the
// section is for, in grey, never as text of the briefing. An empty briefing invites writing. A change
// looks again only at the top-level blocks it touched and the one after each.

import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { translate } from '../../i18n';

export interface SectionHintsOptions {
  /** Template section title → its hint. */
  hints: ReadonlyMap<string, string>;
}

/** What an empty briefing invites, in the interface language. */
export function emptyBriefingHint(): string {
  return translate('editor:emptyHint');
}

/** The placeholder of the top-level block at `index`, if it is an empty paragraph that has one. */
export function sectionHintAt(
  doc: ProseMirrorNode,
  index: number,
  hints: ReadonlyMap<string, string>,
): string {
  const node = doc.maybeChild(index);
  if (node?.type.name !== 'paragraph' || node.childCount > 0) return '';
  if (doc.childCount === 1) return emptyBriefingHint();
  const previous = index > 0 ? doc.child(index - 1) : undefined;
  if (previous?.type.name !== 'heading') return '';
  return hints.get(previous.textContent.trim()) ?? '';
}

/** The hint decorations of the top-level blocks `from` to `to` (indexes, both included). */
function hintDecorations(
  doc: ProseMirrorNode,
  hints: ReadonlyMap<string, string>,
  from = 0,
  to = doc.childCount - 1,
): Decoration[] {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    if (index < from || index > to) return;
    const hint = sectionHintAt(doc, index, hints);
    if (hint) {
      decorations.push(
        Decoration.node(offset, offset + node.nodeSize, { class: 'is-empty', 'data-placeholder': hint }),
      );
    }
  });
  return decorations;
}

/** The range of the new document a transaction changed, or undefined if its steps say none. */
function changedRange(transaction: Transaction): { from: number; to: number } | undefined {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  transaction.mapping.maps.forEach((map, index) => {
    const rest = transaction.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  return from <= to ? { from, to } : undefined;
}

/** The hints after a change: those of untouched blocks moved along, the touched blocks looked at again. */
export function nextSectionHints(
  transaction: Transaction,
  previous: DecorationSet,
  hints: ReadonlyMap<string, string>,
): DecorationSet {
  const doc = transaction.doc;
  if (!transaction.docChanged) return previous;
  const range = changedRange(transaction);
  // A briefing of one block or two shows the empty-briefing hint or loses it: look at all of it.
  if (!range || doc.childCount <= 2 || transaction.before.childCount <= 2) {
    return DecorationSet.create(doc, hintDecorations(doc, hints));
  }
  const size = doc.content.size;
  const first = doc.resolve(Math.min(Math.max(0, range.from), size)).index(0);
  // A block's hint depends on the block before it, so the one after the change is looked at too.
  const last = Math.min(doc.childCount - 1, doc.resolve(Math.min(Math.max(0, range.to), size)).index(0) + 1);
  const start = doc.resolve(0).posAtIndex(first, 0);
  const end = doc.resolve(0).posAtIndex(last + 1, 0);
  const mapped = previous.map(transaction.mapping, doc);
  // Inside the bounds, so the blocks just before and after (which touch them) keep theirs.
  return mapped.remove(mapped.find(start + 1, end - 1)).add(doc, hintDecorations(doc, hints, first, last));
}

export const sectionHintsKey = new PluginKey<DecorationSet>('sectionHints');

/** Keeps the hints as decorations, looking again after each change only where it touched. */
export function sectionHintsPlugin(hints: ReadonlyMap<string, string>): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: sectionHintsKey,
    state: {
      init: (_, state) => DecorationSet.create(state.doc, hintDecorations(state.doc, hints)),
      apply: (transaction, previous) => nextSectionHints(transaction, previous, hints),
    },
    props: {
      decorations: (state) => sectionHintsKey.getState(state),
    },
  });
}

export const SectionHints = Extension.create<SectionHintsOptions>({
  name: 'sectionHints',

  addOptions() {
    return { hints: new Map() };
  },

  addProseMirrorPlugins() {
    return [sectionHintsPlugin(this.options.hints)];
  },
});
