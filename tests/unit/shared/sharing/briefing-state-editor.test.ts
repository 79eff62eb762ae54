// The state shared/sharing writes is the one the editor's collaboration binding reads and writes: checked
// against y-prosemirror itself with the editor's own schema (a dev dependency; shared/ never imports it).

import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { briefingExtensions } from '../../../../renderer/editor/briefing-extensions';
import { canonicalBriefingDoc } from '../../../../renderer/editor/canonical-doc';
import { plainTextOf } from '../../../../shared/model';
import {
  BRIEFING_FRAGMENT,
  briefingContentOf,
  createBriefingState,
  mergeBriefingStates,
  updateBriefingState,
} from '../../../../shared/sharing/briefing-state';
import { docOf, FULL_BRIEFING } from './briefing-fixtures';

const schema = getSchema(
  briefingExtensions({ citations: { numberOf: () => undefined } as never, resolveImageUrl: async () => '' }),
);

function docOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

describe('briefing state and the editor binding (y-prosemirror)', () => {
  it('opens a state we made as the same document in the editor’s schema', () => {
    const doc = docOfState(createBriefingState(FULL_BRIEFING));
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BRIEFING_FRAGMENT), schema);
    expect(canonicalBriefingDoc(node.toJSON())).toEqual(FULL_BRIEFING);
  });

  it('reads a state y-prosemirror made from the editor’s document, and finds nothing to change in it', () => {
    const editorJson = schema.nodeFromJSON(FULL_BRIEFING).toJSON();
    const state = Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(schema, editorJson, BRIEFING_FRAGMENT));
    expect(briefingContentOf(state)).toEqual(FULL_BRIEFING);
    expect(updateBriefingState(state, FULL_BRIEFING)).toBe(state);
  });

  it('merges an edit typed through the binding with a colleague’s edit made by updateBriefingState', () => {
    const shared = createBriefingState(
      docOf('First paragraph, drafted by A.', 'Last paragraph, drafted by A.'),
    );
    // Officer A edits in the editor: the binding writes the document it holds into the fragment.
    const inEditor = docOfState(shared);
    const edited = schema.nodeFromJSON(
      docOf('First paragraph, drafted by A.', 'Last paragraph, revised by A.'),
    );
    updateYFragment(inEditor, inEditor.getXmlFragment(BRIEFING_FRAGMENT), edited, {
      mapping: new Map(),
      isOMark: new Map(),
    });
    // Officer B's copy came through a package: JSON edited, state updated from it.
    const theirs = updateBriefingState(
      shared,
      docOf('First paragraph, reworded by B.', 'Last paragraph, drafted by A.'),
    );

    const merged = briefingContentOf(mergeBriefingStates(Y.encodeStateAsUpdate(inEditor), theirs));
    expect(plainTextOf(merged)).toBe('First paragraph, reworded by B.\nLast paragraph, revised by A.');
    // And the editor opens the merge as it is.
    const reopened = docOfState(mergeBriefingStates(theirs, Y.encodeStateAsUpdate(inEditor)));
    const node = yXmlFragmentToProseMirrorRootNode(reopened.getXmlFragment(BRIEFING_FRAGMENT), schema);
    expect(canonicalBriefingDoc(node.toJSON())).toEqual(merged);
  });
});
