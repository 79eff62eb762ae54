// A source: one piece of collected material (article, report, cable) with where it came from, its
// marking and Admiralty grading, its text as rich text, and the files attached to it.

import { z } from 'zod';
import { gradingSchema } from './grading';
import { idSchema, isoDateSchema, sha256Schema, timestampSchema } from './ids';
import { MAX_LINKS, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { markingSchema } from './marking';
import { richTextDocSchema } from './rich-text';
import { languageSchema, plainText, sourceUrlSchema } from './text-fields';

/**
 * The file or page a source was made from, kept byte for byte so an analyst can show what it said: the
 * attachment (its id is the bytes' SHA-256) and when it was captured. A saved page lists its images too.
 */
export const capturedOriginalSchema = z
  .object({
    attachmentId: sha256Schema,
    capturedAt: timestampSchema,
  })
  .strict();
export type CapturedOriginal = z.infer<typeof capturedOriginalSchema>;

export const sourceSchema = z
  .object({
    id: idSchema,
    dossierId: idSchema,
    title: plainText(MAX_TITLE_LENGTH, true),
    /** Publication or issuing body; empty when unknown. */
    outlet: plainText(MAX_NAME_LENGTH),
    /** Empty when unknown or anonymous. */
    author: plainText(MAX_NAME_LENGTH),
    url: sourceUrlSchema.optional(),
    publishedAt: isoDateSchema.optional(),
    retrievedAt: isoDateSchema,
    language: languageSchema,
    body: richTextDocSchema,
    /** The officer's own remarks, kept apart from the source's words. */
    notes: plainText(MAX_NOTES_LENGTH),
    marking: markingSchema,
    grading: gradingSchema,
    attachmentIds: z
      .array(sha256Schema)
      .max(MAX_LINKS)
      .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same attachment twice' }),
    /** Absent on sources typed or pasted in; the first is the file itself, then a saved page's images. */
    originals: z.array(capturedOriginalSchema).max(MAX_LINKS).optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .refine(
    (source) =>
      (source.originals ?? []).every((original) => source.attachmentIds.includes(original.attachmentId)),
    { error: 'keeps an original that is not among its attachments', path: ['originals'] },
  );
export type Source = z.infer<typeof sourceSchema>;
