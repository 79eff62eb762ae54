// The little XML the reference document needs, on strings: finding an element (nested or not), reading an
// attribute, a part's root tag. shared/ has no DOM, and the parts we take are Word's own, machine-written XML;
// anything that could make a parser expand or fetch (a DOCTYPE, an entity) is refused before we look.

/** One element found in a string: where it starts and ends, and its text. */
export interface XmlElement {
  readonly start: number;
  readonly end: number;
  readonly xml: string;
  /** The opening tag, `<w:style …>`. */
  readonly openTag: string;
  /** Between the opening and closing tags; empty for `<x/>`. */
  readonly inner: string;
}

/** Where the tag that opens at `from` ends (after its `>`), stepping over quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let at = from; at < xml.length; at += 1) {
    const char = xml[at];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at + 1;
  }
  return -1;
}

const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every `name` element not inside another `name`, in document order. */
export function findElements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<${escapeName(name)}(?=[\\s/>])|</${escapeName(name)}\\s*>`, 'g');
  open.lastIndex = from;
  let depth = 0;
  let start = -1;
  let openTag = '';
  let innerStart = 0;
  for (let match = open.exec(xml); match && match.index < to; match = open.exec(xml)) {
    if (match[0].startsWith('</')) {
      if (depth === 0) continue;
      depth -= 1;
      if (depth === 0) {
        const end = match.index + match[0].length;
        found.push({
          start,
          end,
          xml: xml.slice(start, end),
          openTag,
          inner: xml.slice(innerStart, match.index),
        });
      }
      continue;
    }
    const end = tagEnd(xml, match.index);
    if (end === -1) break;
    const tag = xml.slice(match.index, end);
    open.lastIndex = end;
    const selfClosing = tag.endsWith('/>');
    if (depth === 0) {
      if (selfClosing) {
        found.push({ start: match.index, end, xml: tag, openTag: tag, inner: '' });
        continue;
      }
      start = match.index;
      openTag = tag;
      innerStart = end;
    }
    if (!selfClosing) depth += 1;
  }
  return found;
}

export function findElement(xml: string, name: string): XmlElement | undefined {
  return findElements(xml, name)[0];
}

/** An attribute's value from an opening tag, with the five XML entities decoded. */
export function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${escapeName(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`));
  if (!match) return undefined;
  return decodeEntities(match[2] ?? match[3] ?? '');
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The `xmlns:prefix` declarations of an opening tag. */
export function namespaceDeclarations(tag: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const match of tag.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    declared.set(match[1] as string, match[3] ?? match[4] ?? '');
  }
  return declared;
}

/** The text a run of WordprocessingML shows: its `w:t` elements, joined. */
export function plainTextOf(xml: string): string {
  return findElements(xml, 'w:t')
    .map((element) => decodeEntities(element.inner))
    .join('');
}
