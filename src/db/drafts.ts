import type { SportelloDb } from './database.ts';

/**
 * Forms in progress, kept on the device so a reload, a crash or a tab closed by mistake never
 * loses what was typed. A draft is stored with its form's shape, a number bumped when the form
 * changes, so an old draft is never poured into a new form.
 */

interface StoredDraft {
  shape: number;
  form: unknown;
}

export interface SavedDraft<T> {
  form: T;
  /** When it was last written (an ISO instant). */
  savedAt: string;
}

/** Turns a draft of an older shape into the current one (undefined: it cannot be). */
export type DraftUpgrade<T> = (shape: number, form: unknown) => T | undefined;

/** The draft under `key` in the current shape (upgraded if it is older), or undefined. */
export async function readDraft<T>(db: SportelloDb, key: string, shape: number, upgrade?: DraftUpgrade<T>): Promise<SavedDraft<T> | undefined> {
  const row = await db.drafts.get(key);
  if (!row) return undefined;
  const stored = row.value as StoredDraft;
  const form = stored.shape === shape ? (stored.form as T) : upgrade?.(stored.shape, stored.form);
  return form === undefined ? undefined : { form, savedAt: row.savedAt };
}

export function writeDraft<T>(db: SportelloDb, key: string, shape: number, form: T, savedAt: string): Promise<void> {
  const row = { key, value: { shape, form } satisfies StoredDraft, savedAt };
  return changeAtOnce(db, (store) => store.put(row), () => db.drafts.put(row).then(() => undefined));
}

export function deleteDraft(db: SportelloDb, key: string): Promise<void> {
  return changeAtOnce(db, (store) => store.delete(key), () => db.drafts.delete(key));
}

/**
 * Changes the drafts store in a transaction committed as soon as its request is made. The
 * autosave writes when the page is hidden or left (docs/architecture.md, "A form save"), and a
 * reload tears the page down right after: Chromium commits a transaction the page did not commit
 * itself only once the request's answer is back in the page (Dexie, too, commits only then), so
 * such a write was aborted and everything typed since the last pause lost. No live query reads
 * drafts, so Dexie need not see the change. Through Dexie when the database is not open yet:
 * then no form is showing, and nothing typed can be waiting.
 */
function changeAtOnce(db: SportelloDb, change: (store: IDBObjectStore) => void, viaDexie: () => Promise<void>): Promise<void> {
  if (!db.isOpen()) return viaDexie();
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(db.drafts.name, 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The draft was not written', 'AbortError'));
    change(tx.objectStore(db.drafts.name));
    tx.commit();
  });
}
