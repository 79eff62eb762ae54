// A source: one piece of collected material (article, report, cable) with where it came from, its
// marking and Admiralty grading, its text as rich text, and the files attached to it.

import { z } from 'zod';
import { gradingSchema } from './grading';
import { idSchema, isoDateSchema, sha256Schema, timestampSchema } from './ids';
import { MAX_LINKS, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { markingSchema } from './marking';
import { richTextDocSchema } from './rich-text';
import { languageSchema, plainText, sourceUrlSchema } from './text-fields';

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
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
