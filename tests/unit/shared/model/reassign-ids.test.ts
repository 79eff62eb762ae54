import { describe, expect, it } from 'vitest';
import { citedSourceIds, parseDossierDocument, reassignRecordIds } from '../../../../shared/model';
import { exampleDossierJson } from './example-dossier';

const example = () => parseDossierDocument(exampleDossierJson());

describe('giving records fresh ids', () => {
  it('moves only the picked records, and every link, citation and version follows them', () => {
    const document = example();
    const { document: moved, reassigned } = reassignRecordIds(
      document,
      (kind, id) => kind === 'sources' && id === 's-interior-statement',
    );
    expect(reassigned).toBe(1);
    const newId = moved.sources.find((source) => source.title === document.sources[0]?.title)?.id;
    expect(newId).toBeDefined();
    expect(newId).not.toBe('s-interior-statement');
    expect(moved.sources.map((source) => source.id)).toContain('s-press-report');
    expect(moved.entities.flatMap((entity) => entity.sourceIds)).not.toContain('s-interior-statement');
    expect(moved.timeline.flatMap((event) => event.sourceIds)).not.toContain('s-interior-statement');
    for (const briefing of moved.briefings) {
      expect(citedSourceIds(briefing.content)).not.toContain('s-interior-statement');
    }
    for (const version of moved.briefingVersions) {
      expect(citedSourceIds(version.content)).not.toContain('s-interior-statement');
    }
    // Still a whole, consistent dossier: the model's own checks pass.
    expect(() => parseDossierDocument(JSON.parse(JSON.stringify(moved)))).not.toThrow();
    expect(moved.dossier.id).toBe(document.dossier.id);
  });

  it('makes a copy with a new dossier id and title that shares no record id with the original', () => {
    const document = example();
    const { document: copy, reassigned } = reassignRecordIds(document, () => true, {
      title: `${document.dossier.title} (copy)`,
    });
    const count =
      document.sources.length +
      document.entities.length +
      document.timeline.length +
      document.briefings.length +
      document.briefingVersions.length;
    expect(reassigned).toBe(count);
    expect(copy.dossier.id).not.toBe(document.dossier.id);
    expect(copy.dossier.title).toBe(`${document.dossier.title} (copy)`);
    const before = new Set(
      [...document.sources, ...document.entities, ...document.briefings].map((r) => r.id),
    );
    for (const record of [...copy.sources, ...copy.entities, ...copy.briefings]) {
      expect(before.has(record.id)).toBe(false);
      expect('dossierId' in record && record.dossierId).toBe(copy.dossier.id);
    }
    expect(copy.briefingVersions.map((version) => version.briefingId)).toEqual(
      copy.briefingVersions.map(() => copy.briefings[0]?.id),
    );
    expect(() => parseDossierDocument(JSON.parse(JSON.stringify(copy)))).not.toThrow();
  });
});
