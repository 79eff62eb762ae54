import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import {
  createOwnIdentity,
  identityBackupText,
  listTrustedKeys,
  ownIdentity,
  restoreIdentity,
  signerStanding,
  trustKey,
  untrustKey,
} from '../../../../renderer/db/identity';
import { createSigningIdentity, openSigningKeyFile } from '../../../../shared/package';

const opened: DossierDatabase[] = [];
function database(name: string) {
  const db = new DossierDatabase(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('the officer’s identity', () => {
  it('is made once, under the name given, and kept', async () => {
    const db = database('identity-made');
    expect(await ownIdentity(db)).toBeUndefined();
    const made = await createOwnIdentity(db, 'J. Weber, BKA liaison Rabat');
    expect(made.card.name).toBe('J. Weber, BKA liaison Rabat');
    expect(made.card.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    // A second call keeps the key colleagues already trust.
    const again = await createOwnIdentity(db, 'Someone else');
    expect(again.card).toEqual(made.card);
    expect((await ownIdentity(db))?.secretKey).toEqual(made.secretKey);
  });

  it('refuses a name with markup, and keeps nothing', async () => {
    const db = database('identity-markup');
    await expect(createOwnIdentity(db, '<b>Weber</b>')).rejects.toMatchObject({ code: 'KEY_NAME_INVALID' });
    expect(await ownIdentity(db)).toBeUndefined();
  });

  it('backs up only sealed under a passphrase, and restores from that backup on another machine', async () => {
    const here = database('identity-backup-here');
    const made = await createOwnIdentity(here, 'J. Weber, BKA liaison Rabat');
    await expect(identityBackupText(here, 'short')).rejects.toMatchObject({
      code: 'BACKUP_PASSPHRASE_TOO_SHORT',
    });
    const backup = await identityBackupText(here, 'correct horse battery staple');
    expect(backup).not.toContain(Buffer.from(made.secretKey).toString('base64'));
    expect(JSON.parse(backup)).toHaveProperty('protection');
    await expect(openSigningKeyFile(backup)).rejects.toMatchObject({ code: 'KEY_PASSPHRASE_REQUIRED' });

    const there = database('identity-backup-there');
    await expect(restoreIdentity(there, backup, 'wrong passphrase')).rejects.toMatchObject({
      code: 'WRONG_KEY_PASSPHRASE',
    });
    expect(await ownIdentity(there)).toBeUndefined();
    await restoreIdentity(there, backup, 'correct horse battery staple');
    expect(await ownIdentity(there)).toEqual({ card: made.card, secretKey: made.secretKey });
  });

  it('has no backup before there is an identity', async () => {
    const db = database('identity-none');
    await expect(identityBackupText(db, 'correct horse battery staple')).rejects.toMatchObject({
      code: 'NO_IDENTITY',
    });
  });
});

describe('trusted keys', () => {
  it('says how a signer stands: unsigned, own, trusted (since when) or not yet trusted', async () => {
    const db = database('trust-standing');
    const own = await createOwnIdentity(db, 'J. Weber, BKA liaison Rabat');
    const colleague = createSigningIdentity('A. Benali, DGST liaison').card;
    expect(await signerStanding(db, undefined)).toEqual({ kind: 'unsigned' });
    expect(await signerStanding(db, own.card)).toEqual({ kind: 'own', signer: own.card });
    expect(await signerStanding(db, colleague)).toEqual({ kind: 'untrusted', signer: colleague });
    const trusted = await trustKey(db, colleague);
    expect(await signerStanding(db, colleague)).toEqual({
      kind: 'trusted',
      signer: colleague,
      trustedAt: trusted.trustedAt,
    });
    await untrustKey(db, colleague.publicKey);
    expect((await signerStanding(db, colleague)).kind).toBe('untrusted');
  });

  it('lists who was trusted and when, the latest first', async () => {
    const db = database('trust-list');
    const first = createSigningIdentity('First colleague').card;
    const second = createSigningIdentity('Second colleague').card;
    await trustKey(db, first);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await trustKey(db, second);
    const listed = await listTrustedKeys(db);
    expect(listed.map((key) => key.name)).toEqual(['Second colleague', 'First colleague']);
    expect(Date.parse(listed[0]?.trustedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(listed[1]?.trustedAt ?? ''),
    );
  });

  it('refuses a card whose fingerprint is not its key’s', async () => {
    const db = database('trust-forged');
    const card = createSigningIdentity('A. Benali, DGST liaison').card;
    const forged = { ...card, fingerprint: createSigningIdentity('Other').card.fingerprint };
    await expect(trustKey(db, forged)).rejects.toMatchObject({ code: 'SIGNER_CARD_INVALID' });
    expect(await listTrustedKeys(db)).toEqual([]);
  });
});
