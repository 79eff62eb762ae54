// An office template: the office's own Word look (a reference document, stored as the clean small .dotx
// shared/export/reference makes of what the user added), which of our structures it dresses, and the cover
// defaults it brings. Stored in the app's database; a dossier package may carry the ones its briefings use.

import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { MAX_FILE_NAME_LENGTH, MAX_NAME_LENGTH } from './limits';
import { templateIdSchema } from './template';
import { plainText } from './text-fields';

/** The reference document's bytes: the cleaned .dotx, well under what the reader accepts (20 MB). */
export const MAX_OFFICE_TEMPLATE_BYTES = 20 * 1024 * 1024;
/** Names on a cover's distribution list. */
export const MAX_DISTRIBUTION_ENTRIES = 50;

/** What an office template says about itself, without its bytes: the package's `office-templates/<id>.json`. */
export const officeTemplateInfoSchema = z
  .object({
    id: idSchema,
    name: plainText(MAX_NAME_LENGTH, true),
    /** The file it was added from, as the user knows it. */
    fileName: plainText(MAX_FILE_NAME_LENGTH, true),
    /** Our structures (template ids) it dresses: a briefing of one of these is exported in its look. */
    dresses: z.array(templateIdSchema).max(20),
    defaults: z
      .object({
        author: plainText(MAX_NAME_LENGTH),
        distribution: z.array(plainText(MAX_NAME_LENGTH, true)).max(MAX_DISTRIBUTION_ENTRIES),
      })
      .strict(),
    addedAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type OfficeTemplateInfo = z.infer<typeof officeTemplateInfoSchema>;

export const officeTemplateSchema = officeTemplateInfoSchema
  .extend({
    reference: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_OFFICE_TEMPLATE_BYTES, {
      message: 'is larger than an office template may be (20 MB)',
    }),
  })
  .strict();
export type OfficeTemplate = z.infer<typeof officeTemplateSchema>;

/** The office template that dresses a structure, the most recently changed first when several claim it. */
export function officeTemplateFor(
  templates: readonly OfficeTemplate[],
  structureId: string,
): OfficeTemplate | undefined {
  return [...templates]
    .filter((template) => template.dresses.includes(structureId))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** The office templates that dress any of these structures, once each: what a shared dossier carries. */
export function officeTemplatesDressing(
  templates: readonly OfficeTemplate[],
  structureIds: readonly string[],
): OfficeTemplate[] {
  const used = new Map<string, OfficeTemplate>();
  for (const structureId of structureIds) {
    const template = officeTemplateFor(templates, structureId);
    if (template) used.set(template.id, template);
  }
  return [...used.values()];
}
