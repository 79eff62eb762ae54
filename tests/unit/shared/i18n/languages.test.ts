import { describe, expect, it } from 'vitest';
import { isRightToLeft, matchLanguage } from '../../../../shared/i18n/languages';

describe('matchLanguage', () => {
  it('takes the first preferred tag the desk speaks, by its primary subtag', () => {
    expect(matchLanguage(['es-ES', 'de-AT', 'fr'])).toBe('de');
    expect(matchLanguage(['ar-MA'])).toBe('ar');
    expect(matchLanguage(['FR_ca'])).toBe('fr');
  });
  it('falls back to English when none is spoken', () => {
    expect(matchLanguage(['es', 'it'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
  it('knows Arabic is written right to left', () => {
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('de')).toBe(false);
  });
});
