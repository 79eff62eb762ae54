// Argon2id key derivation (@noble/hashes, pure JS, audited) for passphrases: a package's and a private key
// file's. One place states the parameters written and the range read (limits.ts).

import { argon2idAsync } from '@noble/hashes/argon2.js';
import { z } from 'zod';
import { encodeUtf8 } from './bytes';
import { ARGON2ID_BOUNDS, DEFAULT_ARGON2ID } from './limits';

export interface Argon2idParameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

const base64Of16 = z.string().regex(/^[A-Za-z0-9+/]{22}==$/, { error: 'expected 16 bytes in base64' });

/** The `kdf` object of an encryption header or key file; bounds are checked apart, with their own message. */
export const argon2idKdfSchema = z
  .object({
    name: z.literal('Argon2id'),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64Of16,
  })
  .strict();

/** What is wrong with parameters read from a file, or undefined when they are within the bounds. */
export function argon2idParameterProblem(parameters: Argon2idParameters): string | undefined {
  for (const key of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const { min, max } = ARGON2ID_BOUNDS[key];
    if (parameters[key] < min || parameters[key] > max) {
      return `asks for Argon2id ${key} ${parameters[key]}; Dossier Desk accepts ${min} to ${max}`;
    }
  }
  return undefined;
}

/** 32 key bytes from a passphrase (UTF-8 in Unicode NFC, so the same words typed anywhere give one key). */
export function deriveArgon2idKey(
  passphrase: string,
  salt: Uint8Array,
  parameters: Argon2idParameters = DEFAULT_ARGON2ID,
): Promise<Uint8Array> {
  return argon2idAsync(encodeUtf8(passphrase.normalize('NFC')), salt, {
    m: parameters.memoryKiB,
    t: parameters.iterations,
    p: parameters.parallelism,
    dkLen: 32,
    // Yields to the event loop now and then, so a window stays responsive while the key is derived.
    asyncTick: 20,
  });
}
