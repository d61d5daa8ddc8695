import type { Page } from '@playwright/test';

/*
 * What the device stores, read straight from IndexedDB ("sportello"), to check that a record
 * or a draft really is on the device, not just on the screen.
 */

/** Every person record on the device, read straight from IndexedDB. */
export async function storedPeople(page: Page): Promise<Record<string, unknown>[]> {
  return storedRows(page, 'people');
}

/** Every row of a table on the device (tombstones included), read straight from IndexedDB. */
export async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('sportello');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/** A draft as stored on the device, as JSON text. */
export async function storedDraft(page: Page, key: string): Promise<string> {
  return page.evaluate(
    (draftKey) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('sportello');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('drafts').objectStore('drafts').get(draftKey);
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result ?? null));
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}
