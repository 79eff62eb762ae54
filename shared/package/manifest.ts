// manifest.json: the package's table of contents (format version, who wrote it and when, each entry's
// path, size and SHA-256), its checks, the entry names of the format, and the migrations of older formats.

import { z } from 'zod';
import { DOSSIER_MIME_TYPE } from '../app-identity';
import { FORBIDDEN_KEYS, sha256Schema, timestampSchema } from '../model';
import { decodeUtf8 } from './bytes';
import { newerFormatError } from './encryption';
import { MAX_ENTRY_NAME_BYTES } from './entry-path';
import { ZIP32_MAX } from './limits';
import { ADVICE_HOSTILE, packageError } from './package-error';
import { parseSignerCard, type SignerCard } from './signing';

/**
 * The package format this code writes, and the newest it reads (2 added briefing states and the base, 3 the
 * signer and signature.json, 4 a briefing's language, a source's originals and office-templates.json).
 */
export const PACKAGE_FORMAT_VERSION = 4;

export const MIMETYPE_PATH = 'mimetype';
export const MANIFEST_PATH = 'manifest.json';
export const DOCUMENT_PATH = 'dossier.json';
export const ATTACHMENTS_FOLDER = 'attachments/';
/** Format 2: the dossier as it was at the revision the copy last exchanged (a three-way merge's base). */
export const BASE_PATH = 'base.json';
/** Format 2: each briefing's text as its CRDT (Yjs) state, `briefings/<briefing id>.yjs`. */
export const BRIEFING_STATES_FOLDER = 'briefings/';
const BRIEFING_STATE_EXTENSION = '.yjs';

export function attachmentPath(sha256: string): string {
  return `${ATTACHMENTS_FOLDER}${sha256}`;
}

export function briefingStatePath(briefingId: string): string {
  return `${BRIEFING_STATES_FOLDER}${briefingId}${BRIEFING_STATE_EXTENSION}`;
}

/** The briefing id a state entry's name stands for, or undefined when the name is not one. */
export function briefingIdOfStatePath(path: string): string | undefined {
  if (!path.startsWith(BRIEFING_STATES_FOLDER) || !path.endsWith(BRIEFING_STATE_EXTENSION)) return undefined;
  const id = path.slice(BRIEFING_STATES_FOLDER.length, -BRIEFING_STATE_EXTENSION.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

const manifestEntrySchema = z
  .object({
    path: z.string().min(1).max(MAX_ENTRY_NAME_BYTES),
    size: z.number().int().min(0).max(ZIP32_MAX),
    sha256: sha256Schema,
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const packageManifestSchema = z
  .object({
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    mediaType: z.literal(DOSSIER_MIME_TYPE),
    /** The Dossier Desk that wrote the package, e.g. "0.1.0"; for support, never for decisions. */
    appVersion: z.string().min(1).max(64),
    created: timestampSchema,
    /** Every entry of the archive but manifest.json itself, in archive order. */
    entries: z.array(manifestEntrySchema).max(0xffff),
    /** Format 3: who signed the package (checked by parseSignerCard); absent on an unsigned package. */
    signer: z.unknown().optional(),
  })
  .strict();
/** The manifest once checked: its signer's card has passed parseSignerCard. */
export type PackageManifest = Omit<z.infer<typeof packageManifestSchema>, 'signer'> & { signer?: SignerCard };

/**
 * Upgrades a package of format `from` to `from + 1`, on the raw JSON, before any schema check (with a test
 * on a file of the old format). A step may rewrite the manifest and dossier.json, not rename entries.
 */
export interface PackageMigration {
  readonly from: number;
  manifest(raw: Record<string, unknown>): Record<string, unknown>;
  document(raw: unknown): unknown;
}

/** A step's `document` when dossier.json stays as it is. */
export const documentUnchanged = (raw: unknown): unknown => raw;

/** Whether a step rewrites dossier.json (which then has its keys scanned before the rewrite runs). */
export function isDocumentMigration(step: PackageMigration): boolean {
  return step.document !== documentUnchanged;
}

export const PACKAGE_MIGRATIONS: readonly PackageMigration[] = [
  // Format 2 only adds optional entries (briefing states, base.json) and the dossier's optional lineage, so
  // a format 1 package is a format 2 package without them: it merges as a first exchange.
  { from: 1, manifest: (raw) => ({ ...raw, formatVersion: 2 }), document: documentUnchanged },
  // Format 3 only adds the optional signer and signature.json: a format 2 package is an unsigned one.
  { from: 2, manifest: (raw) => ({ ...raw, formatVersion: 3 }), document: documentUnchanged },
  // Format 4 only adds optional content: a briefing's language, a source's originals and the office
  // templates entry. Format 3 packages that already carried them read as they are; the new number makes a
  // format 3 reader say "update the app" instead of refusing the unknown fields one by one.
  { from: 3, manifest: (raw) => ({ ...raw, formatVersion: 4 }), document: documentUnchanged },
];

/** The steps from `version` up to the current format; throws if any step is missing. */
export function migrationPath(version: number, migrations: readonly PackageMigration[]): PackageMigration[] {
  const steps: PackageMigration[] = [];
  for (let from = version; from < PACKAGE_FORMAT_VERSION; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) {
      throw packageError(
        'MANIFEST_INVALID',
        `it says it is format ${version}, which no Dossier Desk has written`,
        ADVICE_HOSTILE,
      );
    }
    steps.push(step);
  }
  return steps;
}

/** manifest.json is three levels deep; anything much deeper is not one. */
export const MAX_MANIFEST_DEPTH = 16;

/**
 * UTF-8 JSON from an entry; throws INVALID_JSON. With `scanKeys`, also refuses forbidden keys at any depth
 * and nesting beyond `maxDepth` (FORBIDDEN_KEY, TOO_LARGE).
 */
export function parseJsonEntry(bytes: Uint8Array, path: string, maxDepth: number, scanKeys = true): unknown {
  const text = decodeUtf8(bytes);
  let value: unknown;
  try {
    if (text === null) throw new Error('not UTF-8');
    value = JSON.parse(text);
  } catch (error) {
    throw packageError(
      'INVALID_JSON',
      `${path} is not valid ${text === null ? 'UTF-8 text' : `JSON (${(error as Error).message})`}`,
      undefined,
      error,
    );
  }
  if (!scanKeys) return value;
  // Iterative, so deep nesting cannot overflow the stack.
  const stack: { value: unknown; depth: number; at: string }[] = [{ value, depth: 0, at: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth) {
      throw packageError('TOO_LARGE', `${path} is nested deeper than ${maxDepth} levels`, ADVICE_HOSTILE);
    }
    for (const key of Object.keys(item.value)) {
      const at = item.at ? `${item.at}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        throw packageError('FORBIDDEN_KEY', `${path} has the key "${key}" (at ${at})`, ADVICE_HOSTILE);
      }
      stack.push({ value: (item.value as Record<string, unknown>)[key], depth: item.depth + 1, at });
    }
  }
  return value;
}

/** The raw manifest's format version: refuses a newer one, a missing one, or one no migration reaches. */
export function manifestFormatVersion(raw: unknown): number {
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw packageError('MANIFEST_INVALID', `${MANIFEST_PATH} is not a JSON object`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw packageError('MANIFEST_INVALID', `${MANIFEST_PATH} has no format version`);
  }
  if (version > PACKAGE_FORMAT_VERSION) throw newerFormatError(version);
  return version;
}

export function parseManifest(raw: unknown, maxEntries: number): PackageManifest {
  const result = packageManifestSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : '(top level)';
    const problem = (issue?.message ?? 'invalid')
      .replace(/^Invalid input:\s*/, '')
      .replace(/^expected (\w+), received undefined$/, 'missing (expected $1)');
    throw packageError('MANIFEST_INVALID', `${MANIFEST_PATH} is not valid: ${at}: ${problem}`);
  }
  if (result.data.signer !== undefined) parseSignerCard(result.data.signer);
  if (result.data.entries.length > maxEntries) {
    throw packageError(
      'ZIP_BOMB_ENTRIES',
      `${MANIFEST_PATH} lists more than ${maxEntries} entries`,
      ADVICE_HOSTILE,
    );
  }
  return result.data as PackageManifest;
}

export function buildManifest(
  appVersion: string,
  created: string,
  entries: ManifestEntry[],
  signer?: SignerCard,
): PackageManifest {
  return {
    formatVersion: PACKAGE_FORMAT_VERSION,
    mediaType: DOSSIER_MIME_TYPE,
    appVersion,
    created,
    entries,
    ...(signer ? { signer } : {}),
  };
}
