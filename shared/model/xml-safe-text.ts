// Text as the model keeps it: without the characters XML 1.0 forbids (a .docx is XML, and Word calls a file
// with one unreadable), and links to mail without a query (`?attach=…` could ask a mail program to attach
// a local file).

/**
 * C0 controls other than tab and line feed, U+FFFE and U+FFFF, and surrogates not in a pair. (Carriage
 * returns go too: the model's line break is \n.)
 */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 forbids (pasted from anywhere, they are never wanted). */
export function withoutXmlForbiddenCharacters(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** A `mailto:` link reduced to its addresses (no `?subject=`, `?attach=` or `#…`); other links as they are. */
export function mailtoAddressOnly(href: string): string {
  if (!/^mailto:/i.test(href)) return href;
  return href.replace(/[?#].*$/s, '');
}
