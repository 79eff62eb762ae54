// DossierDocument: one whole dossier as a single JSON value, format version 1. It is what a `.dossier`
// package carries as dossier.json and what the `dossier` CLI reads; docs/data-model.md specifies it.

import { z } from 'zod';
import { type Attachment, attachmentSchema } from './attachment';
import { type Briefing, type BriefingVersion, briefingSchema, briefingVersionSchema } from './briefing';
import { dossierSchema } from './dossier';
import { entitySchema } from './entity';
import { guardJson } from './json-guard';
import { MAX_ITEMS } from './limits';
import { composeMessage, formatPath, ModelError, modelErrorFromZod, type PathSegment } from './model-error';
import { forEachNode, type RichTextDoc } from './rich-text';
import { sourceSchema } from './source';
import { timelineEventSchema } from './timeline-event';

/** The format this code writes and reads. A newer number is refused rather than half-understood. */
export const DOSSIER_FORMAT_VERSION = 1;

export const dossierDocumentSchema = z
  .object({
    formatVersion: z.literal(DOSSIER_FORMAT_VERSION, { error: `expected ${DOSSIER_FORMAT_VERSION}` }),
    dossier: dossierSchema,
    sources: z.array(sourceSchema).max(MAX_ITEMS),
    entities: z.array(entitySchema).max(MAX_ITEMS),
    timeline: z.array(timelineEventSchema).max(MAX_ITEMS),
    briefings: z.array(briefingSchema).max(MAX_ITEMS),
    briefingVersions: z.array(briefingVersionSchema).max(MAX_ITEMS),
    /** Metadata only; the bytes travel beside dossier.json in the package. */
    attachments: z.array(attachmentSchema).max(MAX_ITEMS),
  })
  .strict();
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;

const WHAT = 'This dossier file cannot be opened';
const ADVICE = 'It may be damaged or made by a newer version of Dossier Desk.';

/**
 * Parse an untrusted DossierDocument (e.g. `JSON.parse` of a package's dossier.json). Checks, in order:
 * forbidden keys and nesting (FORBIDDEN_KEY, TOO_LARGE), the format version (UNSUPPORTED_VERSION), the
 * schema (SCHEMA_INVALID, TOO_LARGE), unique ids (DUPLICATE_ID), then that every reference resolves
 * (BROKEN_REFERENCE). Throws ModelError; every message names the field path of the first problem.
 */
export function parseDossierDocument(json: unknown): DossierDocument {
  guardJson(json, WHAT);
  refuseNewerFormat(json);
  const result = dossierDocumentSchema.safeParse(json);
  if (!result.success) throw modelErrorFromZod(result.error, WHAT, ADVICE);
  const document = result.data;
  assertUniqueIds(document);
  assertReferencesResolve(document);
  return document;
}

function refuseNewerFormat(json: unknown): void {
  if (typeof json !== 'object' || json === null) return;
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > DOSSIER_FORMAT_VERSION) {
    throw new ModelError(
      'UNSUPPORTED_VERSION',
      `This dossier file uses format version ${version}, but this Dossier Desk reads up to version ${DOSSIER_FORMAT_VERSION}. Update Dossier Desk to open it.`,
    );
  }
}

type Collection = 'sources' | 'entities' | 'timeline' | 'briefings' | 'briefingVersions' | 'attachments';
const COLLECTIONS: readonly Collection[] = [
  'sources',
  'entities',
  'timeline',
  'briefings',
  'briefingVersions',
  'attachments',
];

function assertUniqueIds(document: DossierDocument): void {
  const problems: string[] = [];
  for (const collection of COLLECTIONS) {
    const firstIndex = new Map<string, number>();
    document[collection].forEach((item, index) => {
      const earlier = firstIndex.get(item.id);
      if (earlier === undefined) firstIndex.set(item.id, index);
      else
        problems.push(`${collection}.${index}.id: "${item.id}" is already used by ${collection}.${earlier}`);
    });
  }
  if (problems.length > 0) {
    throw new ModelError('DUPLICATE_ID', composeMessage(WHAT, problems, problems.length, ADVICE), problems);
  }
}

/** Every id that points somewhere must find its target inside this same document. */
function assertReferencesResolve(document: DossierDocument): void {
  const problems: string[] = [];
  const dossierId = document.dossier.id;
  const sourceIds = new Set(document.sources.map((source) => source.id));
  const entityIds = new Set(document.entities.map((entity) => entity.id));
  const briefingIds = new Set(document.briefings.map((briefing) => briefing.id));
  const attachmentIds = new Set(document.attachments.map((attachment: Attachment) => attachment.id));

  const expect = (path: PathSegment[], id: string, known: ReadonlySet<string>, kind: string) => {
    if (!known.has(id)) problems.push(`${formatPath(path)}: no ${kind} with id "${id}" in this dossier`);
  };
  const expectAll = (
    path: PathSegment[],
    ids: readonly string[],
    known: ReadonlySet<string>,
    kind: string,
  ) => {
    ids.forEach((id, at) => {
      expect([...path, at], id, known, kind);
    });
  };
  const belongsHere = (path: PathSegment[], id: string) => {
    if (id !== dossierId) {
      problems.push(`${formatPath(path)}: "${id}" is not this dossier (expected "${dossierId}")`);
    }
  };
  // Citations and images inside rich text, with the full path to the node that holds them.
  const checkRichText = (path: PathSegment[], doc: RichTextDoc) => {
    forEachNode(doc, (node, nodePath) => {
      const at = [...path, ...nodePath, 'attrs'];
      if (node.type === 'citation') expect([...at, 'sourceId'], node.attrs.sourceId, sourceIds, 'source');
      if (node.type === 'image')
        expect([...at, 'attachmentId'], node.attrs.attachmentId, attachmentIds, 'attachment');
    });
  };

  document.sources.forEach((source, index) => {
    belongsHere(['sources', index, 'dossierId'], source.dossierId);
    expectAll(['sources', index, 'attachmentIds'], source.attachmentIds, attachmentIds, 'attachment');
    checkRichText(['sources', index, 'body'], source.body);
  });
  document.entities.forEach((entity, index) => {
    belongsHere(['entities', index, 'dossierId'], entity.dossierId);
    expectAll(['entities', index, 'sourceIds'], entity.sourceIds, sourceIds, 'source');
  });
  document.timeline.forEach((event, index) => {
    belongsHere(['timeline', index, 'dossierId'], event.dossierId);
    expectAll(['timeline', index, 'sourceIds'], event.sourceIds, sourceIds, 'source');
    expectAll(['timeline', index, 'entityIds'], event.entityIds, entityIds, 'entity');
  });
  document.briefings.forEach((briefing: Briefing, index) => {
    belongsHere(['briefings', index, 'dossierId'], briefing.dossierId);
    checkRichText(['briefings', index, 'content'], briefing.content);
  });
  // Saved versions must stay restorable, so their citations and images must resolve too.
  document.briefingVersions.forEach((version: BriefingVersion, index) => {
    expect(['briefingVersions', index, 'briefingId'], version.briefingId, briefingIds, 'briefing');
    checkRichText(['briefingVersions', index, 'content'], version.content);
  });

  if (problems.length > 0) {
    throw new ModelError(
      'BROKEN_REFERENCE',
      composeMessage(WHAT, problems, problems.length, ADVICE),
      problems.slice(0, 50),
    );
  }
}
