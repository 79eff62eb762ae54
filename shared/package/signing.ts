// Who sent a package: an officer's Ed25519 identity (key pair and public card with a fingerprint to read
// out over the phone), the private key file (sealed under a key passphrase with Argon2id and AES-256-GCM
// when one is given), and the signatures over a manifest and an encryption header (package-format.md).

import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { DeskError } from '../errors';
import { argon2idKdfSchema, argon2idParameterProblem, deriveArgon2idKey } from './argon2id';
import { decodeUtf8, encodeUtf8, fromBase64, toBase64 } from './bytes';
import { DEFAULT_ARGON2ID } from './limits';
import { ADVICE_HOSTILE, PackageError, packageError } from './package-error';

/** The signature entry of a signed package; like manifest.json, the manifest does not list it. */
export const SIGNATURE_PATH = 'signature.json';
/** A signature entry is a few hundred bytes; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 4096;

// Each signed message starts with its own label, so a signature over one kind of thing never passes for
// another (a manifest's for a header's, or for anything else the key may sign one day).
const MANIFEST_CONTEXT = 'dossier-desk/package-manifest-signature/v1\n';
const HEADER_CONTEXT = 'dossier-desk/encryption-header-signature/v1\n';
const KEY_FILE_TYPE = 'dossier-desk-signing-key';
const CARD_FILE_TYPE = 'dossier-desk-key-card';
export const MAX_SIGNER_NAME_LENGTH = 120;

const base64Of = (bytes: number) =>
  z.string().refine((text) => /^[A-Za-z0-9+/]*={0,2}$/.test(text) && safeBase64Length(text) === bytes, {
    error: `expected ${bytes} bytes in base64`,
  });

function safeBase64Length(text: string): number {
  try {
    return fromBase64(text).length;
  } catch {
    return -1;
  }
}

/**
 * Controls (they could forge a second line or hide text), bidi and zero-width marks (they could make one
 * name look like another), and markup brackets (a name is shown in dialogs and messages, never as HTML).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f<>\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** What can be wrong with an officer's name for a key; the interface has its own words for each. */
export type SignerNameIssue = 'empty' | 'spaces' | 'tooLong' | 'notNfc' | 'forbidden';

/** What is wrong with an officer's name for a key, or undefined when it may be used. */
export function signerNameIssue(name: string): SignerNameIssue | undefined {
  if (name.trim().length === 0) return 'empty';
  if (name !== name.trim()) return 'spaces';
  if (name.length > MAX_SIGNER_NAME_LENGTH) return 'tooLong';
  if (name !== name.normalize('NFC')) return 'notNfc';
  if (FORBIDDEN_IN_NAME.test(name)) return 'forbidden';
  return undefined;
}

const NAME_ISSUE_WORDS: Readonly<Record<SignerNameIssue, string>> = {
  empty: 'the name is empty',
  spaces: 'the name starts or ends with spaces',
  tooLong: `the name is longer than ${MAX_SIGNER_NAME_LENGTH} characters`,
  notNfc: 'the name is not in Unicode NFC',
  forbidden: 'the name holds markup (< or >), a control character or an invisible mark',
};

/** The problem in the command line's (and the error messages') words, or undefined. */
export function signerNameProblem(name: string): string | undefined {
  const issue = signerNameIssue(name);
  return issue && NAME_ISSUE_WORDS[issue];
}

const signerCardSchema = z
  .object({
    name: z.string(),
    /** The Ed25519 public key, 32 bytes in base64. */
    publicKey: base64Of(32),
    /** fingerprintOf(publicKey): checked, never trusted. */
    fingerprint: z.string(),
  })
  .strict();
/** An officer's public card: who (as they named themselves), their key, and its fingerprint. */
export type SignerCard = z.infer<typeof signerCardSchema>;

/** A key pair and its card; `secretKey` never leaves the machine except sealed in a key file. */
export interface SigningIdentity {
  card: SignerCard;
  secretKey: Uint8Array;
}

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The first 80 bits of the key's SHA-256 as 16 characters of Crockford's Base32 (no I, L, O or U, so
 * nothing is misheard), in four groups: "K3PQ-7HZD-M2XA-94TB".
 */
export function fingerprintOf(publicKey: Uint8Array): string {
  const digest = sha256(publicKey);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= 0xff;
  }
  return (out.match(/.{4}/g) as string[]).join('-');
}

function cardError(what: string): PackageError {
  return packageError('SIGNER_CARD_INVALID', `its signer's card ${what}`, ADVICE_HOSTILE);
}

/** A card from a file or a package, checked: shape, name, and a fingerprint that is the key's. */
export function parseSignerCard(raw: unknown): SignerCard {
  const parsed = signerCardSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw cardError(`is not valid (${issue?.path.join('.') || 'top level'}: ${issue?.message})`);
  }
  const card = parsed.data;
  const problem = signerNameProblem(card.name);
  if (problem) throw cardError(`is refused: ${problem}`);
  if (card.fingerprint !== fingerprintOf(fromBase64(card.publicKey))) {
    throw cardError('gives a fingerprint that is not its key’s');
  }
  return card;
}

export function sameSigner(a: SignerCard, b: SignerCard): boolean {
  return a.publicKey === b.publicKey;
}

/** A new key pair for an officer, named as they will be known to colleagues. */
export function createSigningIdentity(name: string): SigningIdentity {
  const problem = signerNameProblem(name);
  if (problem)
    throw new SigningKeyError('KEY_NAME_INVALID', `This name cannot be used: ${problem}. Choose another.`);
  const { secretKey, publicKey } = ed25519.keygen();
  const key = toBase64(publicKey);
  return { card: { name, publicKey: key, fingerprint: fingerprintOf(publicKey) }, secretKey };
}

// --- Card and key files -------------------------------------------------------------------------------

/** The public card as a file (`<key-file>.card`), to hand to colleagues. */
export function keyCardFileText(card: SignerCard): string {
  return `${JSON.stringify({ type: CARD_FILE_TYPE, version: 1, ...card }, null, 2)}\n`;
}

/** A card file's text, checked (SIGNER_CARD_INVALID otherwise). */
export function readKeyCardFile(text: string): SignerCard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw cardError('is not JSON');
  }
  const { type, version, ...card } = (json ?? {}) as Record<string, unknown>;
  if (type !== CARD_FILE_TYPE || version !== 1) throw cardError('is not a Dossier Desk key card');
  return parseSignerCard(card);
}

export type SigningKeyErrorCode =
  /** The file is not a Dossier Desk private key (or was damaged). */
  | 'KEY_FILE_INVALID'
  /** The key file is protected and no key passphrase was given. */
  | 'KEY_PASSPHRASE_REQUIRED'
  /** The key passphrase does not open the key file. */
  | 'WRONG_KEY_PASSPHRASE'
  /** An empty key passphrase was given for a new key file. */
  | 'KEY_PASSPHRASE_EMPTY'
  /** The name for a new key has markup, controls or invisible marks, or is empty or too long. */
  | 'KEY_NAME_INVALID';

export class SigningKeyError extends DeskError<SigningKeyErrorCode> {
  override readonly name = 'SigningKeyError';
}

const protectionSchema = z
  .object({
    kdf: argon2idKdfSchema,
    cipher: z.literal('AES-256-GCM'),
    nonce: base64Of(12),
    /** The 32-byte secret key sealed, with its 16-byte tag. */
    sealed: base64Of(48),
  })
  .strict();

const keyFileSchema = z
  .object({
    type: z.literal(KEY_FILE_TYPE),
    version: z.literal(1),
    card: z.unknown(),
    secretKey: base64Of(32).optional(),
    protection: protectionSchema.optional(),
  })
  .strict()
  .refine((file) => (file.secretKey === undefined) !== (file.protection === undefined), {
    error: 'expected either secretKey or protection',
  });

type Bytes = Uint8Array<ArrayBuffer>;
const bs = (bytes: Uint8Array) => bytes as Bytes;

async function aesKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bs(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** The card's exact JSON: the sealed key is bound to it, so a card swapped into the file fails to open. */
const cardBinding = (card: SignerCard) =>
  bs(encodeUtf8(JSON.stringify([card.name, card.publicKey, card.fingerprint])));

/** The private key file's text: sealed under Argon2id + AES-256-GCM when a key passphrase is given. */
export async function signingKeyFileText(identity: SigningIdentity, keyPassphrase?: string): Promise<string> {
  const file: Record<string, unknown> = { type: KEY_FILE_TYPE, version: 1, card: identity.card };
  if (keyPassphrase === undefined) {
    file.secretKey = toBase64(identity.secretKey);
  } else {
    if (keyPassphrase.length === 0) {
      throw new SigningKeyError('KEY_PASSPHRASE_EMPTY', 'The key passphrase is empty. Give one, or none.');
    }
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const key = await aesKey(await deriveArgon2idKey(keyPassphrase, salt));
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: bs(nonce), additionalData: cardBinding(identity.card) },
        key,
        bs(identity.secretKey),
      ),
    );
    file.protection = {
      kdf: { name: 'Argon2id', ...DEFAULT_ARGON2ID, salt: toBase64(salt) },
      cipher: 'AES-256-GCM',
      nonce: toBase64(nonce),
      sealed: toBase64(sealed),
    };
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A private key file opened: checked, unsealed with the key passphrase if it is protected. */
export async function openSigningKeyFile(text: string, keyPassphrase?: string): Promise<SigningIdentity> {
  const invalid = (what: string) =>
    new SigningKeyError(
      'KEY_FILE_INVALID',
      `This is not a usable Dossier Desk signing key: ${what}. Choose the key file "dossier keygen" wrote.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('it is not JSON');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`${issue?.path.join('.') || 'top level'}: ${issue?.message}`);
  }
  let card: SignerCard;
  try {
    card = parseSignerCard(parsed.data.card);
  } catch (error) {
    throw invalid(`its card is refused (${(error as Error).message})`);
  }
  let secretKey: Uint8Array;
  const { protection } = parsed.data;
  if (protection) {
    if (keyPassphrase === undefined) {
      throw new SigningKeyError(
        'KEY_PASSPHRASE_REQUIRED',
        'This signing key is protected by a key passphrase. Give it, then try again.',
      );
    }
    const problem = argon2idParameterProblem(protection.kdf);
    if (problem) throw invalid(`it ${problem}`);
    const key = await aesKey(
      await deriveArgon2idKey(keyPassphrase, fromBase64(protection.kdf.salt), protection.kdf),
    );
    try {
      secretKey = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: bs(fromBase64(protection.nonce)), additionalData: cardBinding(card) },
          key,
          bs(fromBase64(protection.sealed)),
        ),
      );
    } catch {
      throw new SigningKeyError(
        'WRONG_KEY_PASSPHRASE',
        'The key passphrase does not open this signing key (or the key file was changed). Check it and try again.',
      );
    }
  } else {
    secretKey = fromBase64(parsed.data.secretKey as string);
  }
  if (toBase64(ed25519.getPublicKey(secretKey)) !== card.publicKey) {
    throw invalid('its private key does not belong to its card');
  }
  return { card, secretKey };
}

// --- Signatures -----------------------------------------------------------------------------------------

const signatureEntrySchema = z.object({ algorithm: z.literal('Ed25519'), signature: base64Of(64) }).strict();

function withContext(context: string, bytes: Uint8Array): Uint8Array {
  const label = encodeUtf8(context);
  const message = new Uint8Array(label.length + bytes.length);
  message.set(label);
  message.set(bytes, label.length);
  return message;
}

function signatureInvalid(what: string): PackageError {
  return packageError(
    'SIGNATURE_INVALID',
    `${what}, so it was altered after it was signed`,
    'Nothing from it was kept. Do not trust its contents; ask the sender for a new copy by another way.',
  );
}

/** signature.json for a manifest's exact bytes (which name the signer, the format and every entry's hash). */
export function signManifest(manifestBytes: Uint8Array, identity: SigningIdentity): Uint8Array {
  const signature = ed25519.sign(withContext(MANIFEST_CONTEXT, manifestBytes), identity.secretKey);
  return encodeUtf8(JSON.stringify({ algorithm: 'Ed25519', signature: toBase64(signature) }));
}

/** Throws SIGNATURE_INVALID unless `signatureBytes` is `signer`'s signature over the manifest's bytes. */
export function verifyManifestSignature(
  manifestBytes: Uint8Array,
  signer: SignerCard,
  signatureBytes: Uint8Array | undefined,
): void {
  if (signatureBytes === undefined)
    throw signatureInvalid(`its manifest names a signer but has no ${SIGNATURE_PATH}`);
  let entry: z.infer<typeof signatureEntrySchema>;
  try {
    entry = signatureEntrySchema.parse(JSON.parse(decodeUtf8(signatureBytes) ?? ''));
  } catch {
    throw signatureInvalid(`its ${SIGNATURE_PATH} is not a signature`);
  }
  if (!verifies(entry.signature, withContext(MANIFEST_CONTEXT, manifestBytes), signer)) {
    throw signatureInvalid(`its signature does not match its manifest`);
  }
}

function verifies(signature: string, message: Uint8Array, signer: SignerCard): boolean {
  try {
    return ed25519.verify(fromBase64(signature), message, fromBase64(signer.publicKey), { zip215: false });
  } catch {
    return false;
  }
}

/**
 * The bytes an encryption header's signature covers: every field but the signature, in a fixed order, so
 * the same header always gives the same bytes whatever order its JSON had.
 */
function headerMessage(fields: Record<string, unknown>, order: readonly string[]): Uint8Array {
  return withContext(HEADER_CONTEXT, encodeUtf8(JSON.stringify(order.map((key) => [key, fields[key]]))));
}

export function signEncryptionHeader(
  fields: Record<string, unknown>,
  order: readonly string[],
  identity: SigningIdentity,
): string {
  return toBase64(ed25519.sign(headerMessage(fields, order), identity.secretKey));
}

export function verifyEncryptionHeaderSignature(
  fields: Record<string, unknown>,
  order: readonly string[],
  signer: SignerCard,
  signature: string,
): void {
  if (!verifies(signature, headerMessage(fields, order), signer)) {
    throw signatureInvalid('its encryption header’s signature does not match the header');
  }
}

/** A signer's card as one line: "J. Weber, BKA liaison Rabat (K3PQ-7HZD-M2XA-94TB)". */
export function describeSigner(card: SignerCard): string {
  return `${card.name} (${card.fingerprint})`;
}

/** How a package's signature stands for a reader who trusts `trusted`: the codes of `dossier verify`. */
export function checkSignerTrusted(
  signer: SignerCard | undefined,
  trusted: readonly SignerCard[],
): SignerCard {
  if (!signer) {
    throw new PackageError(
      'UNSIGNED',
      'This dossier is not signed, so nothing says who wrote it. Ask the sender to share it signed.',
    );
  }
  if (!trusted.some((card) => sameSigner(card, signer))) {
    throw new PackageError(
      'UNKNOWN_SIGNER',
      `This dossier is signed by ${describeSigner(signer)}, whose key you do not trust yet. Compare the fingerprint with the sender by phone, then trust their card.`,
    );
  }
  return signer;
}
