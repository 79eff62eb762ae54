// Marking schemes as data (TLP 2.0, UK Government Security Classifications, German VS) and the rules
// that compare markings: which is higher, and whether a briefing is marked below what it cites.

import { z } from 'zod';

export interface MarkingLevel {
  /** Stable id stored in data, e.g. `amber-strict`. */
  readonly id: string;
  /** Position in its scheme: 0 is the least restrictive; higher ranks are more restrictive. */
  readonly rank: number;
  /** Exactly what the export prints, e.g. `TLP:AMBER+STRICT`. */
  readonly label: string;
  /** For chips and narrow columns in the UI. */
  readonly shortLabel: string;
  /** `#RRGGBB` */
  readonly textColor: string;
  /** `#RRGGBB` */
  readonly backgroundColor: string;
  /** One line on what the marking means for whoever receives the document. */
  readonly meaning: string;
  /** Where the scheme wants the label on every page. */
  readonly placement: 'header' | 'header-and-footer';
  /** Extra text printed with the label (German VS from VS-VERTRAULICH up). */
  readonly printNote?: string;
  /**
   * The level puts no limit on disclosure (only TLP:CLEAR). It is below every restricted level of every
   * scheme, which is the one comparison across schemes that needs no guess.
   */
  readonly unrestricted: boolean;
}

export interface MarkingScheme {
  readonly id: MarkingSchemeId;
  readonly name: string;
  /** Ordered by rank, least restrictive first. */
  readonly levels: readonly MarkingLevel[];
}

export const MARKING_SCHEME_IDS = ['tlp', 'uk', 'de'] as const;
export type MarkingSchemeId = (typeof MARKING_SCHEME_IDS)[number];

export const TLP_LEVEL_IDS = ['clear', 'green', 'amber', 'amber-strict', 'red'] as const;
export const UK_LEVEL_IDS = ['official', 'official-sensitive', 'secret', 'top-secret'] as const;
export const DE_LEVEL_IDS = ['vs-nfd', 'vs-vertraulich', 'geheim', 'streng-geheim'] as const;

const BLACK = '#000000';
const WHITE = '#FFFFFF';
/** The reference says only "red" for GEHEIM and STRENG GEHEIM; this dark red is our choice, legible in print. */
const VS_RED = '#C00000';
const AMTLICH_GEHEIM = 'amtlich geheim gehalten';

// FIRST TLP 2.0: the label on black in the level's colour, in the header and footer of every page.
const tlp: MarkingScheme = {
  id: 'tlp',
  name: 'Traffic Light Protocol 2.0',
  levels: [
    {
      id: 'clear',
      rank: 0,
      label: 'TLP:CLEAR',
      shortLabel: 'CLEAR',
      textColor: '#FFFFFF',
      backgroundColor: BLACK,
      meaning: 'Public: disclosure is not limited.',
      placement: 'header-and-footer',
      unrestricted: true,
    },
    {
      id: 'green',
      rank: 1,
      label: 'TLP:GREEN',
      shortLabel: 'GREEN',
      textColor: '#33FF00',
      backgroundColor: BLACK,
      meaning: 'Community: may be shared within the community, not made public.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'amber',
      rank: 2,
      label: 'TLP:AMBER',
      shortLabel: 'AMBER',
      textColor: '#FFC000',
      backgroundColor: BLACK,
      meaning: "Recipient's organisation and its clients, on a need-to-know basis.",
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'amber-strict',
      rank: 3,
      label: 'TLP:AMBER+STRICT',
      shortLabel: 'AMBER+STRICT',
      textColor: '#FFC000',
      backgroundColor: BLACK,
      meaning: "Recipient's organisation only.",
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'red',
      rank: 4,
      label: 'TLP:RED',
      shortLabel: 'RED',
      textColor: '#FF2B2B',
      backgroundColor: BLACK,
      meaning: 'Named recipients only.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
  ],
};

// UK GSC (2024): capitals, top and bottom of every page. The policy sets no colours, so black on white.
// OFFICIAL-SENSITIVE is OFFICIAL with a handling caveat, not a tier; it ranks between OFFICIAL and SECRET
// because its handling is stricter than plain OFFICIAL and looser than SECRET.
const uk: MarkingScheme = {
  id: 'uk',
  name: 'UK Government Security Classifications',
  levels: [
    {
      id: 'official',
      rank: 0,
      label: 'OFFICIAL',
      shortLabel: 'OFFICIAL',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'Routine government business; the marking is optional on the page.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'official-sensitive',
      rank: 1,
      label: 'OFFICIAL-SENSITIVE',
      shortLabel: 'OFF-SENS',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'OFFICIAL needing extra care: share only with those who need to know.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'secret',
      rank: 2,
      label: 'SECRET',
      shortLabel: 'SECRET',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'Needs protection against capable, determined threats.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
    {
      id: 'top-secret',
      rank: 3,
      label: 'TOP SECRET',
      shortLabel: 'TOP SECRET',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'Most sensitive: compromise could cause exceptionally grave damage.',
      placement: 'header-and-footer',
      unrestricted: false,
    },
  ],
};

// German VSA Anlage IV. The reference lists no unmarked ("offen") level, and open material is
// better carried as TLP:CLEAR, which compares with every scheme (see `unrestricted`), so none is added.
const de: MarkingScheme = {
  id: 'de',
  name: 'Verschlusssachen (VSA)',
  levels: [
    {
      id: 'vs-nfd',
      rank: 0,
      label: 'VS-NUR FÜR DEN DIENSTGEBRAUCH',
      shortLabel: 'VS-NfD',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'For official use only: disclosure to the unauthorised could be disadvantageous to the state.',
      placement: 'header',
      unrestricted: false,
    },
    {
      id: 'vs-vertraulich',
      rank: 1,
      label: 'VS-VERTRAULICH',
      shortLabel: 'VS-V',
      textColor: BLACK,
      backgroundColor: WHITE,
      meaning: 'Confidential: disclosure to the unauthorised could harm the interests of the state.',
      placement: 'header',
      printNote: AMTLICH_GEHEIM,
      unrestricted: false,
    },
    {
      id: 'geheim',
      rank: 2,
      label: 'GEHEIM',
      shortLabel: 'GEHEIM',
      textColor: VS_RED,
      backgroundColor: WHITE,
      meaning: 'Secret: disclosure could endanger the security of the state or seriously harm its interests.',
      placement: 'header-and-footer',
      printNote: AMTLICH_GEHEIM,
      unrestricted: false,
    },
    {
      id: 'streng-geheim',
      rank: 3,
      label: 'STRENG GEHEIM',
      shortLabel: 'STR. GEH.',
      textColor: VS_RED,
      backgroundColor: WHITE,
      meaning: 'Top secret: disclosure could endanger the existence or vital interests of the state.',
      placement: 'header-and-footer',
      printNote: AMTLICH_GEHEIM,
      unrestricted: false,
    },
  ],
};

export const MARKING_SCHEMES: Readonly<Record<MarkingSchemeId, MarkingScheme>> = { tlp, uk, de };

const levelError = (ids: readonly string[]) => ({ error: `expected one of ${ids.join(', ')}` });

/** A marking names its scheme and one of that scheme's levels; a level from another scheme is refused. */
export const markingSchema = z.discriminatedUnion(
  'scheme',
  [
    z.object({ scheme: z.literal('tlp'), level: z.enum(TLP_LEVEL_IDS, levelError(TLP_LEVEL_IDS)) }).strict(),
    z.object({ scheme: z.literal('uk'), level: z.enum(UK_LEVEL_IDS, levelError(UK_LEVEL_IDS)) }).strict(),
    z.object({ scheme: z.literal('de'), level: z.enum(DE_LEVEL_IDS, levelError(DE_LEVEL_IDS)) }).strict(),
  ],
  { error: `expected a marking scheme: one of ${MARKING_SCHEME_IDS.join(', ')}` },
);
export type Marking = z.infer<typeof markingSchema>;

/**
 * TLP is the default scheme; CLEAR is the default level because most desk material is open-source,
 * and the under-marking check catches a briefing left below what it cites.
 */
export const DEFAULT_MARKING: Marking = { scheme: 'tlp', level: 'clear' };

/** The level data (label, colours, meaning) of a marking. */
export function markingLevel(marking: Marking): MarkingLevel {
  const level = MARKING_SCHEMES[marking.scheme].levels.find((candidate) => candidate.id === marking.level);
  // Unreachable for a parsed Marking; a loud failure beats printing the wrong label.
  if (!level) throw new Error(`Unknown marking level ${marking.scheme}/${marking.level}`);
  return level;
}

/** The text the export prints for a marking, e.g. `TLP:AMBER`. */
export function markingLabel(marking: Marking): string {
  return markingLevel(marking).label;
}

export function isSameMarking(a: Marking, b: Marking): boolean {
  return a.scheme === b.scheme && a.level === b.level;
}

/**
 * Negative if `a` is less restrictive than `b`, 0 if equal, positive if more restrictive.
 * Markings in different schemes have no defined order, so the answer is `null` — with one exception:
 * an unrestricted level (TLP:CLEAR) is below every restricted level of any scheme.
 */
export function compareMarkings(a: Marking, b: Marking): number | null {
  const levelA = markingLevel(a);
  const levelB = markingLevel(b);
  if (a.scheme === b.scheme) return Math.sign(levelA.rank - levelB.rank);
  if (levelA.unrestricted && levelB.unrestricted) return 0;
  if (levelA.unrestricted) return -1;
  if (levelB.unrestricted) return 1;
  return null;
}

export type HighestMarking =
  /** Nothing to compare. */
  | { readonly kind: 'none' }
  /** One marking is at least as high as all the others. */
  | { readonly kind: 'single'; readonly marking: Marking }
  /**
   * Restricted markings from more than one scheme: the highest of each scheme, in scheme order. No
   * winner is guessed; the caller shows them all.
   */
  | { readonly kind: 'mixed'; readonly markings: readonly Marking[] };

/** The highest of each scheme present, in MARKING_SCHEME_IDS order. */
function highestPerScheme(markings: Iterable<Marking>): Marking[] {
  const best = new Map<MarkingSchemeId, Marking>();
  for (const marking of markings) {
    const current = best.get(marking.scheme);
    if (!current || (compareMarkings(marking, current) ?? 0) > 0) best.set(marking.scheme, marking);
  }
  return MARKING_SCHEME_IDS.flatMap((scheme) => best.get(scheme) ?? []);
}

/** The highest of some markings; see HighestMarking for what happens when schemes differ. */
export function highestMarking(markings: Iterable<Marking>): HighestMarking {
  const perScheme = highestPerScheme(markings);
  if (perScheme.length === 0) return { kind: 'none' };
  // An unrestricted level is below everything restricted, so it never decides between schemes.
  const restricted = perScheme.filter((marking) => !markingLevel(marking).unrestricted);
  const candidates = restricted.length > 0 ? restricted : perScheme;
  const [first] = candidates;
  if (candidates.length === 1 && first) return { kind: 'single', marking: first };
  return { kind: 'mixed', markings: candidates };
}

/** The highest marking among some sources (e.g. the ones a briefing cites). */
export function highestSourceMarking(sources: Iterable<{ readonly marking: Marking }>): HighestMarking {
  return highestMarking(Array.from(sources, (source) => source.marking));
}

export interface BriefingMarkingCheck {
  /**
   * `ok`: the briefing is at least as high as every cited source.
   * `under-marked`: it is lower than at least one cited source.
   * `mixed-schemes`: no cited source is known to be higher, but some are in a scheme that cannot be
   * compared with the briefing's, so nobody can say the marking is high enough.
   */
  readonly status: 'ok' | 'under-marked' | 'mixed-schemes';
  /** The highest cited-source markings (one per scheme) that are above the briefing's marking. */
  readonly higher: readonly Marking[];
  /** The highest cited-source markings (one per scheme) that cannot be compared with the briefing's. */
  readonly incomparable: readonly Marking[];
}

/** Compare a briefing's marking with the sources it cites. */
export function checkBriefingMarking(
  briefingMarking: Marking,
  citedSources: Iterable<{ readonly marking: Marking }>,
): BriefingMarkingCheck {
  const higher: Marking[] = [];
  const incomparable: Marking[] = [];
  for (const sourceMarking of highestPerScheme(Array.from(citedSources, (source) => source.marking))) {
    const order = compareMarkings(briefingMarking, sourceMarking);
    if (order === null) incomparable.push(sourceMarking);
    else if (order < 0) higher.push(sourceMarking);
  }
  const status = higher.length > 0 ? 'under-marked' : incomparable.length > 0 ? 'mixed-schemes' : 'ok';
  return { status, higher, incomparable };
}

/**
 * True when the UI must warn and export must ask for confirmation: the briefing is marked below a cited
 * source, or a cited source is in another scheme so the marking cannot be shown to be high enough.
 */
export function isBriefingUnderMarked(
  briefingMarking: Marking,
  citedSources: Iterable<{ readonly marking: Marking }>,
): boolean {
  return checkBriefingMarking(briefingMarking, citedSources).status !== 'ok';
}

/**
 * The lowest level of each scheme whose material should not travel as a readable file: TLP:AMBER (limited
 * disclosure), OFFICIAL-SENSITIVE, and every German VS level (VS-NfD upward). Sharing asks for encryption
 * at these and above unless the officer says otherwise.
 */
const ENCRYPT_FROM: Readonly<Record<MarkingSchemeId, string>> = {
  tlp: 'amber',
  uk: 'official-sensitive',
  de: 'vs-nfd',
};

/** True when a package holding material under `marking` should be encrypted. */
export function markingAsksForEncryption(marking: Marking): boolean {
  const threshold = { scheme: marking.scheme, level: ENCRYPT_FROM[marking.scheme] } as Marking;
  return (compareMarkings(marking, threshold) ?? 0) >= 0;
}
