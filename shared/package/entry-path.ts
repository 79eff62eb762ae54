// Entry names are attacker-controlled paths. Only plain relative paths of safe segments are accepted, so
// no entry can point outside the folder it might be unpacked into, on Unix or on Windows ("zip slip").

import { ADVICE_HOSTILE, type PackageError, packageError, quoteName } from './package-error';

/** Longest entry name accepted; ours are at most 76 bytes ("attachments/" + 64 hex digits). */
export const MAX_ENTRY_NAME_BYTES = 512;

/** Why a name is unsafe, or null when it is a plain relative path. */
export function unsafePathReason(name: string): string | null {
  if (name.length === 0) return 'has an empty name';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character (such as NUL)';
  if (name.includes('\\')) return 'contains a backslash, which Windows reads as a folder separator';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  const segments = name.split('/');
  // A trailing "/" (a folder entry) is left to the layout check; other empty segments are refused.
  const inner = name.endsWith('/') ? segments.slice(0, -1) : segments;
  for (const segment of inner) {
    if (segment === '..') return 'climbs out of the package with ".."';
    if (segment === '.') return 'contains a "." segment';
    if (segment === '') return 'contains an empty path segment ("//")';
    if (/[:*?"<>|]/.test(segment)) return 'contains a character Windows does not allow in file names';
    if (/[ .]$/.test(segment)) return 'ends a segment with a space or dot, which Windows drops';
  }
  return null;
}

export function unsafePathError(name: string, reason: string): PackageError {
  return packageError('UNSAFE_PATH', `the entry ${quoteName(name)} ${reason}`, ADVICE_HOSTILE);
}

/** The key two names collide under on a case-insensitive file system (Windows, macOS). */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
