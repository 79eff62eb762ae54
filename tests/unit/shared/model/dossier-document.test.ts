import { describe, expect, it } from 'vitest';
import {
  DOSSIER_FORMAT_VERSION,
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  ModelError,
  parseDossierDocument,
} from '../../../../shared/model';
import { exampleDossierJson } from './example-dossier';

function errorOf(json: unknown): ModelError {
  try {
    parseDossierDocument(json);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected parseDossierDocument to refuse the document');
}

/** The example with one change applied, as JSON text parsed again, the way a file arrives. */
function exampleWith(change: (json: ReturnType<typeof exampleDossierJson>) => void): unknown {
  const json = exampleDossierJson();
  change(json);
  return JSON.parse(JSON.stringify(json));
}

describe('parseDossierDocument', () => {
  it('accepts a realistic Morocco–Germany dossier and returns it typed', () => {
    const document = parseDossierDocument(JSON.parse(JSON.stringify(exampleDossierJson())));
    expect(document.formatVersion).toBe(DOSSIER_FORMAT_VERSION);
    expect(document.dossier.title).toBe('Morocco–Germany security cooperation');
    expect(document.sources[0]?.grading).toEqual({ reliability: 'B', credibility: 2 });
    expect(document.timeline[1]?.date).toEqual({ value: '2025-05', precision: 'month', approximate: true });
    expect(document.briefings[0]?.content.content).toHaveLength(6);
  });

  it('names the path of a wrong field', () => {
    const error = errorOf(
      exampleWith((json) => {
        (json.sources[1]?.grading as { reliability: string }).reliability = 'G';
      }),
    );
    expect(error.code).toBe('SCHEMA_INVALID');
    expect(error.message).toContain('sources.1.grading.reliability: expected one of A–F');
  });

  it('names every problem, not only the first', () => {
    const error = errorOf(
      exampleWith((json) => {
        json.dossier.status = 'deleted';
        (json.entities[0] as { kind: string }).kind = 'ship';
      }),
    );
    expect(error.problems).toEqual(
      expect.arrayContaining([
        'dossier.status: expected one of active, archived, trash',
        'entities.0.kind: expected one of person, organisation, place, other',
      ]),
    );
  });

  it('refuses a field the format does not have', () => {
    const error = errorOf(exampleWith((json) => Object.assign(json.sources[0] ?? {}, { rating: 5 })));
    expect(error.message).toContain('sources.0: unknown field "rating"');
  });

  it('refuses an event date written more precisely than its precision says', () => {
    const error = errorOf(
      exampleWith((json) => {
        (json.timeline[1] as { date: { value: string } }).date.value = '2025-05-01';
      }),
    );
    expect(error.message).toContain('timeline.1.date.value: expected a month date written like 2019-06');
  });

  it('refuses a newer format version and says to update', () => {
    const error = errorOf(exampleWith((json) => Object.assign(json, { formatVersion: 2 })));
    expect(error.code).toBe('UNSUPPORTED_VERSION');
    expect(error.message).toMatch(/Update Dossier Desk/);
  });

  it('refuses a citation of a source that is not in the dossier', () => {
    const error = errorOf(
      exampleWith((json) => {
        json.sources = json.sources.filter((source) => source.id !== 's-press-report');
        for (const entity of json.entities) entity.sourceIds = [];
        for (const event of json.timeline) event.sourceIds = [];
      }),
    );
    expect(error.code).toBe('BROKEN_REFERENCE');
    expect(error.problems).toContain(
      'briefings.0.content.content.3.content.1.content.1.content.0.content.1.attrs.sourceId: no source with id "s-press-report" in this dossier',
    );
    expect(error.problems).toContain(
      'briefingVersions.0.content.content.0.content.1.attrs.sourceId: no source with id "s-press-report" in this dossier',
    );
  });

  it('refuses links to missing entities, attachments and briefings, and items of another dossier', () => {
    const error = errorOf(
      exampleWith((json) => {
        json.timeline[0]?.entityIds.push('e-nobody');
        json.attachments = json.attachments.slice(0, 1);
        if (json.briefingVersions[0]) json.briefingVersions[0].briefingId = 'b-gone';
        if (json.entities[1]) json.entities[1].dossierId = 'd-other';
      }),
    );
    expect(error.code).toBe('BROKEN_REFERENCE');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        'timeline.0.entityIds.1: no entity with id "e-nobody" in this dossier',
        expect.stringMatching(/^sources\.1\.attachmentIds\.0: no attachment with id/),
        'briefingVersions.0.briefingId: no briefing with id "b-gone" in this dossier',
        'entities.1.dossierId: "d-other" is not this dossier (expected "d-morocco-germany")',
      ]),
    );
  });

  it('refuses two sources with the same id', () => {
    const error = errorOf(
      exampleWith((json) => {
        if (json.sources[1]) json.sources[1].id = 's-press-report';
      }),
    );
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.message).toContain('sources.1.id: "s-press-report" is already used by sources.0');
  });

  it('refuses a __proto__ key anywhere, even deep inside rich text', () => {
    const text = JSON.stringify(exampleDossierJson()).replace(
      '"type":"bold"',
      '"type":"bold","__proto__":{"polluted":true}',
    );
    const json = JSON.parse(text) as unknown;
    const error = errorOf(json);
    expect(error.code).toBe('FORBIDDEN_KEY');
    expect(error.message).toContain('briefings.0.content.content.1.content.1.marks.0.__proto__');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])('refuses a "%s" key', (key) => {
    const json = JSON.parse(JSON.stringify(exampleDossierJson()).replace('"tags":', `"${key}":1,"tags":`));
    expect(errorOf(json).code).toBe('FORBIDDEN_KEY');
  });

  it('refuses an over-long title with the limit in the message', () => {
    const error = errorOf(
      exampleWith((json) => {
        json.dossier.title = 'x'.repeat(MAX_TITLE_LENGTH + 1);
      }),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(`dossier.title: longer than the limit of ${MAX_TITLE_LENGTH} characters`);
  });

  it('refuses an over-long alias list entry and reports size before other problems', () => {
    const error = errorOf(
      exampleWith((json) => {
        json.dossier.status = 'unknown';
        json.entities[0]?.aliases.push('y'.repeat(MAX_NAME_LENGTH + 1));
      }),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.problems[0]).toBe(
      `entities.0.aliases.2: longer than the limit of ${MAX_NAME_LENGTH} characters`,
    );
  });

  it('refuses JSON nested deeper than the limit without overflowing the stack', () => {
    // Built as text: JSON.stringify itself would overflow on a value this deep.
    const deep = `${'['.repeat(50_000)}"bottom"${']'.repeat(50_000)}`;
    const text = JSON.stringify(exampleDossierJson()).replace('"summary":', `"summary":${deep},"x":`);
    const error = errorOf(JSON.parse(text));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(
      'dossier.summary.0.0.0.0.0.0…: nested deeper than the limit of 200 levels',
    );
  });

  it('refuses something that is not a document at all', () => {
    expect(errorOf(null).code).toBe('SCHEMA_INVALID');
    expect(errorOf([]).code).toBe('SCHEMA_INVALID');
  });
});
