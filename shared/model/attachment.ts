// Attachment metadata. Attachments are content-addressed: the id is the SHA-256 of the bytes, so the
// same file is stored once however often it is attached. The bytes live in the store, not here.

import { z } from 'zod';
import { sha256Schema } from './ids';
import { MAX_FILE_NAME_LENGTH, MAX_MIME_TYPE_LENGTH } from './limits';
import { plainText } from './text-fields';

export const attachmentSchema = z
  .object({
    id: sha256Schema,
    /** The file name as the user knows it; never used as a path. */
    name: plainText(MAX_FILE_NAME_LENGTH, true),
    mimeType: z
      .string()
      .max(MAX_MIME_TYPE_LENGTH)
      .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
        error: 'expected a MIME type such as application/pdf',
      }),
    /** Bytes. */
    size: z.number().int().min(0),
  })
  .strict();
export type Attachment = z.infer<typeof attachmentSchema>;
