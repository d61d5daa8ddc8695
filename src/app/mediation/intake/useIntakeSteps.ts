import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { createWithHistory, updateWithHistory } from '../../../db/history.ts';
import { localDate } from '../../../domain/dates.ts';
import { withoutUndefined } from '../../../domain/equality.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { FieldError } from '../../../domain/validation.ts';
import {
  errorsOfForm, firstFormWithErrors, freshPersonAnswers, PERSON_FORMS, personAnswerErrors, personFromAnswers, withAnswer,
} from '../../../forms/personForm';
import { firstPerPath } from '../../../forms/validate';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { db } from '../../data/db';
import { deskPaths } from '../../routes/desk';
import { useAuthor } from '../../session/SessionContext';
import { focusFirstInvalid } from '../../ui/form/FieldErrors';
import type { OpenForm } from '../../ui/form/useDraftedForm';
import { useSaveAttempt } from '../../ui/form/useFormSubmit';
import { useLang } from '../../ui/format';

/** The intake as kept in its draft: her language, where she is, the answers. */
export interface IntakeState {
  /** Her language (a form catalogue); null until chosen. */
  language: string | null;
  /** -1: choosing the language; then the index of the form in PERSON_FORMS. */
  step: number;
  values: FormValues;
}

export const freshIntake = (base: Person | undefined): IntakeState => ({ language: null, step: -1, values: freshPersonAnswers(localDate(), { base }) });

type FocusTarget = 'heading' | 'invalid';

/**
 * The intake's step flow: "next" checks the form on screen; the last step checks them all and
 * goes back to the first with a problem, else writes the person. A form's errors show once she
 * has tried to leave it; a record the database refused sends her to the form of its first error.
 */
export function useIntakeSteps({ base, open }: { base: Person | undefined; open: OpenForm<IntakeState> }) {
  const operator = useLang();
  const author = useAuthor();
  const { form: state, setForm: setState } = open;
  const [checked, setChecked] = useState<number[]>([]);
  const [recordErrors, setRecordErrors] = useState<FieldError[]>([]);
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number }>({ target: 'heading', n: 0 });
  const attempt = useSaveAttempt();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const language = state.language ?? operator;
  const step = Math.max(0, Math.min(state.step, PERSON_FORMS.length - 1));
  const form = PERSON_FORMS[step]!;
  const last = step === PERSON_FORMS.length - 1;

  const fields = personFromAnswers(state.values, { operatorId: author.operatorId, language, base, noticeShown: true });
  const allErrors = personAnswerErrors(state.values, fields, localDate());
  const shownErrors = checked.includes(step)
    ? firstPerPath([...errorsOfForm(allErrors, form), ...errorsOfForm(recordErrors, form)])
    : [];

  useEffect(() => {
    if (focus.n === 0) return;
    if (focus.target === 'invalid') focusFirstInvalid(formRef.current);
    else headingRef.current?.focus();
  }, [focus]);

  const requestFocus = (target: FocusTarget) => setFocus((f) => ({ target, n: f.n + 1 }));
  const setValue = useCallback((fieldId: string, value: FieldValue) => {
    setState((s) => ({ ...s, values: withAnswer(s.values, fieldId, value) }));
    setRecordErrors((errors) => errors.filter((e) => !e.path.startsWith(fieldId)));
  }, [setState]);
  const goTo = (index: number, target: FocusTarget = 'heading') => {
    setState((s) => ({ ...s, step: index }));
    requestFocus(target);
  };
  // The forms whose errors show: those she has tried to leave.
  const showErrors = (index: number) => {
    setChecked((c) => [...c, index]);
    goTo(index, 'invalid');
  };

  const save = () => attempt.run(async () => {
    const person = base
      ? await updateWithHistory(db, author, 'people', base.id, fields)
      : await createWithHistory(db, author, 'people', withoutUndefined(fields));
    await open.close(`${deskPaths.person(person.id)}?saved=${base ? 'person' : 'registered'}`);
  }, (errors) => {
    setRecordErrors(errors);
    showErrors(firstFormWithErrors(errors));
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (attempt.saving) return;
    if (errorsOfForm(allErrors, form).length > 0) {
      setChecked((c) => [...c, step]);
      requestFocus('invalid');
    } else if (!last) {
      goTo(step + 1);
    } else if (firstFormWithErrors(allErrors) !== -1) {
      showErrors(firstFormWithErrors(allErrors));
    } else {
      save();
    }
  };

  const chooseLanguage = (lang: string) => {
    setState((s) => ({ ...s, language: lang, step: 0 }));
    requestFocus('heading');
  };
  const switchLanguage = (lang: string) => setState((s) => ({ ...s, language: lang }));

  return {
    /** Her language is still to be chosen (the first screen). */
    choosing: state.language === null || state.step < 0,
    /** Her language as chosen (null: not yet), and the one the questions are shown in. */
    chosenLanguage: state.language, language,
    values: state.values, step, form, last, shownErrors,
    saving: attempt.saving, failed: attempt.failed, formRef, headingRef,
    setValue, goTo, onSubmit, chooseLanguage, switchLanguage,
  };
}
