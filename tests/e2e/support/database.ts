// Reads the app's IndexedDB in the page as it is: every record of every table, so a test can say "the
// database is unchanged" or look at what was saved.

import type { Page } from 'playwright-core';

/** Every record of every table, by table name; Blobs are given as `blob:<size>`. */
export function databaseRecords(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('dossier-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].sort();
          const transaction = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = (request.result as unknown[]).map((record) =>
                JSON.parse(
                  JSON.stringify(record, (_key, value) =>
                    value instanceof Blob ? `blob:${value.size}` : value,
                  ),
                ),
              );
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/** The whole database as one string: what "nothing was saved" compares. */
export async function databaseSnapshot(page: Page): Promise<string> {
  return JSON.stringify(await databaseRecords(page));
}
