// A timeline event: something that happened on a date known to a day, a month or a year, linked to the
// sources that report it and the entities involved.

import { z } from 'zod';
import { idSchema, isoDateSchema, timestampSchema } from './ids';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { idList, plainText } from './text-fields';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// The value is written only as precisely as it is known (ISO 8601 reduced precision), so nobody reads
// "2019-01-01" as a real first of January, and string order is still chronological.
const DATE_PATTERNS: Record<DatePrecision, { pattern: RegExp; example: string }> = {
  day: { pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, example: '2019-06-24' },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2019-06' },
  year: { pattern: /^\d{4}$/, example: '2019' },
};

export const eventDateSchema = z
  .object({
    value: z.string().max(10),
    precision: z.enum(DATE_PRECISIONS, { error: 'expected one of day, month, year' }),
    /** "around" this date: shown with a "c." and drawn fuzzy on the timeline. */
    approximate: z.boolean(),
  })
  .strict()
  .superRefine((date, ctx) => {
    const { pattern, example } = DATE_PATTERNS[date.precision];
    // The pattern lets 2019-02-30 through; the ISO date schema knows month lengths and leap years.
    const valid =
      pattern.test(date.value) && (date.precision !== 'day' || isoDateSchema.safeParse(date.value).success);
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `expected a ${date.precision} date written like ${example}`,
      });
    }
  });
export type EventDate = z.infer<typeof eventDateSchema>;

export const timelineEventSchema = z
  .object({
    id: idSchema,
    dossierId: idSchema,
    date: eventDateSchema,
    title: plainText(MAX_TITLE_LENGTH, true),
    description: plainText(MAX_SUMMARY_LENGTH),
    sourceIds: idList(),
    entityIds: idList(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
