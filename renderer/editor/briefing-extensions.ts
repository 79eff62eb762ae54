// The editor's schema and behaviour: exactly the nodes and marks the rich-text model accepts (no code,
// code blocks or rules), headings 1–3, tables, links that leave only by http(s) or mailto, images as
// attachments, citations, find & replace, and the template's hints as placeholders.

import type { Extensions } from '@tiptap/core';
import { TableCell, TableHeader, TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedLinkHref } from '../../shared/model';
import { AttachmentImage } from './extensions/attachment-image';
import { Citation, type CitationSources } from './extensions/citation';
import { FindReplace } from './extensions/find-replace';
import { SectionHints } from './extensions/section-hints';

export interface BriefingExtensionsOptions {
  citations: CitationSources;
  resolveImageUrl(attachmentId: string): Promise<string>;
  /** Template section title → the hint shown in its empty first paragraph. */
  sectionHints?: ReadonlyMap<string, string>;
}

// The model keeps a cell's span and widths only; alignment would be dropped on save, so it is not offered.
const ModelTableCell = TableCell.extend({
  addAttributes() {
    const { align: _align, ...attributes } = this.parent?.() ?? {};
    return attributes;
  },
});
const ModelTableHeader = TableHeader.extend({
  addAttributes() {
    const { align: _align, ...attributes } = this.parent?.() ?? {};
    return attributes;
  },
});

export function briefingExtensions({
  citations,
  resolveImageUrl,
  sectionHints,
}: BriefingExtensionsOptions): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      horizontalRule: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
      },
      dropcursor: { class: 'drop-cursor', color: false, width: 2 },
    }),
    TableKit.configure({
      table: { resizable: true, cellMinWidth: 60, allowTableNodeSelection: true },
      tableCell: false,
      tableHeader: false,
    }),
    ModelTableCell,
    ModelTableHeader,
    AttachmentImage.configure({ resolveUrl: resolveImageUrl }),
    Citation.configure({ registry: () => citations }),
    FindReplace,
    SectionHints.configure({ hints: sectionHints ?? new Map() }),
  ];
}
