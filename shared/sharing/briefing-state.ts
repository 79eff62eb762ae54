// A briefing's text as Yjs state (the layout y-prosemirror binds to): made once per briefing, carried in
// the package beside its JSON, edited in small steps and merged with a colleague's copy without questions.

import * as Y from 'yjs';
import type { RichTextDoc } from '../model/rich-text';
import { damagedState, loadBriefingDoc, readBriefingContent } from './briefing-state-read';
import { BRIEFING_FRAGMENT, nodeKey, wellFormedDoc } from './briefing-state-shape';
import { updateContent, writeNewContent } from './briefing-state-write';
import { SharingError } from './sharing-error';

export { BRIEFING_FRAGMENT } from './briefing-state-shape';

/** Yjs update bytes (Y.encodeStateAsUpdate) holding one briefing's text. */
export type BriefingState = Uint8Array;

function withDoc<T>(state: BriefingState, use: (doc: Y.Doc) => T): T {
  const doc = loadBriefingDoc(state);
  try {
    return use(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Made ONCE per briefing (when it is created, or first packed/imported from plain JSON). Two states made
 * from the same JSON share no history, and Yjs merges them by keeping both texts one after the other.
 */
export function createBriefingState(content: RichTextDoc): BriefingState {
  const doc = new Y.Doc();
  try {
    doc.transact(() => writeNewContent(doc.getXmlFragment(BRIEFING_FRAGMENT), wellFormedDoc(content)));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The state with the smallest changes applied that make its text equal `content`; continues the same
 * history (never rebuilds from JSON), so a colleague's copy merges without duplicating anything. Returns
 * `state` itself when the text already is `content`.
 */
export function updateBriefingState(state: BriefingState, content: RichTextDoc): BriefingState {
  return withDoc(state, (doc) => {
    let changed = false;
    doc.on('update', () => {
      changed = true;
    });
    // Only a state that reads as a briefing is edited: the edit then starts from what its text says.
    readBriefingContent(doc);
    doc.transact(() => updateContent(doc.getXmlFragment(BRIEFING_FRAGMENT), wellFormedDoc(content)));
    return changed ? Y.encodeStateAsUpdate(doc) : state;
  });
}

/** The text a state holds, as the model's canonical rich text. */
export function briefingContentOf(state: BriefingState): RichTextDoc {
  return withDoc(state, readBriefingContent);
}

function clientsOf(doc: Y.Doc): Set<number> {
  return new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
}

/**
 * True when two states descend from one made by createBriefingState: they share the changes of at least
 * one writer. Unrelated states are what the duplication trap looks like (yjs/yjs-demos#16).
 */
export function briefingStatesRelated(a: BriefingState, b: BriefingState): boolean {
  return withDoc(a, (docA) =>
    withDoc(b, (docB) => {
      const clientsOfB = clientsOf(docB);
      return [...clientsOf(docA)].some((client) => clientsOfB.has(client));
    }),
  );
}

/**
 * Both sides' edits: the CRDT merge of two states of the same briefing. The same whichever side is `mine`.
 * Refuses (BRIEFING_STATES_UNRELATED) two states without common history, whose merge would hold every
 * paragraph twice.
 */
export function mergeBriefingStates(mine: BriefingState, theirs: BriefingState): BriefingState {
  return withDoc(mine, (doc) => {
    const mineClients = clientsOf(doc);
    const related = withDoc(theirs, (theirDoc) => [...clientsOf(theirDoc)].some((c) => mineClients.has(c)));
    if (!related) {
      throw new SharingError(
        'BRIEFING_STATES_UNRELATED',
        'These two copies of the briefing do not come from the same shared copy, so their texts cannot be merged paragraph by paragraph. Keep both briefings and compare them by eye.',
      );
    }
    try {
      Y.applyUpdate(doc, theirs);
    } catch (error) {
      throw damagedState('it cannot be merged', error);
    }
    // The merged text must still be a briefing the model accepts (within its limits) before it is kept.
    readBriefingContent(doc);
    return Y.encodeStateAsUpdate(doc);
  });
}

/** True when the state's text equals `content` (a package whose CRDT state and JSON disagree is refused). */
export function briefingStateMatches(state: BriefingState, content: RichTextDoc): boolean {
  return nodeKey(wellFormedDoc(briefingContentOf(state))) === nodeKey(wellFormedDoc(content));
}
