// Properties: whatever the briefing and whatever the edits, an updated state says exactly what the JSON
// says, and two officers' copies merge to the same text whichever is called "mine", losing no one's words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forEachNode,
  parseRichText,
  plainTextOf,
  type RichTextDoc,
  type TextNode,
} from '../../../../shared/model';
import {
  briefingContentOf,
  briefingStateMatches,
  createBriefingState,
  mergeBriefingStates,
  updateBriefingState,
} from '../../../../shared/sharing/briefing-state';
import { richText } from '../package/dossier-arbitrary';

const SOURCE_IDS = ['src-1', 'src-2'];
const IMAGE_IDS = ['b'.repeat(64)];

/** Any briefing the model accepts, any Unicode included (astral, combining, lone surrogates, markup). */
const briefing = richText(SOURCE_IDS, IMAGE_IDS).map((json) => parseRichText(json) as RichTextDoc);

/** Where to type: which text node (modulo their count) and where in it (modulo its length). */
const typing = fc.array(fc.record({ node: fc.nat(), at: fc.nat(), bold: fc.boolean() }), {
  minLength: 1,
  maxLength: 4,
});

/** The briefing with a word typed at each place; the words are unique, so each can be looked for later. */
function typed(doc: RichTextDoc, places: { node: number; at: number; bold: boolean }[], officer: string) {
  const copy = structuredClone(doc);
  const texts: TextNode[] = [];
  forEachNode(copy, (node) => {
    if (node.type === 'text') texts.push(node);
  });
  // Places are taken in the text as shared, and typed from the end back, so no word lands inside another.
  const typing = places.map((place, index) => {
    const node = texts[place.node % Math.max(texts.length, 1)];
    let at = node ? place.at % (node.text.length + 1) : 0;
    // Never between the halves of a surrogate pair: that would be a character no one can type.
    if (node && at > 0 && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(node.text.slice(at - 1, at + 1))) at -= 1;
    return { node, at, bold: place.bold, word: `[${officer}${index}]` };
  });
  for (const { node, at, bold, word } of [...typing].sort((x, y) => y.at - x.at)) {
    if (!node) continue;
    node.text = `${node.text.slice(0, at)}${word}${node.text.slice(at)}`;
    if (bold && !node.marks?.some((mark) => mark.type === 'bold')) {
      node.marks = [...(node.marks ?? []), { type: 'bold' }];
    }
  }
  const words = typing.map(({ word }) => word);
  return { doc: parseRichText(copy), words: texts.length > 0 ? words : [] };
}

describe('briefing state properties', () => {
  it('holds exactly the text it was made from or last updated to', () => {
    fc.assert(
      fc.property(briefing, briefing, briefing, (first, second, third) => {
        const made = createBriefingState(first);
        expect(briefingStateMatches(made, first)).toBe(true);
        const updated = updateBriefingState(made, second);
        expect(briefingStateMatches(updated, second)).toBe(true);
        expect(briefingStateMatches(updateBriefingState(updated, third), third)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('merges two rewrites of one ancestor to the same valid briefing both ways', () => {
    fc.assert(
      fc.property(briefing, briefing, briefing, (ancestor, mine, theirs) => {
        const shared = createBriefingState(ancestor);
        const a = updateBriefingState(shared, mine);
        const b = updateBriefingState(shared, theirs);
        const merged = briefingContentOf(mergeBriefingStates(a, b));
        expect(briefingContentOf(mergeBriefingStates(b, a))).toEqual(merged);
        // Merging again what is already in is no change.
        expect(briefingContentOf(mergeBriefingStates(mergeBriefingStates(a, b), b))).toEqual(merged);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every word both officers typed into the text they shared', () => {
    fc.assert(
      fc.property(briefing, typing, typing, (ancestor, minePlaces, theirPlaces) => {
        const shared = createBriefingState(ancestor);
        const mine = typed(ancestor, minePlaces, 'A');
        const theirs = typed(ancestor, theirPlaces, 'B');
        const merged = plainTextOf(
          briefingContentOf(
            mergeBriefingStates(
              updateBriefingState(shared, mine.doc),
              updateBriefingState(shared, theirs.doc),
            ),
          ),
        );
        for (const word of [...mine.words, ...theirs.words]) expect(merged.split(word)).toHaveLength(2);
        // And nothing else came twice: the shared text plus the typed words, no more.
        const typedLength = [...mine.words, ...theirs.words].join('').length;
        expect(merged.length).toBe(plainTextOf(ancestor).length + typedLength);
      }),
      { numRuns: 150 },
    );
  });
});
