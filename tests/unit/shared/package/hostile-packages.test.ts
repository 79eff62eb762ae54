// Every hostile fixture (tests/fixtures/hostile/generate.ts) through the library: refused with its own
// code and a message that says what to do, and nothing handed to the caller.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackageError, type PackageErrorCode, readDossierPackage } from '../../../../shared/package';
import { generateHostileFixtures } from '../../../fixtures/hostile/generate';
import { buildPackage } from '../../../fixtures/hostile/raw-zip';

// Generated before the tests are collected, so each fixture gets a test named after it.
const fixtures = await generateHostileFixtures();

/** The cases issue 6 lists, each of which must have at least one fixture. */
const ISSUE_CASES: PackageErrorCode[] = [
  'NOT_A_PACKAGE',
  'ZIP_TRUNCATED',
  'CRC_MISMATCH',
  'UNSAFE_PATH',
  'SYMLINK_ENTRY',
  'DUPLICATE_ENTRY',
  'ZIP_BOMB_ENTRIES',
  'ZIP_BOMB_SIZE',
  'ZIP_BOMB_RATIO',
  'MISSING_ENTRY',
  'EXTRA_ENTRY',
  'CHECKSUM_MISMATCH',
  'INVALID_JSON',
  'SCHEMA_INVALID',
  'FORBIDDEN_KEY',
  'TOO_LARGE',
  'WRONG_PASSPHRASE',
  'CIPHERTEXT_ALTERED',
  'CIPHERTEXT_TRUNCATED',
  'NEWER_FORMAT',
  'STATE_MISMATCH',
  'STATE_INVALID',
  'BASE_MISMATCH',
];

describe('hostile packages, through readDossierPackage', () => {
  it('opens the honest package the fixtures are made from', async () => {
    const result = await readDossierPackage(buildPackage());
    expect(result.document.dossier.title).toBe('Morocco–Germany security cooperation');
    expect(result.attachments.list).toHaveLength(2);
  });

  it('has a fixture for every hostile case of the issue', () => {
    const codes = new Set(fixtures.map((fixture) => fixture.code));
    for (const code of ISSUE_CASES) expect(codes, code).toContain(code);
  });

  it.each(fixtures)('refuses $name ($about) with $code', async (fixture) => {
    const staged: string[] = [];
    let error: unknown;
    try {
      await readDossierPackage(readFileSync(fixture.file), {
        passphrase: fixture.passphrase,
        async stageAttachment(attachment, stream) {
          staged.push(attachment.id);
          for await (const _ of stream as unknown as AsyncIterable<Uint8Array>);
        },
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PackageError);
    const { code, message } = error as PackageError;
    expect(code).toBe(fixture.code);
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(600);
    if (fixture.messageIncludes) expect(message).toContain(fixture.messageIncludes);
  });
});
