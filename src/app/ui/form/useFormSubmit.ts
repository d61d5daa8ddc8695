import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { RecordValidationError } from '../../../db/repository.ts';
import type { FieldError } from '../../../domain/validation.ts';
import { focusFirstInvalid } from './FieldErrors';

export interface SaveAttempt {
  saving: boolean;
  /** Saving failed for a reason other than the fields (e.g. the device storage is full). */
  failed: boolean;
  /**
   * Runs `save`. A record the database layer refused (RecordValidationError) goes to `onInvalid`,
   * to be shown field by field; any other failure is logged and sets `failed`.
   */
  run(save: () => Promise<void>, onInvalid: (errors: FieldError[]) => void): void;
  /** Forgets a failure shown from the last attempt. */
  clearFailure(): void;
}

export function useSaveAttempt(): SaveAttempt {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = (save: () => Promise<void>, onInvalid: (errors: FieldError[]) => void) => {
    setSaving(true);
    setFailed(false);
    save().then(
      () => setSaving(false),
      (error: unknown) => {
        setSaving(false);
        if (error instanceof RecordValidationError) {
          onInvalid(error.errors);
        } else {
          console.error(error);
          setFailed(true);
        }
      },
    );
  };
  return { saving, failed, run, clearFailure: () => setFailed(false) };
}

export interface FormSubmit {
  formRef: RefObject<HTMLFormElement | null>;
  /** Errors to show: none until the first attempt to save, then kept up to date as she types. */
  errors: FieldError[];
  saving: boolean;
  /** Saving failed for a reason other than the fields (e.g. the device storage is full). */
  failed: boolean;
  onSubmit: (event: FormEvent) => void;
}

/**
 * Submit for the desk's forms: check the fields, and either save or show every problem next
 * to its field and move focus to the first one. What was typed is never touched.
 */
export function useFormSubmit(opts: { check: () => FieldError[]; save: () => Promise<void> }): FormSubmit {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [recordErrors, setRecordErrors] = useState<FieldError[]>([]);
  const attempt = useSaveAttempt();

  useEffect(() => {
    if (attempts > 0) focusFirstInvalid(formRef.current);
  }, [attempts]);

  const checked = attempted ? opts.check() : [];
  const errors = [...checked, ...recordErrors.filter((r) => !checked.some((c) => c.path === r.path))];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (attempt.saving) return;
    setAttempted(true);
    attempt.clearFailure();
    setRecordErrors([]);
    if (opts.check().length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    attempt.run(opts.save, (invalid) => {
      setRecordErrors(invalid);
      setAttempts((n) => n + 1);
    });
  };

  return { formRef, errors, saving: attempt.saving, failed: attempt.failed, onSubmit };
}
