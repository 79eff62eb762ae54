import { createTable } from '@tiptap/extension-table';
import { TextSelection } from '@tiptap/pm/state';
import { addColumnAfter, addRowAfter, deleteRow, toggleHeaderRow } from '@tiptap/pm/tables';
import { describe, expect, it } from 'vitest';
import { canonicalBriefingDoc } from '../../../../renderer/editor/canonical-doc';
import { emptyBriefingHint, sectionHintAt } from '../../../../renderer/editor/extensions/section-hints';
import { normalizeLinkHref } from '../../../../renderer/editor/link-href';
import { type RichTextDoc, richTextDocSchema } from '../../../../shared/model';
import { cite, docOf, HeadlessEditor, schema, text } from './editor-test-kit';

const SHA = 'a'.repeat(64);
const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null };

/** Every node and mark the model has, once. */
const everything: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Background')] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bold', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'struck', marks: [{ type: 'strike' }, { type: 'underline' }] },
        { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] },
        cite('srcA'),
      ],
    },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('a')] }] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('b')] }] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: cellAttrs,
              content: [{ type: 'paragraph', content: [text('Date')] }],
            },
            {
              type: 'tableHeader',
              attrs: { ...cellAttrs, colwidth: [120] },
              content: [{ type: 'paragraph' }],
            },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted')] }] },
    { type: 'image', attrs: { attachmentId: SHA, alt: 'Map', title: null, width: 640, height: 480 } },
    { type: 'paragraph' },
  ],
};

describe('the editor’s schema', () => {
  it('has exactly the nodes and marks the model accepts: no code, code blocks or rules', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'citation',
        'doc',
        'hardBreak',
        'heading',
        'image',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'strike', 'underline']);
  });

  it('reads headings 1 to 3 only', () => {
    const tags = (schema.nodes.heading?.spec.parseDOM ?? []).map((rule) => rule.tag);
    expect(tags).toEqual(['h1', 'h2', 'h3']);
  });

  it('keeps images as attachments: no src, and only images that carry an attachment id are read', () => {
    expect(Object.keys(schema.nodes.image?.spec.attrs ?? {}).sort()).toEqual(
      ['alt', 'attachmentId', 'height', 'title', 'width'].sort(),
    );
    expect((schema.nodes.image?.spec.parseDOM ?? []).map((rule) => rule.tag)).toEqual([
      'img[data-attachment-id]',
    ]);
  });

  it('writes JSON the model accepts, for every kind of node', () => {
    const json = docOf(everything).toJSON();
    expect(richTextDocSchema.safeParse(json).success).toBe(true);
    expect(canonicalBriefingDoc(json)).toEqual(richTextDocSchema.parse(everything));
  });

  it('writes a table the model accepts after inserting it and adding and removing rows and columns', () => {
    const editor = new HeadlessEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('Intro')] }],
    });
    editor.apply(editor.state.tr.insert(editor.state.doc.content.size, createTable(schema, 3, 3, true)));
    // Cursor into the first body cell.
    let cellPos = -1;
    editor.state.doc.descendants((node, pos) => {
      if (cellPos === -1 && node.type.name === 'tableCell') cellPos = pos;
      return cellPos === -1;
    });
    editor.apply(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, cellPos + 2)));
    const run = (command: typeof addRowAfter) =>
      expect(command(editor.state, (tr) => editor.apply(tr))).toBe(true);
    run(addRowAfter);
    run(addColumnAfter);
    run(deleteRow);
    run(toggleHeaderRow);
    const json = editor.json() as RichTextDoc;
    const result = richTextDocSchema.safeParse(json);
    expect(result.success).toBe(true);
    const table = result.data?.content[1];
    expect(table?.type).toBe('table');
    if (table?.type === 'table') {
      expect(table.content).toHaveLength(3);
      expect(table.content[0]?.content).toHaveLength(4);
    }
  });
});

describe('the canonical form of editor JSON', () => {
  it('drops links that would leave by another protocol, keeping their text', () => {
    const doc = canonicalBriefingDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'click',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    });
    expect(doc.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'click' }] });
  });

  it('drops Tiptap’s own attributes and fills in the model’s defaults', () => {
    const doc = canonicalBriefingDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'mailto:desk@example.org', target: '_blank', rel: 'noopener', class: null },
                },
              ],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [] }],
        },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
  });

  it('leaves out images without an attachment, empty text and unknown nodes', () => {
    const doc = canonicalBriefingDoc({
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: 'https://example.org/x.png', attachmentId: null } },
        { type: 'codeBlock', content: [{ type: 'text', text: 'rm -rf' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '' }] },
      ],
    });
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('refuses a document beyond the model’s limits', () => {
    let deep: Record<string, unknown> = { type: 'paragraph' };
    for (let level = 0; level < 70; level++) deep = { type: 'blockquote', content: [deep] };
    expect(() => canonicalBriefingDoc({ type: 'doc', content: [deep] })).toThrow();
  });
});

describe('links the user types', () => {
  it('accepts web and e-mail addresses, adding the scheme when it is missing', () => {
    expect(normalizeLinkHref('example.org/report')).toEqual({ ok: true, href: 'https://example.org/report' });
    expect(normalizeLinkHref(' http://example.org ')).toEqual({ ok: true, href: 'http://example.org' });
    expect(normalizeLinkHref('desk@example.org')).toEqual({ ok: true, href: 'mailto:desk@example.org' });
  });

  it('refuses other protocols and empty input', () => {
    expect(normalizeLinkHref('javascript:alert(1)').ok).toBe(false);
    expect(normalizeLinkHref('file:///etc/passwd').ok).toBe(false);
    expect(normalizeLinkHref('   ').ok).toBe(false);
  });
});

describe('template hints', () => {
  const hints = new Map([['Purpose', 'Why the reader gets this note.']]);

  it('shows a section’s hint in the empty paragraph under its heading', () => {
    const doc = docOf({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Purpose')] },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 1 }, content: [text('Other')] },
        { type: 'paragraph' },
      ],
    });
    expect(sectionHintAt(doc, 1, hints)).toBe('Why the reader gets this note.');
    expect(sectionHintAt(doc, 3, hints)).toBe('');
    expect(sectionHintAt(doc, 0, hints)).toBe('');
  });

  it('invites writing in an empty briefing', () => {
    expect(sectionHintAt(docOf({ type: 'doc', content: [{ type: 'paragraph' }] }), 0, hints)).toBe(
      emptyBriefingHint(),
    );
  });
});
