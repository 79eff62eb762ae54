import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRichText, plainTextOf, type RichTextDoc } from '../../../../shared/model';
import {
  BRIEFING_FRAGMENT,
  briefingContentOf,
  briefingStateMatches,
  briefingStatesRelated,
  createBriefingState,
  mergeBriefingStates,
  updateBriefingState,
} from '../../../../shared/sharing/briefing-state';
import { SharingError } from '../../../../shared/sharing/sharing-error';
import { docOf, FULL_BRIEFING, IMAGE_ID, markedParagraph, paragraph } from './briefing-fixtures';

function damagedCodeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof SharingError) return error.code;
    throw error;
  }
  throw new Error('expected a SharingError');
}

/** Paragraph texts of a document, in order. */
function paragraphsOf(doc: RichTextDoc): string[] {
  return plainTextOf(doc).split('\n');
}

describe('briefing state: the Y structure', () => {
  it('gives back every node and mark of the model, in en/fr/de/ar, after create → content', () => {
    expect(briefingContentOf(createBriefingState(FULL_BRIEFING))).toEqual(FULL_BRIEFING);
  });

  it('lays the text out as y-prosemirror does: elements named after node types, marks as text formatting', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createBriefingState(FULL_BRIEFING));
    const fragment = doc.getXmlFragment(BRIEFING_FRAGMENT);
    const blocks = fragment.toArray() as Y.XmlElement[];
    expect(blocks.map((block) => block.nodeName).slice(0, 3)).toEqual(['heading', 'paragraph', 'heading']);
    expect(blocks[0]?.getAttribute('level')).toBe(1);
    // Text and inline atoms side by side in the paragraph; marks are attributes, bold's attrs an empty object.
    const inline = (blocks[1] as Y.XmlElement).toArray();
    expect(
      inline.map((child) => (child instanceof Y.XmlText ? 'text' : (child as Y.XmlElement).nodeName)),
    ).toEqual(['text', 'citation', 'text', 'hardBreak', 'text']);
    expect((inline[0] as Y.XmlText).toDelta()[1]).toEqual({ insert: 'Monday', attributes: { bold: {} } });
    expect((inline[0] as Y.XmlText).toDelta()[3].attributes.link).toEqual({
      href: 'https://example.org/port',
    });
    // Null attributes are left out; arrays are kept as they are.
    const image = blocks.find((block) => block.nodeName === 'image');
    expect(image?.getAttributes()).toEqual({ attachmentId: IMAGE_ID, alt: 'Port of Tanger Med', width: 640 });
    const table = blocks.find((block) => block.nodeName === 'table') as Y.XmlElement;
    const header = ((table.get(0) as Y.XmlElement).get(1) as Y.XmlElement).getAttributes();
    expect(header).toEqual({ colspan: 2, rowspan: 1, colwidth: [80, 140] });
  });

  it('reads a state written by the editor binding, whose link marks carry attributes the model drops', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(BRIEFING_FRAGMENT);
    const block = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.applyDelta([
      { insert: 'see ', attributes: {} },
      {
        insert: 'the note',
        attributes: { italic: {}, link: { href: 'https://example.org', target: null, rel: 'nofollow' } },
      },
    ]);
    block.insert(0, [text]);
    const list = new Y.XmlElement('orderedList');
    list.setAttribute('start', 1 as never);
    list.setAttribute('type', 'a');
    const item = new Y.XmlElement('listItem');
    const inner = new Y.XmlElement('paragraph');
    item.insert(0, [inner]);
    list.insert(0, [item]);
    fragment.insert(0, [block, list]);
    const expected: RichTextDoc = {
      type: 'doc',
      content: [
        // In the editor's order of marks (link first), whatever order they were stored in.
        markedParagraph('see ', 'the note', [
          { type: 'link', attrs: { href: 'https://example.org' } },
          { type: 'italic' },
        ]),
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    };
    const state = Y.encodeStateAsUpdate(doc);
    expect(briefingContentOf(state)).toEqual(expected);
    // Its own attributes are no change to the model, so nothing is written over them.
    expect(updateBriefingState(state, expected)).toBe(state);
  });
});

describe('briefing state: two officers, one shared ancestor', () => {
  const ancestor = docOf(
    'Summary: the talks resumed on Monday.',
    'Background: the port agreement of 2019.',
    'The customs question remains open.',
    'Fisheries were not discussed.',
    'Next steps: a second round in Tangier.',
    'Assessment: cautious optimism.',
  );

  it('merges A’s edit to paragraph 1 and B’s edit to paragraph 5 (and B’s new paragraph) without duplicating any', () => {
    const shared = createBriefingState(ancestor);
    const mineDoc = docOf(
      'Summary: the talks resumed on Monday after a year.',
      ...paragraphsOf(ancestor).slice(1),
    );
    const theirsDoc = docOf(
      ...paragraphsOf(ancestor).slice(0, 4),
      'Next steps: a second round in Tangier in May.',
      'Added by the liaison office: the envoy returns on Friday.',
      'Assessment: cautious optimism.',
    );
    const mine = updateBriefingState(shared, mineDoc);
    const theirs = updateBriefingState(shared, theirsDoc);

    const oneWay = briefingContentOf(mergeBriefingStates(mine, theirs));
    const otherWay = briefingContentOf(mergeBriefingStates(theirs, mine));
    expect(oneWay).toEqual(otherWay);
    expect(paragraphsOf(oneWay)).toEqual([
      'Summary: the talks resumed on Monday after a year.',
      'Background: the port agreement of 2019.',
      'The customs question remains open.',
      'Fisheries were not discussed.',
      'Next steps: a second round in Tangier in May.',
      'Added by the liaison office: the envoy returns on Friday.',
      'Assessment: cautious optimism.',
    ]);
  });

  it('keeps both officers’ edits to different words of the same paragraph', () => {
    const shared = createBriefingState(docOf('The minister met the envoy in Rabat on Monday.'));
    const mine = updateBriefingState(shared, docOf('The foreign minister met the envoy in Rabat on Monday.'));
    const theirs = updateBriefingState(shared, docOf('The minister met the envoy in Rabat on Tuesday.'));
    expect(paragraphsOf(briefingContentOf(mergeBriefingStates(mine, theirs)))).toEqual([
      'The foreign minister met the envoy in Rabat on Tuesday.',
    ]);
  });

  it('keeps words both officers typed at the same place whole, one after the other', () => {
    const cases = [
      {
        shared: 'The envoy met the minister.',
        mine: 'The new envoy met the minister.',
        theirs: 'The senior envoy met the minister.',
        // Which comes first depends on the writers' random ids; that neither is cut into the other does not.
        either: ['The new senior envoy met the minister.', 'The senior new envoy met the minister.'],
      },
      {
        shared: 'Talks resumed on Monday.',
        mine: 'Talks resumed on Monday and Tuesday.',
        theirs: 'Talks resumed on Monday, as planned.',
        either: [
          'Talks resumed on Monday and Tuesday, as planned.',
          'Talks resumed on Monday, as planned and Tuesday.',
        ],
      },
    ];
    for (const { shared, mine, theirs, either } of cases) {
      const ancestor = createBriefingState(docOf(shared));
      const merged = mergeBriefingStates(
        updateBriefingState(ancestor, docOf(mine)),
        updateBriefingState(ancestor, docOf(theirs)),
      );
      expect(either).toContain(plainTextOf(briefingContentOf(merged)));
    }
  });

  it('keeps a word whole when the other officer typed into the word beside it, whatever their ids', () => {
    // Found by the property test: "TABLE" edited into "TA[B0]B[B1]LE" once kept the old "B" as the one
    // inside "[B0]", so a colleague's "[A0]" typed before it could land inside "[B0]", for one writer in two.
    for (let trial = 0; trial < 24; trial++) {
      const ancestor = createBriefingState(docOf('"; DROP TABLE sources; --'));
      const merged = plainTextOf(
        briefingContentOf(
          mergeBriefingStates(
            updateBriefingState(ancestor, docOf('"; DROP TA[A0]BLE sources; --')),
            updateBriefingState(ancestor, docOf('"; DROP TA[B0]B[B1]L[B2]E sources; --')),
          ),
        ),
      );
      for (const word of ['[A0]', '[B0]', '[B1]', '[B2]']) expect(merged.split(word), merged).toHaveLength(2);
    }
  });

  it('keeps an edit inside a nested list next to an edit of a table cell', () => {
    const shared = createBriefingState(FULL_BRIEFING);
    const mine = structuredClone(FULL_BRIEFING);
    // A: rewords the nested list item "Quotas für die Nordsee".
    const nested = JSON.stringify(mine).replace(
      'Quotas für die Nordsee',
      'Quotas für die Nordsee und Ostsee',
    );
    const theirs = JSON.stringify(FULL_BRIEFING).replace(
      '"text":"Le Monde"',
      '"text":"Le Monde diplomatique"',
    );
    const merged = briefingContentOf(
      mergeBriefingStates(
        updateBriefingState(shared, JSON.parse(nested)),
        updateBriefingState(shared, JSON.parse(theirs)),
      ),
    );
    const text = plainTextOf(merged);
    expect(text).toContain('Quotas für die Nordsee und Ostsee');
    expect(text).toContain('Le Monde diplomatique');
    expect(text.match(/Fisheries/g)).toHaveLength(1);
  });

  it('states made separately from the same JSON do duplicate when merged: why a state is made only once', () => {
    const first = createBriefingState(ancestor);
    const second = createBriefingState(ancestor);
    // What Yjs itself does with them (yjs/yjs-demos#16): every paragraph twice.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    Y.applyUpdate(doc, second);
    const duplicated = briefingContentOf(Y.encodeStateAsUpdate(doc));
    expect(duplicated.content).toHaveLength(ancestor.content.length * 2);
    // So they are told apart and refused rather than merged.
    expect(briefingStatesRelated(first, second)).toBe(false);
    expect(briefingStatesRelated(first, updateBriefingState(first, docOf('Summary.')))).toBe(true);
    expect(damagedCodeOf(() => mergeBriefingStates(first, second))).toBe('BRIEFING_STATES_UNRELATED');
  });
});

describe('briefing state: incremental updates', () => {
  it('writes nothing new when the text did not change', () => {
    const state = updateBriefingState(createBriefingState(FULL_BRIEFING), docOf('One.', 'Two.'));
    const again = updateBriefingState(state, docOf('One.', 'Two.'));
    expect(again).toBe(state);
    expect(Y.encodeStateVectorFromUpdate(again)).toEqual(Y.encodeStateVectorFromUpdate(state));
  });

  it('records a one-character change in a 300-paragraph briefing as a small update', () => {
    const texts = Array.from(
      { length: 300 },
      (_, index) => `Paragraph ${index + 1}: the envoy reported on the port talks and the customs question.`,
    );
    const state = createBriefingState(docOf(...texts));
    const edited = [...texts];
    edited[150] = edited[150]?.replace('envoy', 'envoys') ?? '';
    const next = updateBriefingState(state, docOf(...edited));

    const update = Y.diffUpdate(next, Y.encodeStateVectorFromUpdate(state));
    expect(update.length).toBeLessThan(200);
    expect(next.length - state.length).toBeLessThan(200);
    expect(paragraphsOf(briefingContentOf(next))).toEqual(edited);
  });

  it('changes marks in place without rewriting the text, and can take them off again', () => {
    const plain = docOf('The harbour office confirmed.');
    const state = createBriefingState(plain);
    const marked: RichTextDoc = {
      type: 'doc',
      content: [
        markedParagraph(
          'The ',
          'harbour office',
          [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }],
          ' confirmed.',
        ),
      ],
    };
    const withMarks = updateBriefingState(state, marked);
    expect(briefingContentOf(withMarks)).toEqual(marked);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, withMarks);
    // The text items of the first state are still the ones in use: nothing was deleted.
    expect(
      Y.decodeUpdate(Y.diffUpdate(withMarks, Y.encodeStateVectorFromUpdate(state))).ds.clients.size,
    ).toBe(0);
    expect(briefingContentOf(updateBriefingState(withMarks, plain))).toEqual(plain);
  });

  it('rewrites a paragraph changed beyond a word diff’s reach as one stretch, and still gets it right', () => {
    const words = Array.from({ length: 3_000 }, (_, index) => `w${index}`);
    const long = words.join(' ');
    const rewritten = `Intro. ${words.map((word) => word.toUpperCase()).join(' ')} Outro.`;
    const state = updateBriefingState(
      createBriefingState(docOf('Before.', long)),
      docOf('Before.', rewritten),
    );
    expect(paragraphsOf(briefingContentOf(state))).toEqual(['Before.', rewritten]);
  });

  it('updates a briefing whose every one of 2,500 paragraphs changed, beyond a block diff’s reach', () => {
    const texts = Array.from({ length: 2_500 }, (_, index) => `Line ${index}`);
    const edited = texts.map((text) => `${text}, checked`);
    const state = updateBriefingState(createBriefingState(docOf(...texts)), docOf(...edited));
    expect(paragraphsOf(briefingContentOf(state))).toEqual(edited);
  });

  it('updates a large briefing nested deep within the model’s limits', () => {
    // 12,000 paragraphs ten quotes deep: about 24,000 nodes, each met once per level it sits below.
    const nest = (texts: string[]): RichTextDoc => {
      let blocks: RichTextDoc['content'] = texts.map(paragraph);
      for (let level = 0; level < 10; level += 1) blocks = [{ type: 'blockquote', content: blocks }];
      return { type: 'doc', content: blocks };
    };
    const texts = Array.from({ length: 12_000 }, (_, index) => `Line ${index}`);
    const edited = texts.map((text, index) => (index === 6_000 ? `${text}, edited` : text));
    const state = updateBriefingState(createBriefingState(nest(texts)), nest(edited));
    expect(briefingStateMatches(state, nest(edited))).toBe(true);
  });

  it('keeps emoji whole when an edit lands right beside them', () => {
    const state = createBriefingState(docOf('Flag 🇲🇦 and 🇩🇪 noted.'));
    const next = updateBriefingState(state, docOf('Flag 🇲🇦 and 🇫🇷 noted.'));
    expect(paragraphsOf(briefingContentOf(next))).toEqual(['Flag 🇲🇦 and 🇫🇷 noted.']);
  });

  it('follows structural edits: blocks moved, a list emptied, a table removed, a heading level changed', () => {
    let state = createBriefingState(FULL_BRIEFING);
    const steps: RichTextDoc[] = [
      { type: 'doc', content: [...FULL_BRIEFING.content].reverse() },
      { type: 'doc', content: FULL_BRIEFING.content.filter((block) => block.type !== 'table') },
      {
        type: 'doc',
        content: FULL_BRIEFING.content.map((block) =>
          block.type === 'heading' ? { ...block, attrs: { level: 3 as const } } : block,
        ),
      },
      docOf('Only this is left.'),
      FULL_BRIEFING,
    ];
    for (const step of steps) {
      state = updateBriefingState(state, step);
      expect(briefingContentOf(state)).toEqual(step);
    }
  });
});

describe('briefing state: checking and refusing', () => {
  it('says whether a state still matches its JSON', () => {
    const state = createBriefingState(FULL_BRIEFING);
    expect(briefingStateMatches(state, FULL_BRIEFING)).toBe(true);
    const editedJson = JSON.parse(JSON.stringify(FULL_BRIEFING).replace('Customs reform', 'Customs reforms'));
    expect(briefingStateMatches(state, editedJson)).toBe(false);
  });

  it('refuses bytes that are not a Yjs state, with a code', () => {
    const garbage = new TextEncoder().encode('{"type":"doc","content":[]} not a Yjs update at all');
    expect(damagedCodeOf(() => briefingContentOf(garbage))).toBe('BRIEFING_STATE_DAMAGED');
    expect(damagedCodeOf(() => briefingContentOf(new Uint8Array()))).toBe('BRIEFING_STATE_DAMAGED');
  });

  it('refuses a state cut short at any length, never returning part of the text', () => {
    const state = updateBriefingState(createBriefingState(FULL_BRIEFING), docOf('Rewritten.', 'Twice.'));
    const whole = briefingContentOf(state);
    for (let length = 1; length < state.length; length += 7) {
      const cut = state.slice(0, length);
      let outcome: string;
      try {
        outcome = JSON.stringify(briefingContentOf(cut)) === JSON.stringify(whole) ? 'whole' : 'partial';
      } catch (error) {
        outcome = error instanceof SharingError ? error.code : String(error);
      }
      expect(outcome, `cut at ${length} of ${state.length} bytes`).toBe('BRIEFING_STATE_DAMAGED');
    }
  });

  it('refuses a state that holds something other than a briefing', () => {
    for (const nodeName of ['script', 'constructor', '__proto__', 'text']) {
      const doc = new Y.Doc();
      doc.getXmlFragment(BRIEFING_FRAGMENT).insert(0, [new Y.XmlElement(nodeName)]);
      const state = Y.encodeStateAsUpdate(doc);
      expect(() => briefingContentOf(state)).toThrow(`a node of unknown type "${nodeName}"`);
      expect(
        damagedCodeOf(() => briefingContentOf(state)),
        nodeName,
      ).toBe('BRIEFING_STATE_DAMAGED');
      expect(
        damagedCodeOf(() => updateBriefingState(state, docOf('x'))),
        nodeName,
      ).toBe('BRIEFING_STATE_DAMAGED');
    }

    const textAtTop = new Y.Doc();
    const text = new Y.XmlText();
    text.insert(0, 'loose text');
    textAtTop.getXmlFragment(BRIEFING_FRAGMENT).insert(0, [text]);
    expect(damagedCodeOf(() => briefingContentOf(Y.encodeStateAsUpdate(textAtTop)))).toBe(
      'BRIEFING_STATE_DAMAGED',
    );

    const badLink = new Y.Doc();
    const paragraphElement = new Y.XmlElement('paragraph');
    const linked = new Y.XmlText();
    linked.applyDelta([{ insert: 'click', attributes: { link: { href: 'javascript:alert(1)' } } }]);
    paragraphElement.insert(0, [linked]);
    badLink.getXmlFragment(BRIEFING_FRAGMENT).insert(0, [paragraphElement]);
    expect(damagedCodeOf(() => briefingContentOf(Y.encodeStateAsUpdate(badLink)))).toBe(
      'BRIEFING_STATE_DAMAGED',
    );
  });

  it('refuses a state nested deeper than a briefing may be, without overflowing the stack', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      let parent: Y.XmlFragment = doc.getXmlFragment(BRIEFING_FRAGMENT);
      for (let level = 0; level < 20_000; level += 1) {
        const quote = new Y.XmlElement('blockquote');
        parent.insert(0, [quote]);
        parent = quote;
      }
    });
    const deep = Y.encodeStateAsUpdate(doc);
    expect(() => briefingContentOf(deep)).toThrow(/nested deeper than a briefing may be/);
    expect(damagedCodeOf(() => updateBriefingState(deep, docOf('Flat again.')))).toBe(
      'BRIEFING_STATE_DAMAGED',
    );
  });

  it('refuses a state that depends on changes it does not hold (an update without its start)', () => {
    const start = createBriefingState(docOf('The first version.'));
    const next = updateBriefingState(start, docOf('The first version, edited.', 'And more.'));
    const onlyTheChange = Y.diffUpdate(next, Y.encodeStateVectorFromUpdate(start));
    expect(damagedCodeOf(() => briefingContentOf(onlyTheChange))).toBe('BRIEFING_STATE_DAMAGED');
  });

  it('answers any damage to the bytes with a SharingError or a valid briefing, never another failure', () => {
    const state = updateBriefingState(createBriefingState(FULL_BRIEFING), docOf('Rewritten.', 'Twice.'));
    for (let offset = 0; offset < state.length; offset += 3) {
      for (const value of [0x00, 0xff, (state[offset] ?? 0) ^ 0x01]) {
        const damaged = state.slice();
        damaged[offset] = value;
        try {
          expect(parseRichText(briefingContentOf(damaged))).toBeTruthy();
        } catch (error) {
          expect(error, `byte ${offset} set to ${value}`).toBeInstanceOf(SharingError);
        }
      }
    }
  });

  it('repairs what a merge can leave empty, as the editor would', () => {
    const list: RichTextDoc = {
      type: 'doc',
      content: [
        paragraph('Before.'),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('one')] },
            { type: 'listItem', content: [paragraph('two')] },
          ],
        },
      ],
    };
    const shared = createBriefingState(list);
    const withoutFirst = updateBriefingState(shared, {
      type: 'doc',
      content: [
        paragraph('Before.'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('two')] }] },
      ],
    });
    const withoutSecond = updateBriefingState(shared, {
      type: 'doc',
      content: [
        paragraph('Before.'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('one')] }] },
      ],
    });
    expect(briefingContentOf(mergeBriefingStates(withoutFirst, withoutSecond))).toEqual(docOf('Before.'));
  });
});

describe('briefing state: text the model cleans', () => {
  it('matches the cleaned JSON of a briefing stored before the model dropped characters XML forbids', () => {
    // A state written from text holding U+FFFE (stored by an older version) must still match the JSON the
    // model gives back for it now, or sharing that briefing would be refused as a mismatch.
    const raw = docOf('Rabat\uFFFE meeting\u0007 notes');
    const state = createBriefingState(raw);
    const cleaned = parseRichText(JSON.parse(JSON.stringify(raw)));
    expect(plainTextOf(cleaned)).toBe('Rabat meeting notes');
    expect(briefingStateMatches(state, cleaned)).toBe(true);
    expect(plainTextOf(briefingContentOf(state))).toBe('Rabat meeting notes');
  });
});
