import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readDraft, type DraftUpgrade } from '../../../db/drafts.ts';
import { db } from '../../data/db';
import { draftSaver } from './draftSaver';

/**
 * A form's draft in React: read once when the form opens (src/db/drafts.ts), then written as
 * she types (./draftSaver.ts) and deleted only on a successful save or an explicit discard.
 */

export type { DraftUpgrade };

export interface LoadedDraft<T> {
  form: T;
  /** When the restored draft was last saved; null when the form starts fresh. */
  restoredAt: string | null;
}

/** The draft under `key`, or a fresh form when there is none. Undefined while loading. */
export function useDraftOrFresh<T>(key: string, shape: number, fresh: () => T, upgrade?: DraftUpgrade<T>): LoadedDraft<T> | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedDraft<T> } | undefined>();
  const freshRef = useRef(fresh);
  freshRef.current = fresh;
  const upgradeRef = useRef(upgrade);
  upgradeRef.current = upgrade;
  useEffect(() => {
    let cancelled = false;
    void readDraft(db, key, shape, upgradeRef.current).then((draft) => {
      if (cancelled) return;
      const value = draft ? { form: draft.form, restoredAt: draft.savedAt } : { form: freshRef.current(), restoredAt: null };
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

/** Saves `form` as the draft under `key` while it differs from `pristine`. */
export function useAutosave<T>(key: string, shape: number, form: T, pristine: T): Autosave {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const saver = useMemo(() => draftSaver<T>(db, key, shape, setSavedAt), [key, shape]);

  useEffect(() => saver.changed(form, pristine), [saver, form, pristine]);

  // Write at once when the page is hidden or left, and when the form is closed by navigation.
  useEffect(() => {
    const flush = () => void saver.flush();
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
  }, [saver]);

  return { savedAt, finish: saver.finish };
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
