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

export async function writeDraft<T>(db: SportelloDb, key: string, shape: number, form: T, savedAt: string): Promise<void> {
  await db.drafts.put({ key, value: { shape, form } satisfies StoredDraft, savedAt });
}

export async function deleteDraft(db: SportelloDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
