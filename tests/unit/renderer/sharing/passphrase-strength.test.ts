import { describe, expect, it } from 'vitest';
import { ratePassphrase } from '../../../../renderer/sharing/passphrase-strength';

describe('rating a passphrase', () => {
  it('calls a common password weak because it is a common word and short', async () => {
    const rating = await ratePassphrase('password1');
    expect(rating.weak).toBe(true);
    expect(rating.reasons).toEqual(expect.arrayContaining(['short', 'commonWord']));
  });

  it('says a keyboard row, a repeat, a sequence and a date are why', async () => {
    expect((await ratePassphrase('qwertzuiop')).reasons).toContain('keyboard');
    expect((await ratePassphrase('zzzzzzzzzzzzzzzz')).reasons).toContain('repeated');
    expect((await ratePassphrase('abcdefghijklmn')).reasons).toContain('sequence');
    expect((await ratePassphrase('14.03.2025')).reasons).toContain('date');
  });

  it('knows French and German words as well as English ones', async () => {
    expect((await ratePassphrase('bonjour')).reasons).toContain('commonWord');
    expect((await ratePassphrase('Kartoffel')).reasons).toContain('commonWord');
  });

  it('counts the dossier title and the officer’s name as guessable', async () => {
    const personal = ['Rabat liaison', 'J. Weber, BKA liaison Rabat'];
    const rating = await ratePassphrase('RabatWeber', personal);
    expect(rating.weak).toBe(true);
    expect(rating.reasons).toContain('personal');
    // Also where a dictionary knows the word too.
    const title = await ratePassphrase('moroccogermany', ['Morocco–Germany security cooperation']);
    expect(title.reasons).toContain('personal');
  });

  it('rates a long random passphrase strong, with no reasons', async () => {
    const rating = await ratePassphrase('vX9#tq2!Lm7@pR4$wZ8');
    expect(rating.score).toBeGreaterThanOrEqual(3);
    expect(rating).toMatchObject({ weak: false, reasons: [] });
  });
});
