import { useMemo, useState, type Dispatch, type ReactElement, type SetStateAction } from 'react';
import { useLocation } from 'wouter';
import type { FieldError } from '../../../domain/validation.ts';
import type { OpenDraft } from './DraftLoader';
import { DraftRestored } from './FormFooter';
import { useAutosave } from './useDraft';
import { useFormSubmit, type FormSubmit } from './useFormSubmit';

/**
 * The save flow of a record form (docs/architecture.md, "A form save"): the form starts from its
 * draft (DraftLoader), is kept as a draft while she types, and on save is checked, written,
 * its draft deleted, and the screen left for the record's page.
 */

export interface OpenForm<T> {
  form: T;
  setForm: Dispatch<SetStateAction<T>>;
  /** When the draft was last written, for the "draft saved" note. */
  draftSavedAt: string | null;
  /** "Draft restored, discard?" when the form reopened with a draft; else null. */
  restored: ReactElement | null;
  /** Leaving without saving (cancel, or going to another person): the draft is dropped. */
  leave: () => void;
  /** After a successful write: drops the draft, then goes to `to`. */
  close: (to: string) => Promise<void>;
}

/** The form's state and its draft, for forms with a submit of their own (the mediated intake). */
export function useOpenDraft<T>({ spec, loaded, startAgain }: OpenDraft<T>): OpenForm<T> {
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(spec.fresh, [spec.fresh]);
  const autosave = useAutosave(spec.draftKey, spec.shape, form, pristine);
  return {
    form,
    setForm,
    draftSavedAt: autosave.savedAt,
    restored: loaded.restoredAt ? <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(startAgain)} /> : null,
    leave: () => void autosave.finish(),
    close: async (to) => {
      await autosave.finish();
      navigate(to);
    },
  };
}

export interface DraftedFormOptions<T> {
  /** What is wrong with the form as it is; nothing: it can be written. */
  check: (form: T) => FieldError[];
  /**
   * Writes the record and says where to go next, or null to stay on the form (the write was
   * refused and the screen says why). A RecordValidationError is shown field by field; any
   * other failure as "could not save on this device".
   */
  save: (form: T) => Promise<string | null>;
}

export interface DraftedForm<T> extends OpenForm<T> {
  submit: FormSubmit;
  /** The footer's state: `<FormFooter saveLabel=… cancelTo=… {...footer} />`. */
  footer: { saving: boolean; errorCount: number; failed: boolean; draftSavedAt: string | null; onCancel: () => void };
}

export function useDraftedForm<T>(draft: OpenDraft<T>, opts: DraftedFormOptions<T>): DraftedForm<T> {
  const open = useOpenDraft(draft);
  const submit = useFormSubmit({
    check: () => opts.check(open.form),
    save: async () => {
      const to = await opts.save(open.form);
      if (to !== null) await open.close(to);
    },
  });
  const footer = {
    saving: submit.saving, errorCount: submit.errors.length, failed: submit.failed, draftSavedAt: open.draftSavedAt, onCancel: open.leave,
  };
  return { ...open, submit, footer };
}
