// The text of a briefing as the version comparison reads it: plain text, one paragraph a line, with each
// citation written as its number ("[2]"), so that adding or moving a citation shows as a change.

import {
  citationNumbers,
  type InlineNode,
  plainTextOf,
  type RichTextDoc,
  type RichTextNode,
} from '../../shared/model';

export function comparableText(doc: RichTextDoc): string {
  const numbers = citationNumbers(doc);
  const withNumbers = (node: RichTextNode): RichTextNode => {
    if (node.type === 'citation') {
      return { type: 'text', text: `[${numbers.get(node.attrs.sourceId) ?? '?'}]` } satisfies InlineNode;
    }
    if (!('content' in node) || !Array.isArray(node.content)) return node;
    return { ...node, content: (node.content as RichTextNode[]).map(withNumbers) } as RichTextNode;
  };
  return plainTextOf(withNumbers(doc) as RichTextDoc);
}
