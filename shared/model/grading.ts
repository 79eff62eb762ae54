// Admiralty source grading (NATO STANAG 2511 / AJP-2.1): how reliable the source is (A–F) and how
// credible this piece of information is (1–6), written together as "B2".

import { z } from 'zod';
import { ModelError } from './model-error';

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

export const RELIABILITY_MEANINGS: Readonly<Record<Reliability, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_MEANINGS: Readonly<Record<Credibility, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const gradingSchema = z
  .object({
    reliability: z.enum(RELIABILITY_GRADES, { error: 'expected one of A–F' }),
    credibility: z.union(
      CREDIBILITY_GRADES.map((grade) => z.literal(grade)),
      { error: 'expected a whole number 1–6' },
    ),
  })
  .strict();
export type Grading = z.infer<typeof gradingSchema>;

/** F6 says "cannot be judged" on both axes, which is the honest grading of a source nobody has graded yet. */
export const UNGRADED: Grading = { reliability: 'F', credibility: 6 };

/** "B2" */
export function formatGrading(grading: Grading): string {
  return `${grading.reliability}${grading.credibility}`;
}

/** "B2 — Usually reliable; Probably true", for tooltips and the source view. */
export function describeGrading(grading: Grading): string {
  return `${formatGrading(grading)} — ${RELIABILITY_MEANINGS[grading.reliability]}; ${CREDIBILITY_MEANINGS[grading.credibility]}`;
}

/** Read "B2" (case and surrounding spaces ignored); throws ModelError INVALID_GRADING otherwise. */
export function parseGrading(text: string): Grading {
  const match = /^([A-F])([1-6])$/.exec(text.trim().toUpperCase());
  if (!match) {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    throw new ModelError(
      'INVALID_GRADING',
      `"${shown}" is not an Admiralty grading. Write a letter A–F and a digit 1–6, for example B2.`,
    );
  }
  return gradingSchema.parse({ reliability: match[1], credibility: Number(match[2]) });
}
