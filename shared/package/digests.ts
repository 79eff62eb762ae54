// Incremental SHA-256 for bytes that stream past (Web Crypto only hashes whole buffers). The default is
// @noble/hashes (audited, pure JS); a caller with a native one (the CLI has Node's) may pass it instead.

import { sha256 } from '@noble/hashes/sha2.js';

export interface Sha256Hasher {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

export type CreateSha256 = () => Sha256Hasher;

export const createNobleSha256: CreateSha256 = () => sha256.create();

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte];
  return hex;
}

/** SHA-256 of bytes already in memory, as lower-case hex (Web Crypto: native in Node and Chromium). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
