import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '../../../domain/equality.ts';
import { db } from '../../data/db';

/**
 * Forms in progress live in `db.drafts`, so a reload, a crash or a tab closed by mistake never
 * loses what was typed. A draft is written shortly after each change and when the page is
 * hidden, and deleted only on a successful save or an explicit discard.
 */
const SAVE_DELAY_MS = 300;

interface StoredDraft<T> {
  /** Bumped when a form's shape changes, so an old draft is not poured into a new form. */
  shape: number;
  form: T;
}

export interface LoadedDraft<T> {
  form: T;
  /** When the restored draft was last saved; null when the form starts fresh. */
  restoredAt: string | null;
}

/** Turns a draft of an older shape into the current one (undefined: it cannot be). */
export type DraftUpgrade<T> = (shape: number, form: unknown) => T | undefined;

/** The draft under `key`, or a fresh form when there is none. Undefined while loading. */
export function useDraftOrFresh<T>(key: string, shape: number, fresh: () => T, upgrade?: DraftUpgrade<T>): LoadedDraft<T> | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedDraft<T> } | undefined>();
  const freshRef = useRef(fresh);
  freshRef.current = fresh;
  const upgradeRef = useRef(upgrade);
  upgradeRef.current = upgrade;
  useEffect(() => {
    let cancelled = false;
    void db.drafts.get(key).then((row) => {
      if (cancelled) return;
      const stored = row?.value as StoredDraft<T> | undefined;
      const form = !stored ? undefined : stored.shape === shape ? stored.form : upgradeRef.current?.(stored.shape, stored.form);
      const value = form !== undefined ? { form, restoredAt: row!.savedAt } : { form: freshRef.current(), restoredAt: null };
      setLoaded({ key, value });
    });
    return () => {
      cancelled = true;
    };
  }, [key, shape]);
  return loaded?.key === key ? loaded.value : undefined;
}

export interface Autosave {
  /** When the draft was last written, for the "draft saved" note. */
  savedAt: string | null;
  /** Stops saving and deletes the draft: after a successful save or a discard. */
  finish(): Promise<void>;
}

/**
 * Saves `form` as the draft under `key` while it differs from `pristine` (a form nobody touched
 * leaves no draft behind).
 */
export function useAutosave<T>(key: string, shape: number, form: T, pristine: T): Autosave {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef({ form, pristine });
  latest.current = { form, pristine };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const finished = useRef(false);

  const save = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (finished.current) return;
    const { form: current, pristine: untouched } = latest.current;
    if (sameValue(current, untouched)) {
      await db.drafts.delete(key);
      return;
    }
    const at = new Date().toISOString();
    await db.drafts.put({ key, value: { shape, form: current } satisfies StoredDraft<T>, savedAt: at });
    if (!finished.current) setSavedAt(at);
  }, [key, shape]);

  useEffect(() => {
    if (finished.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [form, save]);

  // Write at once when the page is hidden or left, and when the form is closed by navigation.
  useEffect(() => {
    const flush = () => {
      if (timer.current !== null) void save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [save]);

  const finish = useCallback(async () => {
    finished.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    await db.drafts.delete(key);
  }, [key]);

  return { savedAt, finish };
}

export interface DraftForm<T> {
  /** The form to show (restored or fresh); undefined while the draft is read. */
  loaded: LoadedDraft<T> | undefined;
  /** Changes when the form starts again: use it as the form component's key. */
  generation: number;
  /** After "discard the draft": a fresh form, remounted so its autosave starts over. */
  startAgain: () => void;
}

export function useDraftForm<T>(key: string, shape: number, fresh: () => T, upgrade?: DraftUpgrade<T>): DraftForm<T> {
  const loaded = useDraftOrFresh(key, shape, fresh, upgrade);
  const [restart, setRestart] = useState<{ n: number; value: LoadedDraft<T> } | null>(null);
  const startAgain = useCallback(
    () => setRestart((r) => ({ n: (r?.n ?? 0) + 1, value: { form: fresh(), restoredAt: null } })),
    [fresh],
  );
  return { loaded: restart?.value ?? loaded, generation: restart?.n ?? 0, startAgain };
}
