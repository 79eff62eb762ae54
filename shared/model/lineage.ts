// A dossier's lineage: which dossier every shared copy descends from and at which revision, so that an
// imported copy can be recognised as the same dossier and merged against the state both sides shared.

import { z } from 'zod';
import { idSchema } from './ids';

/** Revisions kept in a lineage's history: enough for months of weekly exchanges, bounded for hostile files. */
export const MAX_LINEAGE_HISTORY = 64;

export const lineageSchema = z
  .object({
    /** The id of the dossier every copy descends from; the same in every copy, whatever its own id. */
    id: idSchema,
    /** The shared state this copy is at (or last was): a fresh id each time the dossier is shared. */
    revision: idSchema,
    /** Earlier revisions this copy descends from, oldest first, newest last; never `revision` itself. */
    history: z
      .array(idSchema)
      .max(MAX_LINEAGE_HISTORY)
      .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same revision twice' }),
  })
  .strict()
  .refine((lineage) => !lineage.history.includes(lineage.revision), {
    error: 'history must not list the current revision',
    path: ['history'],
  });
export type Lineage = z.infer<typeof lineageSchema>;
