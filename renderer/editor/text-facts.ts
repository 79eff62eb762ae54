// The word count and citation numbers of the text in the editor, counted block by block with the model's
// rules (`wordCount`, `numberCitations`). A top-level block an edit did not touch is the very same
// ProseMirror node as before, so its count is remembered rather than redone: a count costs the edit.

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { citedSourceIds, numberCitations, type RichTextDoc, wordCount } from '../../shared/model';

export interface TextFacts {
  words: number;
  /** Each cited source's number, in order of first citation. */
  numbers: ReadonlyMap<string, number>;
}

interface BlockFacts {
  words: number;
  /** Sources cited in the block, in order of first citation there. */
  cited: readonly string[];
}

const counted = new WeakMap<ProseMirrorNode, BlockFacts>();

function blockFacts(block: ProseMirrorNode): BlockFacts {
  let facts = counted.get(block);
  if (!facts) {
    // Words never run across top-level blocks (the model puts each on its own lines), so counts add up.
    const alone = { type: 'doc', content: [block.toJSON()] } as RichTextDoc;
    facts = { words: wordCount(alone), cited: citedSourceIds(alone) };
    counted.set(block, facts);
  }
  return facts;
}

/** Words and citation numbers of an editor document, as the model counts them in its JSON. */
export function textFactsOf(doc: ProseMirrorNode): TextFacts {
  let words = 0;
  const cited: string[] = [];
  doc.forEach((block) => {
    const facts = blockFacts(block);
    words += facts.words;
    cited.push(...facts.cited);
  });
  const numbers = numberCitations(cited);
  return { words, numbers: new Map(cited.map((sourceId, index) => [sourceId, numbers[index] ?? 0])) };
}
