import { describe, expect, it } from 'vitest';
import {
  CREDIBILITY_MEANINGS,
  describeGrading,
  formatGrading,
  gradingSchema,
  ModelError,
  parseGrading,
  RELIABILITY_MEANINGS,
} from '../../../../shared/model';

describe('Admiralty grading', () => {
  it('formats reliability and credibility as letter and digit', () => {
    expect(formatGrading({ reliability: 'B', credibility: 2 })).toBe('B2');
  });

  it('parses "B2", ignoring case and surrounding spaces', () => {
    expect(parseGrading('B2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(parseGrading(' f6 ')).toEqual({ reliability: 'F', credibility: 6 });
  });

  it('round-trips every grading through format and parse', () => {
    for (const reliability of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
      for (const credibility of [1, 2, 3, 4, 5, 6] as const) {
        expect(parseGrading(formatGrading({ reliability, credibility }))).toEqual({
          reliability,
          credibility,
        });
      }
    }
  });

  it.each(['G1', 'B7', 'B0', '2B', 'B 2', '', 'AB2'])('refuses %j with INVALID_GRADING', (text) => {
    expect(() => parseGrading(text)).toThrow(ModelError);
    try {
      parseGrading(text);
    } catch (error) {
      expect((error as ModelError).code).toBe('INVALID_GRADING');
    }
  });

  it('carries the meanings of the reference scale', () => {
    expect(RELIABILITY_MEANINGS.F).toBe('Reliability cannot be judged');
    expect(CREDIBILITY_MEANINGS[1]).toBe('Confirmed by other sources');
    expect(describeGrading({ reliability: 'B', credibility: 2 })).toBe(
      'B2 — Usually reliable; Probably true',
    );
  });

  it('refuses credibility given as a string or out of range', () => {
    expect(gradingSchema.safeParse({ reliability: 'A', credibility: '1' }).success).toBe(false);
    expect(gradingSchema.safeParse({ reliability: 'A', credibility: 7 }).success).toBe(false);
  });
});
