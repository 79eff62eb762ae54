import { describe, expect, it } from 'vitest';
import { idSchema, newId, timestampSchema } from '../../../../shared/model';

describe('ids', () => {
  it('makes distinct ids that the id schema accepts', () => {
    const ids = Array.from({ length: 100 }, newId);
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true);
  });

  it('refuses ids with characters unsafe in keys, paths or markup', () => {
    for (const id of ['', '../etc', 'a b', '<x>', 'x'.repeat(65)])
      expect(idSchema.safeParse(id).success).toBe(false);
  });

  it('accepts the time stamps Date#toISOString writes and refuses local times', () => {
    expect(timestampSchema.safeParse(new Date().toISOString()).success).toBe(true);
    expect(timestampSchema.safeParse('2025-03-10 08:15').success).toBe(false);
  });
});
