// How a kept original is described to the user: its size and capture time in the interface's language,
// and a file name the save dialog accepts.

import { currentLanguage } from '../i18n';

/** "12.4 kB", "3.1 MB", "980 byte" in the interface language's words and digits. */
export function formatFileSize(bytes: number): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : bytes >= 1000
        ? (['kilobyte', bytes / 1000] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The capture time to the second, with its time zone: it is evidence of when the page said this. */
export function formatCapturedAt(timestamp: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), {
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(new Date(timestamp));
}

/** The name offered when saving a copy: the original's, without characters a file name may not hold. */
export function savableFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, '_').slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? 'original' : clean;
}
