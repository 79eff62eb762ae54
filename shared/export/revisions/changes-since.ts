// A briefing compared with one of its saved versions, as the content to export with Word revisions: blocks
// only in the version come back marked deleted, blocks only in the current text marked inserted, and a
// paragraph or heading changed in place is merged word by word. The marks live beside the nodes (a WeakMap),
// so every block renderer stays as it is and only the run writer asks whether its text is a revision.

import { diffArrays } from 'diff';
import type { BlockNode, InlineNode, RichTextDoc, TextNode } from '../../model';

export type RevisionKind = 'inserted' | 'deleted';

export interface ChangesSince {
  /** The blocks to export: the current text with the version's removed blocks and words put back. */
  readonly content: BlockNode[];
  /** Which text nodes of `content` are insertions or deletions; the rest is unchanged. */
  readonly revisions: WeakMap<TextNode, RevisionKind>;
  readonly insertions: number;
  readonly deletions: number;
}

/** Paragraphs sharing less than this share of their words read better as one deleted and one inserted. */
const SIMILAR_ENOUGH = 0.4;

const blockKey = (block: BlockNode) => JSON.stringify(block);

/** Words with the spaces after them, each carrying its run's marks; a break or citation is one token. */
function inlineTokens(content: readonly InlineNode[] | undefined): InlineNode[] {
  const tokens: InlineNode[] = [];
  for (const node of content ?? []) {
    if (node.type !== 'text') {
      tokens.push(node);
      continue;
    }
    for (const word of node.text.match(/^\s+|\S+\s*/g) ?? []) {
      tokens.push(
        node.marks ? { type: 'text', text: word, marks: node.marks } : { type: 'text', text: word },
      );
    }
  }
  return tokens;
}

/** Tokens compare by their words (not the spaces after them) and marks, so a doubled space is no change. */
const tokenKey = (node: InlineNode) =>
  node.type === 'text'
    ? `${node.text.trimEnd()}\u0000${JSON.stringify(node.marks ?? [])}`
    : JSON.stringify(node);

class RevisionBuilder {
  readonly revisions = new WeakMap<TextNode, RevisionKind>();
  insertions = 0;
  deletions = 0;

  /** The inline content with its text marked as `kind`; a deleted citation is left out, as its note is gone. */
  markInline(content: readonly InlineNode[] | undefined, kind: RevisionKind): InlineNode[] {
    const marked: InlineNode[] = [];
    for (const node of content ?? []) {
      if (node.type === 'citation' && kind === 'deleted') continue;
      if (node.type === 'text') {
        const copy: TextNode = { ...node };
        this.revisions.set(copy, kind);
        marked.push(copy);
      } else marked.push(node);
    }
    return marked;
  }

  /** A whole block inserted or deleted, every text in it marked; a deleted heading drops to a paragraph so the
   * headings that stay keep their numbers and the contents do not list it. */
  markBlock(block: BlockNode, kind: RevisionKind): BlockNode {
    if (kind === 'inserted') this.insertions += 1;
    else this.deletions += 1;
    return this.markDeep(block, kind);
  }

  private markDeep<T extends BlockNode>(block: T, kind: RevisionKind): BlockNode {
    switch (block.type) {
      case 'paragraph':
        return { type: 'paragraph', content: this.markInline(block.content, kind) };
      case 'heading':
        return kind === 'deleted'
          ? { type: 'paragraph', content: this.markInline(block.content, kind) }
          : { ...block, content: this.markInline(block.content, kind) };
      case 'bulletList':
      case 'orderedList':
        return {
          ...block,
          content: block.content.map((item) => ({
            ...item,
            content: item.content.map((child) => this.markDeep(child, kind)),
          })),
        } as BlockNode;
      case 'blockquote':
        return { ...block, content: block.content.map((child) => this.markDeep(child, kind)) };
      case 'table':
        return {
          ...block,
          content: block.content.map((row) => ({
            ...row,
            content: row.content.map((cell) => ({
              ...cell,
              content: cell.content.map((child) => this.markDeep(child, kind)),
            })),
          })),
        };
      case 'image':
        return block;
    }
  }

  /** A paragraph or heading changed in place: its words diffed, kept words plain, the others marked. */
  mergeInline(before: readonly InlineNode[] | undefined, after: readonly InlineNode[] | undefined) {
    const merged: InlineNode[] = [];
    const changes = diffArrays(inlineTokens(before), inlineTokens(after), {
      comparator: (left, right) => tokenKey(left) === tokenKey(right),
    });
    for (const change of changes) {
      if (change.added) {
        this.insertions += 1;
        merged.push(...this.markInline(change.value, 'inserted'));
      } else if (change.removed) {
        this.deletions += 1;
        merged.push(...this.markInline(change.value, 'deleted'));
      } else merged.push(...change.value);
    }
    return merged;
  }
}

function words(block: BlockNode): string[] {
  if (block.type !== 'paragraph' && block.type !== 'heading') return [];
  return inlineTokens(block.content).map(tokenKey);
}

/** Whether `before` became `after` by an edit, rather than being replaced by another block. */
function editedInPlace(before: BlockNode, after: BlockNode): boolean {
  if (before.type !== after.type) return false;
  if (before.type === 'heading' && after.type === 'heading' && before.attrs.level !== after.attrs.level) {
    return false;
  }
  if (before.type !== 'paragraph' && before.type !== 'heading') return false;
  const old = words(before);
  const now = words(after);
  const longest = Math.max(old.length, now.length);
  if (longest === 0) return true;
  let shared = 0;
  for (const change of diffArrays(old, now))
    if (!change.added && !change.removed) shared += change.value.length;
  return shared / longest >= SIMILAR_ENOUGH;
}

/**
 * The current text `after` with its differences from the saved `before` as revisions. Blocks are matched
 * whole first (Myers' diff over the blocks), so a long briefing with a few edits costs little; a run of removed
 * blocks followed by added ones is paired block by block where a block was edited rather than replaced.
 */
export function changesSince(before: RichTextDoc, after: RichTextDoc): ChangesSince {
  const builder = new RevisionBuilder();
  const content: BlockNode[] = [];
  const changes = diffArrays(before.content.map(blockKey), after.content.map(blockKey));
  let oldAt = 0;
  let newAt = 0;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index] as (typeof changes)[number];
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      content.push(...after.content.slice(newAt, newAt + count));
      oldAt += count;
      newAt += count;
      continue;
    }
    const removed = change.removed ? before.content.slice(oldAt, oldAt + count) : [];
    if (change.removed) oldAt += count;
    let added: BlockNode[] = [];
    const next = changes[index + 1];
    if (change.added) {
      added = after.content.slice(newAt, newAt + count);
      newAt += count;
    } else if (next?.added) {
      const nextCount = next.count ?? next.value.length;
      added = after.content.slice(newAt, newAt + nextCount);
      newAt += nextCount;
      index += 1;
    }
    pairEdits(removed, added, builder, content);
  }
  return {
    content,
    revisions: builder.revisions,
    insertions: builder.insertions,
    deletions: builder.deletions,
  };
}

/** Removed and added blocks in the order a reader expects: an edited block once, merged; others each whole. */
function pairEdits(
  removed: readonly BlockNode[],
  added: readonly BlockNode[],
  builder: RevisionBuilder,
  content: BlockNode[],
): void {
  let addedAt = 0;
  for (const old of removed) {
    const match = added.findIndex((block, at) => at >= addedAt && editedInPlace(old, block));
    if (match === -1) {
      content.push(builder.markBlock(old, 'deleted'));
      continue;
    }
    for (; addedAt < match; addedAt += 1)
      content.push(builder.markBlock(added[addedAt] as BlockNode, 'inserted'));
    const now = added[match] as BlockNode & { content?: InlineNode[] };
    const merged = builder.mergeInline((old as { content?: InlineNode[] }).content, now.content);
    content.push({ ...now, content: merged } as BlockNode);
    addedAt = match + 1;
  }
  for (; addedAt < added.length; addedAt += 1)
    content.push(builder.markBlock(added[addedAt] as BlockNode, 'inserted'));
}
