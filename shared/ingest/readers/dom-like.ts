// The little of a parsed HTML document the readers use, as structural types: a browser Document and a
// linkedom one both fit, and shared/ stays free of the DOM library.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface HtmlNodeLike {
  readonly nodeType: number;
  /** Text of a text node; null for elements. */
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNodeLike>;
}

export interface HtmlElementLike extends HtmlNodeLike {
  /** Lower-case tag name in an HTML document. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): HtmlElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElementLike>;
  /** Takes the element out of its document (used only on a document the readers parsed themselves). */
  remove(): void;
}

export interface HtmlDocumentLike {
  readonly documentElement: HtmlElementLike | null;
  readonly body: HtmlElementLike | null;
  querySelector(selectors: string): HtmlElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElementLike>;
}

export function isElement(node: HtmlNodeLike): node is HtmlElementLike {
  return node.nodeType === ELEMENT_NODE;
}
