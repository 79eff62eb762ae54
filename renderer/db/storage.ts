// Persistent storage: asked for once at start, so the browser does not evict the dossiers under
// storage pressure; the answer and the space used and available are shown in About.

export interface StorageStatus {
  persisted: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
}

let requested: Promise<boolean | null> | null = null;

/** Asks once per session for persistent storage; null where the platform cannot say. */
export function requestPersistentStorage(): Promise<boolean | null> {
  requested ??= (async () => {
    const storage = navigator.storage;
    if (!storage?.persist) return null;
    try {
      return (await storage.persisted()) || (await storage.persist());
    } catch {
      return null;
    }
  })();
  return requested;
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = await requestPersistentStorage();
  try {
    const estimate = await navigator.storage?.estimate?.();
    return { persisted, usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
  } catch {
    return { persisted, usedBytes: null, quotaBytes: null };
  }
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
