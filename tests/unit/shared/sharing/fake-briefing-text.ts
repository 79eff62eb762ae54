// FAKE briefing-text CRDT, for tests only, until shared/sharing/briefing-state.ts (Yjs) is merged in: a
// replicated list of whole blocks (each with a random id, inserted after another, edited with a version
// number, deleted as a tombstone). Like Yjs it merges edits to different paragraphs and duplicates text
// when two states are built separately from the same JSON. It is NOT the app's implementation.

import type { BlockNode, RichTextDoc } from '../../../../shared/model';
import type { BriefingState, BriefingText } from '../../../../shared/sharing';

interface FakeBlock {
  id: string;
  after: string | null;
  node: BlockNode;
  version: number;
  deleted: boolean;
}

const encode = (blocks: FakeBlock[]): BriefingState => new TextEncoder().encode(JSON.stringify(blocks));
const decode = (state: BriefingState): FakeBlock[] => JSON.parse(new TextDecoder().decode(state));
const json = (value: unknown) => JSON.stringify(value);

function ordered(blocks: FakeBlock[]): FakeBlock[] {
  const children = new Map<string | null, FakeBlock[]>();
  for (const block of blocks) children.set(block.after, [...(children.get(block.after) ?? []), block]);
  const out: FakeBlock[] = [];
  const visit = (parent: string | null) => {
    for (const child of (children.get(parent) ?? []).sort((a, b) => (a.id < b.id ? 1 : -1))) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return out;
}

const visible = (blocks: FakeBlock[]) => ordered(blocks).filter((block) => !block.deleted);

function create(content: RichTextDoc): BriefingState {
  let after: string | null = null;
  return encode(
    content.content.map((node) => {
      const block: FakeBlock = { id: crypto.randomUUID(), after, node, version: 0, deleted: false };
      after = block.id;
      return block;
    }),
  );
}

function update(state: BriefingState, content: RichTextDoc): BriefingState {
  const blocks = decode(state);
  const old = visible(blocks);
  const next = content.content;
  let head = 0;
  while (head < old.length && head < next.length && json(old[head]?.node) === json(next[head])) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.length - head &&
    json(old[old.length - 1 - tail]?.node) === json(next[next.length - 1 - tail])
  )
    tail++;
  const oldMiddle = old.slice(head, old.length - tail);
  const newMiddle = next.slice(head, next.length - tail);
  let after = head > 0 ? (old[head - 1] as FakeBlock).id : null;
  newMiddle.forEach((node, at) => {
    const reused = oldMiddle[at];
    if (reused) {
      reused.node = node;
      reused.version++;
      after = reused.id;
    } else {
      const block: FakeBlock = { id: crypto.randomUUID(), after, node, version: 0, deleted: false };
      blocks.push(block);
      after = block.id;
    }
  });
  for (const removed of oldMiddle.slice(newMiddle.length)) removed.deleted = true;
  return encode(blocks);
}

function merge(mine: BriefingState, theirs: BriefingState): BriefingState {
  const byId = new Map(decode(mine).map((block) => [block.id, block]));
  for (const block of decode(theirs)) {
    const kept = byId.get(block.id);
    if (!kept) byId.set(block.id, block);
    else {
      const newer =
        block.version > kept.version ||
        (block.version === kept.version && json(block.node) > json(kept.node));
      byId.set(block.id, { ...(newer ? block : kept), deleted: kept.deleted || block.deleted });
    }
  }
  return encode([...byId.values()]);
}

function contentOf(state: BriefingState): RichTextDoc {
  return { type: 'doc', content: visible(decode(state)).map((block) => block.node) };
}

export const fakeBriefingText: BriefingText = {
  createBriefingState: create,
  updateBriefingState: update,
  briefingContentOf: contentOf,
  mergeBriefingStates: merge,
  briefingStateMatches: (state, content) => json(contentOf(state)) === json(content),
};
