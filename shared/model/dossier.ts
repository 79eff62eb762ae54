// A dossier: the folder a desk officer keeps on one subject, holding sources, entities, a timeline and
// briefings (those point back to it by dossierId).

import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { MAX_SUMMARY_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from './limits';
import { lineageSchema } from './lineage';
import { markingSchema } from './marking';
import { plainText } from './text-fields';

export const DOSSIER_STATUSES = ['active', 'archived', 'trash'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const dossierSchema = z
  .object({
    id: idSchema,
    title: plainText(MAX_TITLE_LENGTH, true),
    summary: plainText(MAX_SUMMARY_LENGTH),
    tags: z
      .array(plainText(MAX_TAG_LENGTH, true))
      .max(MAX_TAGS)
      // Tags that are the same once the clean-up has removed what XML forbids are one tag: a colleague's
      // file is merged into its tags, not refused for them.
      .transform((tags) => [...new Set(tags)]),
    marking: markingSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    status: z.enum(DOSSIER_STATUSES, { error: 'expected one of active, archived, trash' }),
    /** When it went to Trash; present exactly when status is `trash`, so Trash can be sorted and aged. */
    trashedAt: timestampSchema.optional(),
    /** Where this copy comes from, once it has been shared or imported; absent on a dossier never shared. */
    lineage: lineageSchema.optional(),
  })
  .strict()
  .superRefine((dossier, ctx) => {
    if (dossier.status === 'trash' && !dossier.trashedAt) {
      ctx.addIssue({ code: 'custom', path: ['trashedAt'], message: 'required when status is trash' });
    }
    if (dossier.status !== 'trash' && dossier.trashedAt) {
      ctx.addIssue({ code: 'custom', path: ['trashedAt'], message: 'only allowed when status is trash' });
    }
  });
export type Dossier = z.infer<typeof dossierSchema>;
