// A briefing's rich text as the print view's HTML: headings numbered as the template numbers them, lists,
// tables, quotes, images and citations as footnote marks (the footnotes themselves go to the page bottom).

import type { ReactNode } from 'react';
import type { BlockNode, InlineNode } from '../../shared/model';

export interface PrintBlockContext {
  readonly citationNumbers: ReadonlyMap<string, number>;
  /** An image's object URL by attachment id, once read. */
  readonly imageUrl: (attachmentId: string) => string | undefined;
  /** The heading's number ("1.", "1.2"), or "" when the template leaves headings unnumbered. */
  readonly headingNumber: (node: BlockNode) => string;
}

function inline(nodes: readonly InlineNode[] | undefined, ctx: PrintBlockContext): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const key = `${index}`;
    if (node.type === 'hardBreak') return <br key={key} />;
    if (node.type === 'citation') {
      return (
        <sup key={key} className="print-note-mark">
          {ctx.citationNumbers.get(node.attrs.sourceId) ?? '?'}
        </sup>
      );
    }
    let text: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') text = <strong>{text}</strong>;
      else if (mark.type === 'italic') text = <em>{text}</em>;
      else if (mark.type === 'underline') text = <u>{text}</u>;
      else if (mark.type === 'strike') text = <s>{text}</s>;
      else if (mark.type === 'link') text = <span className="print-link">{text}</span>;
    }
    return <span key={key}>{text}</span>;
  });
}

export function PrintBlock({ node, ctx }: { node: BlockNode; ctx: PrintBlockContext }): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p>{inline(node.content, ctx)}</p>;
    case 'heading': {
      const Tag = `h${node.attrs.level}` as 'h1' | 'h2' | 'h3';
      const number = ctx.headingNumber(node);
      return (
        <Tag>
          {number && <span className="print-heading-number">{number}</span>}
          {inline(node.content, ctx)}
        </Tag>
      );
    }
    case 'bulletList':
    case 'orderedList': {
      const items = node.content.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
        <li key={`${index}`}>
          {item.content.map((child, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
            <PrintBlock key={`${at}`} node={child} ctx={ctx} />
          ))}
        </li>
      ));
      return node.type === 'bulletList' ? <ul>{items}</ul> : <ol start={node.attrs.start}>{items}</ol>;
    }
    case 'blockquote':
      return (
        <blockquote>
          {node.content.map((child, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
            <PrintBlock key={`${index}`} node={child} ctx={ctx} />
          ))}
        </blockquote>
      );
    case 'table':
      return (
        <table>
          <tbody>
            {node.content.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
              <tr key={`${index}`}>
                {row.content.map((cell, at) => {
                  const Cell = cell.type === 'tableHeader' ? 'th' : 'td';
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
                    <Cell key={`${at}`} colSpan={cell.attrs.colspan} rowSpan={cell.attrs.rowspan}>
                      {cell.content.map((child, inner) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a printed snapshot of the text never reorders
                        <PrintBlock key={`${inner}`} node={child} ctx={ctx} />
                      ))}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image': {
      const url = ctx.imageUrl(node.attrs.attachmentId);
      return (
        <figure>
          {url ? (
            <img
              src={url}
              alt={node.attrs.alt ?? ''}
              width={node.attrs.width ?? undefined}
              height={node.attrs.height ?? undefined}
            />
          ) : (
            <figcaption>{node.attrs.alt ?? ''}</figcaption>
          )}
        </figure>
      );
    }
  }
}
