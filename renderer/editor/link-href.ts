// What the user types as a link, made into an address the model accepts (http, https or mailto).

import { isAllowedLinkHref, MAX_URL_LENGTH } from '../../shared/model';
import { translate } from '../i18n';

export type LinkHrefResult = { ok: true; href: string } | { ok: false; message: string };

/**
 * "example.org/report" becomes https://example.org/report and "desk@example.org" a mailto: link;
 * any other scheme (javascript:, file:, ftp:) is refused with a reason.
 */
export function normalizeLinkHref(input: string): LinkHrefResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: translate('editor:linkEmpty') };
  if (text.length > MAX_URL_LENGTH) {
    return { ok: false, message: translate('editor:linkTooLong', { max: MAX_URL_LENGTH }) };
  }
  let href = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    href = /^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(text) ? `mailto:${text}` : `https://${text}`;
  }
  if (!isAllowedLinkHref(href)) {
    return { ok: false, message: translate('editor:linkScheme') };
  }
  return { ok: true, href };
}
