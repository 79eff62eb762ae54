import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n';
import { describeError } from '../../../../renderer/i18n/describe-error';
import { CancelledError, DeskError, PlatformError } from '../../../../shared/errors';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('an error as the user reads it', () => {
  it('keeps the error’s own English message in English', () => {
    const error = new DeskError('WRONG_PASSPHRASE', 'Wrong passphrase for rabat.dossier.');
    expect(describeError(error)).toBe('Wrong passphrase for rabat.dossier.');
  });

  it('says a coded error in the interface language by its code', async () => {
    await i18n.changeLanguage('de');
    expect(describeError(new CancelledError())).toBe('Abgebrochen. Nichts wurde behalten.');
    await i18n.changeLanguage('fr');
    expect(describeError(new PlatformError('FILE_WRITE_FAILED', 'Could not save x.docx (EACCES).'))).toMatch(
      /^Le fichier n’a pas pu être enregistré/,
    );
  });

  it('falls back to the English message for a code the catalogue does not know, and for plain errors', async () => {
    await i18n.changeLanguage('ar');
    expect(describeError(new DeskError('SOMETHING_NEW', 'Something new went wrong.'))).toBe(
      'Something new went wrong.',
    );
    expect(describeError(new Error('plain'))).toBe('plain');
  });
});
