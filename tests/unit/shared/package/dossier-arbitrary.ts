// fast-check arbitraries for whole, valid DossierDocuments with their attachment bytes: any Unicode
// (astral characters, combining marks, lone surrogates, markup), empty collections, and references
// (citations, images, links between items) that resolve.

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { withoutXmlForbiddenCharacters } from '../../../../shared/model';

export interface GeneratedDossier {
  json: Record<string, unknown>;
  attachments: Map<string, Uint8Array>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  maxLength: 3,
});
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE sources; --',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnp.exe',
  '../../etc/passwd',
);

/** Any text at all, short. */
export const anyText = (maxLength = 40) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength }),
        fc.string({ unit: 'grapheme', maxLength }),
        markup,
        loneSurrogates,
      ),
      { maxLength: 3 },
    )
    .map((parts) => parts.join('').slice(0, maxLength));

/**
 * Text the model requires to be non-blank once it has trimmed it and dropped what XML forbids (lone
 * surrogates, C0 controls: still generated, to be dropped).
 */
const requiredText = (maxLength = 40) =>
  anyText(maxLength).filter((text) => withoutXmlForbiddenCharacters(text).trim().length > 0);

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
const timestamp = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const isoDate = timestamp.map((stamp) => stamp.slice(0, 10));
const marking = fc.constantFrom(
  { scheme: 'tlp', level: 'clear' },
  { scheme: 'tlp', level: 'amber-strict' },
  { scheme: 'uk', level: 'official-sensitive' },
  { scheme: 'de', level: 'streng-geheim' },
);
const grading = fc.record({
  reliability: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
  credibility: fc.integer({ min: 1, max: 6 }),
});

function subset<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return items.length === 0 ? fc.constant([]) : fc.subarray([...items]);
}

/** A rich-text doc whose citations and images point at the given ids. */
export function richText(sourceIds: readonly string[], attachmentIds: readonly string[]) {
  const inline = fc.oneof(
    anyText(30)
      .filter((text) => text.length > 0)
      .chain((text) =>
        fc.subarray(['bold', 'italic', 'underline', 'strike'] as const).map((marks) => ({
          type: 'text',
          text,
          ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
        })),
      ),
    fc.constant({ type: 'hardBreak' }),
    ...(sourceIds.length
      ? [fc.constantFrom(...sourceIds).map((sourceId) => ({ type: 'citation', attrs: { sourceId } }))]
      : []),
  );
  const paragraph = fc.array(inline, { maxLength: 4 }).map((content) => ({ type: 'paragraph', content }));
  const block = fc.oneof(
    paragraph,
    fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.array(inline, { maxLength: 2 }))
      .map(([level, content]) => ({ type: 'heading', attrs: { level }, content })),
    fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((items) => ({
      type: 'bulletList',
      content: items.map((item) => ({ type: 'listItem', content: [item] })),
    })),
    ...(attachmentIds.length
      ? [
          fc
            .tuple(fc.constantFrom(...attachmentIds), fc.option(anyText(20), { nil: null }))
            .map(([attachmentId, alt]) => ({
              type: 'image',
              attrs: { attachmentId, alt, title: null, width: null, height: null },
            })),
        ]
      : []),
  );
  return fc.array(block, { minLength: 1, maxLength: 4 }).map((content) => ({ type: 'doc', content }));
}

export interface DossierArbitraryOptions {
  maxAttachments?: number;
  maxAttachmentBytes?: number;
}

export function dossierArbitrary(options: DossierArbitraryOptions = {}): fc.Arbitrary<GeneratedDossier> {
  const attachmentBytes = fc.uniqueArray(fc.uint8Array({ maxLength: options.maxAttachmentBytes ?? 2000 }), {
    maxLength: options.maxAttachments ?? 3,
    selector: (bytes) => sha256(bytes),
  });
  return fc
    .record({
      dossierId: idArb,
      bytes: attachmentBytes,
      sourceIds: fc.uniqueArray(idArb, { maxLength: 4 }),
      entityIds: fc.uniqueArray(idArb, { maxLength: 3 }),
      eventIds: fc.uniqueArray(idArb, { maxLength: 3 }),
      briefingIds: fc.uniqueArray(idArb, { maxLength: 2 }),
      versionIds: fc.uniqueArray(idArb, { maxLength: 2 }),
    })
    .chain(({ dossierId, bytes, sourceIds, entityIds, eventIds, briefingIds, versionIds }) => {
      const attachmentIds = bytes.map(sha256);
      const attachments = fc.tuple(
        ...bytes.map((data) =>
          fc.record({
            id: fc.constant(sha256(data)),
            name: requiredText(60),
            mimeType: fc.constantFrom(
              'application/pdf',
              'image/png',
              'text/plain',
              'application/octet-stream',
            ),
            size: fc.constant(data.length),
          }),
        ),
      );
      const sources = fc.tuple(
        ...sourceIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              dossierId: fc.constant(dossierId),
              title: requiredText(),
              outlet: anyText(),
              author: anyText(),
              url: fc.webUrl({ withQueryParameters: true }),
              publishedAt: isoDate,
              retrievedAt: isoDate,
              language: fc.constantFrom('en', 'de', 'ar', 'zh'),
              body: richText(sourceIds, attachmentIds),
              notes: anyText(200),
              marking,
              grading,
              attachmentIds: subset(attachmentIds),
              createdAt: timestamp,
              updatedAt: timestamp,
            },
            {
              requiredKeys: [
                'id',
                'dossierId',
                'title',
                'outlet',
                'author',
                'retrievedAt',
                'language',
                'body',
                'notes',
                'marking',
                'grading',
                'attachmentIds',
                'createdAt',
                'updatedAt',
              ],
            },
          ),
        ),
      );
      const entities = fc.tuple(
        ...entityIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            dossierId: fc.constant(dossierId),
            kind: fc.constantFrom('person', 'organisation', 'place', 'other'),
            name: requiredText(),
            aliases: fc.array(requiredText(20), { maxLength: 3 }),
            notes: anyText(),
            sourceIds: subset(sourceIds),
            createdAt: timestamp,
            updatedAt: timestamp,
          }),
        ),
      );
      const timeline = fc.tuple(
        ...eventIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            dossierId: fc.constant(dossierId),
            date: fc.oneof(
              isoDate.map((value) => ({ value, precision: 'day', approximate: false })),
              isoDate.map((value) => ({ value: value.slice(0, 7), precision: 'month', approximate: true })),
              isoDate.map((value) => ({ value: value.slice(0, 4), precision: 'year', approximate: false })),
            ),
            title: requiredText(),
            description: anyText(),
            sourceIds: subset(sourceIds),
            entityIds: subset(entityIds),
            createdAt: timestamp,
            updatedAt: timestamp,
          }),
        ),
      );
      const briefings = fc.tuple(
        ...briefingIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            dossierId: fc.constant(dossierId),
            title: requiredText(),
            templateId: fc.constantFrom('briefing-note', 'situation-report'),
            marking,
            status: fc.constantFrom('draft', 'final'),
            content: richText(sourceIds, attachmentIds),
            createdAt: timestamp,
            updatedAt: timestamp,
          }),
        ),
      );
      const versions = briefingIds.length
        ? fc.tuple(
            ...versionIds.map((id) =>
              fc.record({
                id: fc.constant(id),
                briefingId: fc.constantFrom(...briefingIds),
                name: requiredText(),
                createdAt: timestamp,
                title: requiredText(),
                marking,
                content: richText(sourceIds, attachmentIds),
              }),
            ),
          )
        : fc.constant([]);
      const dossier = fc.record({
        id: fc.constant(dossierId),
        title: requiredText(),
        summary: anyText(300),
        tags: fc.uniqueArray(requiredText(20), {
          maxLength: 4,
          // The model keeps one of two tags that are the same once cleaned; the round trip compares exactly.
          selector: (tag) => withoutXmlForbiddenCharacters(tag).trim(),
        }),
        marking,
        createdAt: timestamp,
        updatedAt: timestamp,
        status: fc.constantFrom('active', 'archived'),
      });
      return fc
        .record({ dossier, sources, entities, timeline, briefings, briefingVersions: versions, attachments })
        .map((parts) => ({
          json: { formatVersion: 1, ...parts },
          attachments: new Map(bytes.map((data) => [sha256(data), data])),
        }));
    });
}

/** A valid dossier with nothing in it but the given attachments' metadata. */
export function emptyDossierJson(attachments: { id: string; size: number }[]): Record<string, unknown> {
  const T = '2025-01-01T00:00:00.000Z';
  return {
    formatVersion: 1,
    dossier: {
      id: 'd-empty',
      title: 'Empty',
      summary: '',
      tags: [],
      marking: { scheme: 'tlp', level: 'clear' },
      createdAt: T,
      updatedAt: T,
      status: 'active',
    },
    sources: [],
    entities: [],
    timeline: [],
    briefings: [],
    briefingVersions: [],
    attachments: attachments.map(({ id, size }, index) => ({
      id,
      name: `file-${index}.bin`,
      mimeType: 'application/octet-stream',
      size,
    })),
  };
}
