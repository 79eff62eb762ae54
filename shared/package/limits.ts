// What a package reader accepts, in one place: the defaults are generous for real dossiers and small
// enough that a hostile file cannot exhaust memory, disk or time. docs/package-format.md lists them.

export interface PackageLimits {
  /** Entries in the archive: MAX_PACKAGE_ATTACHMENTS plus mimetype, manifest.json and dossier.json. */
  maxEntries: number;
  /** Bytes of all entries together, counted as they inflate (not as declared). */
  maxTotalUncompressedBytes: number;
  /** Inflated bytes per compressed byte above which an entry is taken for a bomb. */
  maxCompressionRatio: number;
  /** Entries smaller than this once inflated are not held to the ratio (tiny entries compress oddly). */
  ratioGraceBytes: number;
  /** manifest.json, read into memory whole. */
  maxManifestBytes: number;
  /** dossier.json (and base.json), read into memory whole and parsed. */
  maxDocumentBytes: number;
  /** One briefing's text state (briefings/<id>.yjs), read into memory whole and decoded. */
  maxBriefingStateBytes: number;
  /** A ReadableStream input is buffered whole (random access is needed); pass a Blob for larger files. */
  maxBufferedStreamBytes: number;
}

/** ZIP without ZIP64 counts sizes and offsets in 32 bits, and 0xFFFFFFFF means "see ZIP64". */
export const ZIP32_MAX = 0xffff_fffe;

/**
 * All of a package's entries together, unpacked: 2 GiB fits a desktop's memory and disk with room to spare
 * and is far beyond a real dossier (the sample is 100 KB, the benchmark's large one 500 MB). The writer
 * refuses the same, so nothing is shared that a colleague could not open.
 */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * dossier.json (and base.json) are held whole to be parsed, and a hostile one can claim any size up to this
 * and inflate to it: 64 MiB keeps reading a 20 MB package that inflates to 4 GiB under 300 MB of memory
 * (tests/unit/shared/package/bomb-memory.test.ts), and is hundreds of times the sample's JSON. The writer
 * refuses the same.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export const DEFAULT_PACKAGE_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxEntries: 50_000 + 3,
  maxTotalUncompressedBytes: MAX_UNPACKED_BYTES,
  // The writer's own bound (zip-writer.ts, SAFE_RATIO): nothing honest goes beyond it.
  maxCompressionRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  maxManifestBytes: 32 * 1024 * 1024,
  maxDocumentBytes: MAX_DOCUMENT_BYTES,
  maxBriefingStateBytes: 64 * 1024 * 1024,
  maxBufferedStreamBytes: 256 * 1024 * 1024,
});

export function resolveLimits(limits: Partial<PackageLimits> | undefined): PackageLimits {
  return { ...DEFAULT_PACKAGE_LIMITS, ...limits };
}

/** PBKDF2-SHA256 iterations written by default: OWASP's figure (Password Storage Cheat Sheet, 2023). */
export const DEFAULT_KDF_ITERATIONS = 600_000;
/** Fewer iterations than this are refused when reading: the file was not written by Dossier Desk. */
export const MIN_KDF_ITERATIONS = 600_000;
/** More than this is refused when reading, so a file cannot make the app spin for minutes. */
export const MAX_KDF_ITERATIONS = 10_000_000;

/**
 * Argon2id written for new encrypted packages and protected key files: OWASP Password Storage Cheat Sheet
 * (2025), first of its equivalent settings: 19 MiB of memory, 2 passes, 1 lane (about 0.3 s in pure JS).
 */
export const DEFAULT_ARGON2ID = Object.freeze({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });
/** Readers refuse Argon2id settings outside these, so a file can neither pass as protected with a weak key
 *  nor make the app spin (64 MiB × 8 passes is about 4 s). */
export const ARGON2ID_BOUNDS = Object.freeze({
  memoryKiB: { min: 19_456, max: 65_536 },
  iterations: { min: 2, max: 8 },
  parallelism: { min: 1, max: 4 },
});
