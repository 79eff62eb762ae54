// The template's hints as placeholders: an empty paragraph right under a section heading shows what the
// section is for, in grey, never as text of the briefing. An empty briefing invites writing.

import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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

export const SectionHints = Extension.create<SectionHintsOptions>({
  name: 'sectionHints',

  addOptions() {
    return { hints: new Map() };
  },

  addProseMirrorPlugins() {
    const hints = this.options.hints;
    return [
      new Plugin({
        key: new PluginKey('sectionHints'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            state.doc.forEach((node, offset, index) => {
              const hint = sectionHintAt(state.doc, index, hints);
              if (hint) {
                decorations.push(
                  Decoration.node(offset, offset + node.nodeSize, {
                    class: 'is-empty',
                    'data-placeholder': hint,
                  }),
                );
              }
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
