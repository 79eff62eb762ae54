// An entity: a person, organisation or place that the dossier's sources mention.

import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { MAX_ALIASES, MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from './limits';
import { idList, plainText } from './text-fields';

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const entitySchema = z
  .object({
    id: idSchema,
    dossierId: idSchema,
    kind: z.enum(ENTITY_KINDS, { error: 'expected one of person, organisation, place, other' }),
    name: plainText(MAX_NAME_LENGTH, true),
    /** Other spellings and transliterations, so search finds the entity under any of them. */
    aliases: z.array(plainText(MAX_NAME_LENGTH, true)).max(MAX_ALIASES),
    notes: plainText(MAX_NOTES_LENGTH),
    /** Sources that mention this entity. */
    sourceIds: idList(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;
