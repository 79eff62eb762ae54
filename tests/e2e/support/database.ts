// Reads the app's IndexedDB in the page as it is: every record of every table, so a test can say "the
// database is unchanged" or look at what was saved; and writes records into it, for a test's starting state.

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

/** Puts records straight into the app's tables (by table name) in one transaction, bypassing the app. */
export function putRecords(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(Object.keys(records), 'readwrite');
      for (const [name, rows] of Object.entries(records)) {
        for (const row of rows) transaction.objectStore(name).put(row);
      }
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, tables);
}

/** One dossier's own records (the dossier, its sources, entities, events, briefings and their versions). */
export async function dossierSnapshot(page: Page, dossierId: string): Promise<string> {
  const records = (await databaseRecords(page)) as Record<
    string,
    { id: string; dossierId?: string; briefingId?: string }[]
  >;
  const own = (table: string) => (records[table] ?? []).filter((record) => record.dossierId === dossierId);
  const briefings = own('briefings');
  const briefingIds = new Set(briefings.map((briefing) => briefing.id));
  return JSON.stringify({
    dossier: (records.dossiers ?? []).filter((record) => record.id === dossierId),
    sources: own('sources'),
    entities: own('entities'),
    timeline: own('timeline'),
    briefings,
    briefingVersions: (records.briefingVersions ?? []).filter((version) =>
      briefingIds.has(version.briefingId ?? ''),
    ),
  });
}
