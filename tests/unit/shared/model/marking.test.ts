import { describe, expect, it } from 'vitest';
import {
  checkBriefingMarking,
  compareMarkings,
  highestMarking,
  highestSourceMarking,
  isBriefingUnderMarked,
  MARKING_SCHEMES,
  type Marking,
  markingAsksForEncryption,
  markingLabel,
  markingLevel,
  markingSchema,
} from '../../../../shared/model';

const tlp = (level: Extract<Marking, { scheme: 'tlp' }>['level']): Marking => ({ scheme: 'tlp', level });
const uk = (level: Extract<Marking, { scheme: 'uk' }>['level']): Marking => ({ scheme: 'uk', level });
const de = (level: Extract<Marking, { scheme: 'de' }>['level']): Marking => ({ scheme: 'de', level });

describe('marking schemes', () => {
  it('orders TLP from CLEAR up to RED with the exact FIRST labels', () => {
    expect(MARKING_SCHEMES.tlp.levels.map((level) => level.label)).toEqual([
      'TLP:CLEAR',
      'TLP:GREEN',
      'TLP:AMBER',
      'TLP:AMBER+STRICT',
      'TLP:RED',
    ]);
    expect(compareMarkings(tlp('amber-strict'), tlp('amber'))).toBeGreaterThan(0);
    expect(compareMarkings(tlp('green'), tlp('red'))).toBeLessThan(0);
    expect(compareMarkings(tlp('amber'), tlp('amber'))).toBe(0);
  });

  it('prints TLP labels in the FIRST colours on black', () => {
    expect(markingLevel(tlp('red'))).toMatchObject({ textColor: '#FF2B2B', backgroundColor: '#000000' });
    expect(markingLevel(tlp('amber-strict')).textColor).toBe('#FFC000');
    expect(markingLevel(tlp('green')).textColor).toBe('#33FF00');
    expect(markingLevel(tlp('clear')).textColor).toBe('#FFFFFF');
  });

  it('orders UK classifications with OFFICIAL-SENSITIVE between OFFICIAL and SECRET', () => {
    expect(compareMarkings(uk('official-sensitive'), uk('official'))).toBeGreaterThan(0);
    expect(compareMarkings(uk('official-sensitive'), uk('secret'))).toBeLessThan(0);
    expect(compareMarkings(uk('top-secret'), uk('secret'))).toBeGreaterThan(0);
  });

  it('orders German VS levels from VS-NfD to STRENG GEHEIM and prints the upper two in red', () => {
    const ranks = (['vs-nfd', 'vs-vertraulich', 'geheim', 'streng-geheim'] as const).map((level) =>
      markingLevel(de(level)),
    );
    expect(ranks.map((level) => level.rank)).toEqual([0, 1, 2, 3]);
    expect(markingLabel(de('vs-nfd'))).toBe('VS-NUR FÜR DEN DIENSTGEBRAUCH');
    expect(markingLevel(de('geheim')).textColor).not.toBe('#000000');
    expect(markingLevel(de('vs-vertraulich')).printNote).toBe('amtlich geheim gehalten');
  });

  it('refuses a level that belongs to another scheme', () => {
    expect(markingSchema.safeParse({ scheme: 'tlp', level: 'secret' }).success).toBe(false);
    expect(markingSchema.safeParse({ scheme: 'uk', level: 'secret' }).success).toBe(true);
  });

  it('does not order restricted markings of different schemes', () => {
    expect(compareMarkings(tlp('red'), uk('official'))).toBeNull();
    expect(compareMarkings(de('vs-nfd'), uk('secret'))).toBeNull();
  });

  it('puts TLP:CLEAR below every restricted level of any scheme', () => {
    expect(compareMarkings(tlp('clear'), uk('official'))).toBeLessThan(0);
    expect(compareMarkings(de('vs-nfd'), tlp('clear'))).toBeGreaterThan(0);
  });
});

describe('highest marking', () => {
  it('finds the highest source marking within one scheme', () => {
    const sources = [{ marking: tlp('green') }, { marking: tlp('amber-strict') }, { marking: tlp('amber') }];
    expect(highestSourceMarking(sources)).toEqual({ kind: 'single', marking: tlp('amber-strict') });
  });

  it('reports nothing for no sources', () => {
    expect(highestSourceMarking([])).toEqual({ kind: 'none' });
  });

  it('lets a restricted level of another scheme win over TLP:CLEAR', () => {
    expect(highestMarking([tlp('clear'), de('geheim'), de('vs-nfd')])).toEqual({
      kind: 'single',
      marking: de('geheim'),
    });
  });

  it('reports the highest of each scheme when restricted schemes are mixed', () => {
    expect(highestMarking([tlp('amber'), uk('secret'), tlp('red'), uk('official'), tlp('clear')])).toEqual({
      kind: 'mixed',
      markings: [tlp('red'), uk('secret')],
    });
  });
});

describe('under-marked briefings', () => {
  it('flags a briefing marked below its highest cited source', () => {
    const cited = [{ marking: tlp('green') }, { marking: tlp('amber') }];
    expect(isBriefingUnderMarked(tlp('green'), cited)).toBe(true);
    expect(checkBriefingMarking(tlp('green'), cited)).toEqual({
      status: 'under-marked',
      higher: [tlp('amber')],
      incomparable: [],
    });
  });

  it('accepts a briefing marked at or above every cited source', () => {
    expect(isBriefingUnderMarked(tlp('amber'), [{ marking: tlp('amber') }, { marking: tlp('clear') }])).toBe(
      false,
    );
    expect(isBriefingUnderMarked(tlp('clear'), [])).toBe(false);
  });

  it('accepts open TLP:CLEAR sources in a briefing of any scheme', () => {
    expect(isBriefingUnderMarked(de('vs-nfd'), [{ marking: tlp('clear') }])).toBe(false);
  });

  it('flags a TLP:CLEAR briefing that cites a restricted source of another scheme', () => {
    expect(checkBriefingMarking(tlp('clear'), [{ marking: uk('official') }]).status).toBe('under-marked');
  });

  it('reports mixed schemes instead of guessing, and still asks for confirmation', () => {
    const check = checkBriefingMarking(de('geheim'), [{ marking: tlp('amber') }, { marking: de('vs-nfd') }]);
    expect(check).toEqual({ status: 'mixed-schemes', higher: [], incomparable: [tlp('amber')] });
    expect(isBriefingUnderMarked(de('geheim'), [{ marking: tlp('amber') }])).toBe(true);
  });
});

describe('markings that ask for encryption', () => {
  it('asks from TLP:AMBER, OFFICIAL-SENSITIVE and VS-NfD upward, and not below', () => {
    const asks = (scheme: string, level: string) =>
      markingAsksForEncryption(markingSchema.parse({ scheme, level }));
    expect(['clear', 'green'].map((level) => asks('tlp', level))).toEqual([false, false]);
    expect(['amber', 'amber-strict', 'red'].map((level) => asks('tlp', level))).toEqual([true, true, true]);
    expect(asks('uk', 'official')).toBe(false);
    expect(['official-sensitive', 'secret', 'top-secret'].map((level) => asks('uk', level))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['vs-nfd', 'vs-vertraulich', 'geheim', 'streng-geheim'].map((level) => asks('de', level))).toEqual(
      [true, true, true, true],
    );
  });
});
