import { describe, expect, it } from 'vitest';
import { headingNumberer } from '../../../../../shared/export/heading/heading-number';

describe('headingNumberer', () => {
  it('numbers headings as Word numbering does, a lower level restarting under each higher one', () => {
    const next = headingNumberer();
    const levels = [1, 2, 2, 3, 1, 2, 3, 3, 1] as const;
    expect(levels.map((level) => next(level))).toEqual([
      '1.',
      '1.1',
      '1.2',
      '1.2.1',
      '2.',
      '2.1',
      '2.1.1',
      '2.1.2',
      '3.',
    ]);
  });
});
