// A briefing: the document an officer drafts from a template, citing the dossier's sources, plus the
// named versions saved along the way.

import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { idSchema, timestampSchema } from './ids';
import { MAX_TITLE_LENGTH } from './limits';
import { markingSchema } from './marking';
import { richTextDocSchema } from './rich-text';
import { type Template, templateIdSchema } from './template';
import { plainText } from './text-fields';

export const BRIEFING_STATUSES = ['draft', 'final'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];

export const briefingSchema = z
  .object({
    id: idSchema,
    dossierId: idSchema,
    title: plainText(MAX_TITLE_LENGTH, true),
    /** The template it was started from; the export uses its layout. Not checked against installed templates. */
    templateId: templateIdSchema,
    marking: markingSchema,
    /**
     * The language it is written in: the export prints its labels and dates in it. Briefings from before
     * languages have none and read as their template's (briefingLanguage).
     */
    language: z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(', ')}` }).optional(),
    status: z.enum(BRIEFING_STATUSES, { error: 'expected one of draft, final' }),
    content: richTextDocSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Briefing = z.infer<typeof briefingSchema>;

/** A named snapshot of a briefing's title, marking and content, to compare with or restore. */
export const briefingVersionSchema = z
  .object({
    id: idSchema,
    briefingId: idSchema,
    name: plainText(MAX_TITLE_LENGTH, true),
    createdAt: timestampSchema,
    title: plainText(MAX_TITLE_LENGTH, true),
    marking: markingSchema,
    content: richTextDocSchema,
  })
  .strict();
export type BriefingVersion = z.infer<typeof briefingVersionSchema>;

/** The language a briefing is written in: its own, else (a briefing from before languages) its template's. */
export function briefingLanguage(
  briefing: Pick<Briefing, 'language'>,
  template?: Pick<Template, 'language'>,
): Language {
  return briefing.language ?? template?.language ?? DEFAULT_LANGUAGE;
}
