import { describe, expect, it } from 'vitest';
import { conflictValueText } from '../../../../renderer/sharing/conflict-value';

describe('a conflicting value as the merge dialog shows it', () => {
  it('reads a grading, a marking, a date, a list and rich text as an officer writes them', () => {
    expect(conflictValueText({ reliability: 'B', credibility: 2 })).toBe('B2');
    expect(conflictValueText({ scheme: 'tlp', level: 'amber' })).toBe('TLP:AMBER');
    expect(conflictValueText({ value: '2024-05', precision: 'month', approximate: false })).toBe('2024-05');
    expect(conflictValueText(['Morocco', 'Germany'])).toBe('Morocco, Germany');
    expect(
      conflictValueText({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fifteen operations.' }] }],
      }),
    ).toBe('Fifteen operations.');
  });

  it('says when a side left a field empty', () => {
    expect(conflictValueText('')).toBe('(empty)');
    expect(conflictValueText(undefined)).toBe('(empty)');
    expect(conflictValueText([])).toBe('(none)');
  });
});
