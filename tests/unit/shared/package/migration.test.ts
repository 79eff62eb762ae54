// Older packages are migrated on their raw JSON before any check. Format 1 is the first, so the hook is
// tested with a synthetic format 0 that differs from 1 in both the manifest and dossier.json.

import { describe, expect, it } from 'vitest';
import { DOSSIER_MIME_TYPE } from '../../../../shared/app-identity';
import { parseDossierDocument } from '../../../../shared/model';
import {
  PACKAGE_FORMAT_VERSION,
  PACKAGE_MIGRATIONS,
  type PackageError,
  type PackageMigration,
  readDossierPackage,
} from '../../../../shared/package';
import { buildZip } from '../../../fixtures/hostile/raw-zip';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';

/** Format 0 (never released): gradings written "B2", a manifest with other field names. */
const fromZero: PackageMigration = {
  from: 0,
  manifest: (raw) => ({
    formatVersion: 1,
    mediaType: DOSSIER_MIME_TYPE,
    appVersion: raw.writtenBy,
    created: raw.date,
    entries: (raw.files as { name: string; bytes: number; sha256: string }[]).map((file) => ({
      path: file.name,
      size: file.bytes,
      sha256: file.sha256,
    })),
  }),
  document: (raw) => {
    const document = raw as { formatVersion: number; sources: { grading: unknown }[] };
    return {
      ...document,
      formatVersion: 1,
      sources: document.sources.map((source) => {
        const grading = String(source.grading);
        return { ...source, grading: { reliability: grading[0], credibility: Number(grading.slice(1)) } };
      }),
    };
  },
};

function formatZeroPackage(): Uint8Array {
  const attachments = sampleAttachments();
  const v1 = sampleDossierJson(attachments);
  const v0 = {
    ...v1,
    formatVersion: 0,
    sources: v1.sources.map((source) => ({
      ...source,
      grading: `${source.grading.reliability}${source.grading.credibility}`,
    })),
  };
  const mimetype = new TextEncoder().encode(DOSSIER_MIME_TYPE);
  const documentBytes = new TextEncoder().encode(JSON.stringify(v0));
  const contents = [
    { name: 'dossier.json', data: documentBytes },
    ...attachments.map((attachment) => ({
      name: `attachments/${sha256Hex(attachment.bytes)}`,
      data: attachment.bytes,
    })),
  ];
  const manifest = {
    formatVersion: 0,
    writtenBy: '0.0.9',
    date: '2024-12-01T10:00:00.000Z',
    files: [{ name: 'mimetype', data: mimetype }, ...contents].map((file) => ({
      name: file.name,
      bytes: file.data.length,
      sha256: sha256Hex(file.data),
    })),
  };
  return buildZip([
    { name: 'mimetype', data: mimetype },
    { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify(manifest)), method: 8 },
    ...contents,
  ]);
}

describe('older package formats', () => {
  it('has three migrations, 1 to 2, 2 to 3 and 3 to 4, which only add optional entries and fields', () => {
    expect(PACKAGE_FORMAT_VERSION).toBe(4);
    expect(PACKAGE_MIGRATIONS.map((step) => step.from)).toEqual([1, 2, 3]);
  });

  it('migrates a format-0 package, manifest and dossier.json, before checking it as the current format', async () => {
    const read = await readDossierPackage(formatZeroPackage(), {
      testOnlyMigrations: [fromZero, ...PACKAGE_MIGRATIONS],
    });
    expect(read.formatVersion).toBe(0);
    expect(read.manifest).toMatchObject({
      formatVersion: PACKAGE_FORMAT_VERSION,
      appVersion: '0.0.9',
      created: '2024-12-01T10:00:00.000Z',
    });
    expect(read.document).toEqual(parseDossierDocument(sampleDossierJson()));
    expect(read.document.sources[0]?.grading).toEqual({ reliability: 'B', credibility: 2 });
  });

  it('refuses a format no migration reaches', async () => {
    try {
      await readDossierPackage(formatZeroPackage());
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as PackageError).code).toBe('MANIFEST_INVALID');
      expect((error as PackageError).message).toContain('format 0');
    }
  });
});
