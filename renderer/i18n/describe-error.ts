// What went wrong, in the interface language: a coded error (DeskError, from any side) by its code's
// message in the `errors` catalogue. In English, and for codes the catalogue lacks, the error's own
// message, which shared/ keeps as the CLI's words and which often names the file concerned.

import { DeskError, errorMessage } from '../../shared/errors';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { currentLanguage, i18n, translate } from './index';

function codeOf(error: unknown): string | null {
  if (error instanceof DeskError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : null;
}

export function describeError(error: unknown): string {
  const code = codeOf(error);
  if (code && currentLanguage() !== DEFAULT_LANGUAGE && i18n.exists(`errors:${code}`)) {
    return translate(`errors:${code}`);
  }
  return errorMessage(error);
}
