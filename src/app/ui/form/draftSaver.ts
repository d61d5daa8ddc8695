import type { SportelloDb } from '../../../db/database.ts';
import { deleteDraft, writeDraft } from '../../../db/drafts.ts';
import { sameValue } from '../../../domain/equality.ts';

/** How long typing may pause before the draft is written. */
export const SAVE_DELAY_MS = 300;

/**
 * The autosave of one open form, apart from React: a draft is written shortly after each
 * change, at once on `flush` (the page is hidden or the form closed), and deleted when the form
 * is back as it started (a form nobody touched leaves no draft behind) or on `finish`.
 */
export interface DraftSaver<T> {
  /** The form as it is now, and as it started. */
  changed(form: T, pristine: T): void;
  /** Writes now what is waiting to be written, if anything. */
  flush(): Promise<void>;
  /** Stops saving and deletes the draft: after a successful save or a discard. */
  finish(): Promise<void>;
}

export function draftSaver<T>(
  db: SportelloDb,
  key: string,
  shape: number,
  onSaved: (at: string) => void,
  delayMs = SAVE_DELAY_MS,
): DraftSaver<T> {
  let latest: { form: T; pristine: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let finished = false;
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const save = async () => {
    stopTimer();
    if (finished || !latest) return;
    const { form, pristine } = latest;
    if (sameValue(form, pristine)) return deleteDraft(db, key);
    const at = new Date().toISOString();
    await writeDraft(db, key, shape, form, at);
    if (!finished) onSaved(at);
  };

  return {
    changed(form, pristine) {
      if (finished) return;
      latest = { form, pristine };
      stopTimer();
      timer = setTimeout(() => void save(), delayMs);
    },
    flush: () => (timer !== null ? save() : Promise.resolve()),
    finish() {
      finished = true;
      stopTimer();
      return deleteDraft(db, key);
    },
  };
}
