// Ids and time stamps: plain strings, so records stay JSON and IndexedDB keys stay simple.

import { z } from 'zod';
import { MAX_ID_LENGTH } from './limits';

/**
 * Ids we create are random UUIDs, but any short token of letters, digits, `-` and `_` is accepted so
 * ids survive hand-written fixtures and future sources; the character set keeps them safe as keys,
 * in file names inside packages, and in HTML attributes.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'expected an id of letters, digits, "-" and "_"' });
export type Id = z.infer<typeof idSchema>;

/** A new random id (UUID v4); `crypto.randomUUID` exists in Chromium, Node and workers alike. */
export function newId(): Id {
  return crypto.randomUUID();
}

/** Attachments are content-addressed: the id is the SHA-256 of the bytes, lower-case hex. */
export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 as 64 lower-case hex digits' });
export type Sha256 = z.infer<typeof sha256Schema>;

/** A moment, as `Date.prototype.toISOString` writes it (UTC, `Z`), so string order is time order. */
export const timestampSchema = z.iso.datetime({
  error: 'expected a UTC time stamp like 2025-03-14T09:30:00.000Z',
});
export type Timestamp = z.infer<typeof timestampSchema>;

/** A calendar date, `YYYY-MM-DD`, for dates a person enters (published, retrieved, event dates). */
export const isoDateSchema = z.iso.date({ error: 'expected a date like 2025-03-14' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/** The current moment as a Timestamp. */
export function nowTimestamp(): Timestamp {
  return new Date().toISOString();
}
