// What went wrong, in the interface language: a coded error (DeskError, from any side) by its code's
// message in the `errors` catalogue; its English message (the CLI's words) where the catalogue has none.

import { DeskError, errorMessage } from '../../shared/errors';
import { i18n, translate } from './index';

function codeOf(error: unknown): string | null {
  if (error instanceof DeskError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : null;
}

export function describeError(error: unknown): string {
  const code = codeOf(error);
  if (code && i18n.exists(`errors:${code}`)) return translate(`errors:${code}`);
  return errorMessage(error);
}
