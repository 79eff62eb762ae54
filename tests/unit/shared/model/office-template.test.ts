import { describe, expect, it } from 'vitest';
import {
  type OfficeTemplate,
  officeTemplateFor,
  officeTemplateSchema,
  officeTemplatesDressing,
} from '../../../../shared/model';

function template(id: string, dresses: string[], updatedAt: string): OfficeTemplate {
  return {
    id,
    name: id,
    fileName: `${id}.dotx`,
    dresses,
    defaults: { author: '', distribution: [] },
    addedAt: '2025-01-01T00:00:00.000Z',
    updatedAt,
    reference: new Uint8Array([0x50, 0x4b]),
  };
}

const ministry = template('ot-ministry', ['briefing-note', 'meeting-brief'], '2025-02-01T00:00:00.000Z');
const newer = template('ot-newer', ['briefing-note'], '2025-03-01T00:00:00.000Z');
const sitrep = template('ot-sitrep', ['situation-report'], '2025-01-15T00:00:00.000Z');

describe('office templates', () => {
  it('picks the template dressing a structure, the most recently changed when several do', () => {
    expect(officeTemplateFor([ministry, newer, sitrep], 'briefing-note')?.id).toBe('ot-newer');
    expect(officeTemplateFor([ministry, sitrep], 'meeting-brief')?.id).toBe('ot-ministry');
    expect(officeTemplateFor([ministry, sitrep], 'unknown')).toBeUndefined();
  });

  it('lists once each the templates dressing the structures a dossier uses', () => {
    const used = officeTemplatesDressing(
      [ministry, sitrep],
      ['meeting-brief', 'briefing-note', 'meeting-brief'],
    );
    expect(used.map((item) => item.id)).toEqual(['ot-ministry']);
    expect(officeTemplatesDressing([ministry, sitrep], [])).toEqual([]);
  });

  it('refuses a record naming a structure by anything but a template id, or with unknown fields', () => {
    expect(officeTemplateSchema.safeParse(ministry).success).toBe(true);
    expect(officeTemplateSchema.safeParse({ ...ministry, dresses: ['Briefing Note'] }).success).toBe(false);
    expect(officeTemplateSchema.safeParse({ ...ministry, macros: true }).success).toBe(false);
    expect(officeTemplateSchema.safeParse({ ...ministry, reference: 'not bytes' }).success).toBe(false);
  });
});
