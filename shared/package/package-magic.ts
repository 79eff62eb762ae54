// The first bytes of an encrypted .dossier package, on their own so that telling a package from a JSON
// document does not load the package reader and its cryptography.

/** "\x89DOSSIER\r\n\x1a\n": like PNG's, it catches text-mode transfers that mangle line ends. */
export const ENCRYPTED_PACKAGE_MAGIC = Uint8Array.of(
  0x89,
  0x44,
  0x4f,
  0x53,
  0x53,
  0x49,
  0x45,
  0x52,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
);
