// Gives some records of a dossier document fresh ids, with every reference to them following: entity and
// event links, citations in briefings, versions and source texts, a version's briefing. Used when a copy
// must sit beside its original ("Keep both"), and when an incoming package reuses ids that belong to
// another dossier here, so that an import never writes over a record of another dossier.

import type { DossierDocument } from './dossier-document';
import { newId } from './ids';
import type { RichTextDoc } from './rich-text';

/** The kinds of record whose ids are the dossier's own (attachments are named by their bytes instead). */
export type ReassignableKind = 'sources' | 'entities' | 'timeline' | 'briefings' | 'briefingVersions';

export interface ReassignedDocument {
  readonly document: DossierDocument;
  /** How many records were given a new id. */
  readonly reassigned: number;
}

function remapCitations(doc: RichTextDoc, ids: ReadonlyMap<string, string>): RichTextDoc {
  if (ids.size === 0) return doc;
  return JSON.parse(JSON.stringify(doc), (key, value) =>
    key === 'sourceId' && typeof value === 'string' ? (ids.get(value) ?? value) : value,
  ) as RichTextDoc;
}

/**
 * The document with a fresh id for each record `pick` chooses, and for the dossier itself when
 * `dossier` says so (with the title it gives). Ids are per kind: a source and an entity may share one.
 */
export function reassignRecordIds(
  document: DossierDocument,
  pick: (kind: ReassignableKind, id: string) => boolean,
  dossier?: { title: string },
): ReassignedDocument {
  const fresh = new Map<ReassignableKind, Map<string, string>>();
  let reassigned = 0;
  const idsOf = (kind: ReassignableKind) => {
    let ids = fresh.get(kind);
    if (!ids) {
      ids = new Map();
      fresh.set(kind, ids);
    }
    return ids;
  };
  const kinds: ReassignableKind[] = ['sources', 'entities', 'timeline', 'briefings', 'briefingVersions'];
  for (const kind of kinds) {
    for (const record of document[kind]) {
      if (!pick(kind, record.id)) continue;
      idsOf(kind).set(record.id, newId());
      reassigned += 1;
    }
  }
  const sources = idsOf('sources');
  const entities = idsOf('entities');
  const briefings = idsOf('briefings');
  const id = (ids: ReadonlyMap<string, string>, old: string) => ids.get(old) ?? old;
  const all = (ids: ReadonlyMap<string, string>, list: readonly string[]) => list.map((old) => id(ids, old));
  const dossierId = dossier ? newId() : document.dossier.id;
  return {
    reassigned,
    document: {
      ...document,
      dossier: dossier ? { ...document.dossier, id: dossierId, title: dossier.title } : document.dossier,
      sources: document.sources.map((source) => ({
        ...source,
        id: id(sources, source.id),
        dossierId,
        body: remapCitations(source.body, sources),
      })),
      entities: document.entities.map((entity) => ({
        ...entity,
        id: id(entities, entity.id),
        dossierId,
        sourceIds: all(sources, entity.sourceIds),
      })),
      timeline: document.timeline.map((event) => ({
        ...event,
        id: id(idsOf('timeline'), event.id),
        dossierId,
        sourceIds: all(sources, event.sourceIds),
        entityIds: all(entities, event.entityIds),
      })),
      briefings: document.briefings.map((briefing) => ({
        ...briefing,
        id: id(briefings, briefing.id),
        dossierId,
        content: remapCitations(briefing.content, sources),
      })),
      briefingVersions: document.briefingVersions.map((version) => ({
        ...version,
        id: id(idsOf('briefingVersions'), version.id),
        briefingId: id(briefings, version.briefingId),
        content: remapCitations(version.content, sources),
      })),
    },
  };
}
