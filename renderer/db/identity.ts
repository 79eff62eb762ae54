// The officer's own signing identity and the colleagues' keys they trust (schema version 4): made on the
// first share, backed up and restored only through a passphrase-sealed key file, and asked on every import.

import { DeskError } from '../../shared/errors';
import {
  createSigningIdentity,
  openSigningKeyFile,
  parseSignerCard,
  type SignerCard,
  type SigningIdentity,
  signingKeyFileText,
} from '../../shared/package';
import { translate } from '../i18n';
import type { DossierDatabase, TrustedKey } from './database';

export type IdentityErrorCode =
  /** A backup or card was asked for before the officer has an identity. */
  | 'NO_IDENTITY'
  /** A backup's passphrase is shorter than the Share dialog's minimum. */
  | 'BACKUP_PASSPHRASE_TOO_SHORT';

export class IdentityError extends DeskError<IdentityErrorCode> {
  override readonly name = 'IdentityError';
}

/** As short as the Share dialog allows: the backup holds what makes a signature the officer's. */
export const MIN_BACKUP_PASSPHRASE_LENGTH = 8;

const OWN = 'own';

/** The officer's identity, or undefined before the first share. */
export async function ownIdentity(db: DossierDatabase): Promise<SigningIdentity | undefined> {
  const stored = await db.identity.get(OWN);
  return stored ? { card: stored.card, secretKey: stored.secretKey } : undefined;
}

/**
 * Makes the officer's key pair under `name` (refused with KEY_NAME_INVALID when the name could carry markup
 * or pass for another); an officer who has one keeps it, since colleagues already trust that key.
 */
export async function createOwnIdentity(db: DossierDatabase, name: string): Promise<SigningIdentity> {
  const made = createSigningIdentity(name.normalize('NFC').trim());
  return db.transaction('rw', db.identity, async () => {
    const existing = await ownIdentity(db);
    if (existing) return existing;
    await db.identity.put({
      id: OWN,
      card: made.card,
      secretKey: made.secretKey,
      createdAt: new Date().toISOString(),
    });
    return made;
  });
}

async function requireIdentity(db: DossierDatabase): Promise<SigningIdentity> {
  const identity = await ownIdentity(db);
  if (!identity) throw new IdentityError('NO_IDENTITY', translate('identity:errorNoIdentity'));
  return identity;
}

/** The private key file, always sealed under `passphrase` (Argon2id + AES-256-GCM): the only way out. */
export async function identityBackupText(db: DossierDatabase, passphrase: string): Promise<string> {
  const identity = await requireIdentity(db);
  if (passphrase.length < MIN_BACKUP_PASSPHRASE_LENGTH) {
    throw new IdentityError(
      'BACKUP_PASSPHRASE_TOO_SHORT',
      translate('identity:errorBackupPassphraseShort', { count: MIN_BACKUP_PASSPHRASE_LENGTH }),
    );
  }
  return signingKeyFileText(identity, passphrase);
}

/**
 * Replaces the identity here with the one in a backup (or a `dossier keygen` key file): a new machine, or
 * a reinstall, signs as the same officer again. A wrong passphrase or another file changes nothing.
 */
export async function restoreIdentity(
  db: DossierDatabase,
  text: string,
  passphrase: string | undefined,
): Promise<SigningIdentity> {
  const restored = await openSigningKeyFile(text, passphrase || undefined);
  await db.identity.put({
    id: OWN,
    card: restored.card,
    secretKey: restored.secretKey,
    createdAt: new Date().toISOString(),
  });
  return restored;
}

/** Trusts a colleague's card (checked again: a card from anywhere may lie about its fingerprint). */
export async function trustKey(db: DossierDatabase, card: SignerCard): Promise<TrustedKey> {
  const checked = parseSignerCard(card);
  const trusted: TrustedKey = { ...checked, trustedAt: new Date().toISOString() };
  await db.trustedKeys.put(trusted);
  return trusted;
}

export async function untrustKey(db: DossierDatabase, publicKey: string): Promise<void> {
  await db.trustedKeys.delete(publicKey);
}

/** The trusted keys, the most recently trusted first. */
export async function listTrustedKeys(db: DossierDatabase): Promise<TrustedKey[]> {
  return (await db.trustedKeys.orderBy('trustedAt').toArray()).reverse();
}

/** How a package's signer stands here: the officer's own key counts as trusted (a copy coming back). */
export type SignerStanding =
  | { kind: 'unsigned' }
  | { kind: 'own'; signer: SignerCard }
  | { kind: 'trusted'; signer: SignerCard; trustedAt: string }
  | { kind: 'untrusted'; signer: SignerCard };

export async function signerStanding(
  db: DossierDatabase,
  signer: SignerCard | undefined,
): Promise<SignerStanding> {
  if (!signer) return { kind: 'unsigned' };
  const own = await ownIdentity(db);
  if (own && own.card.publicKey === signer.publicKey) return { kind: 'own', signer };
  const trusted = await db.trustedKeys.get(signer.publicKey);
  return trusted ? { kind: 'trusted', signer, trustedAt: trusted.trustedAt } : { kind: 'untrusted', signer };
}
