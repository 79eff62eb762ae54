// ZIP record layouts (PKWARE APPNOTE 6.3.10) as far as format version 1 uses them: local file header,
// data descriptor, central directory header, end of central directory. No ZIP64, one disk, no comment.

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const LOCAL_HEADER_LENGTH = 30;
export const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const CENTRAL_HEADER_LENGTH = 46;
export const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
export const END_OF_CENTRAL_DIRECTORY_LENGTH = 22;
export const ZIP64_END_LOCATOR_SIGNATURE = 0x07064b50;
/** The EOCD comment is at most 65,535 bytes, so the record starts within this many bytes of the end. */
export const MAX_END_RECORD_SEARCH = END_OF_CENTRAL_DIRECTORY_LENGTH + 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export const FLAG_ENCRYPTED = 0x0001;
/** CRC and sizes follow the data in a data descriptor (the local header has zeros). */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
/** The name is UTF-8. */
export const FLAG_UTF8 = 0x0800;
export const FLAG_MASKED_HEADERS = 0x2000;

/** "Version made by": upper byte 3 = Unix, so the external attributes hold a Unix mode. */
export const MADE_BY_UNIX_V20 = (3 << 8) | 20;
export const VERSION_NEEDED = 20;
export const HOST_UNIX = 3;
export const HOST_MACOS = 19;

export const UNIX_FILE_TYPE_MASK = 0o170000;
export const UNIX_REGULAR_FILE = 0o100000;
export const UNIX_SYMLINK = 0o120000;
export const UNIX_DIRECTORY = 0o040000;
/** -rw-r--r-- regular file, as every entry is written. */
export const EXTERNAL_ATTRIBUTES_FILE = ((UNIX_REGULAR_FILE | 0o644) << 16) >>> 0;
/** MS-DOS attribute bit for a folder. */
export const DOS_DIRECTORY = 0x10;

/** MS-DOS date and time (what ZIP stores), from the UTC fields so the same dossier packs the same anywhere. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
