import '../../ui/form/i18n';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { createWithHistory } from '../../../db/history.ts';
import { localDate } from '../../../domain/dates.ts';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { withoutUndefined } from '../../../domain/equality.ts';
import { useAuthor } from '../../session/SessionContext';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import {
  personAnswerErrors, personAnswersFromOldDraft, personAnswersFromQuery, personFromAnswers, withAnswer,
} from '../../../forms/personForm';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { DuplicateHints } from './DuplicateHints';
import { PersonFormView } from './PersonFormView';
import { useDuplicates } from './useDuplicates';
import '../../ui/form/form.css';

/** One registration in progress per device: a shared tablet serves one person at a time. */
export const REGISTER_DRAFT = 'desk.register';
// Shape 2: the answers of the forms-as-data; shape 1 drafts (the hand-drawn form) are converted.
const SHAPE = 2;
const upgrade = (shape: number, old: unknown) =>
  shape === 1 && old !== null && typeof old === 'object' ? personAnswersFromOldDraft(old as Record<string, unknown>, localDate()) : undefined;

export default function RegisterPersonScreen() {
  const { t } = useTranslation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const fresh = useCallback(() => personAnswersFromQuery(query, localDate()), [query]);
  // After "discard", the form starts again from the search text.
  const draft = useDraftForm(REGISTER_DRAFT, SHAPE, fresh, upgrade);
  const current = draft.loaded;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.register.title')}</ScreenHeading>
      {current ? (
        <RegisterForm key={draft.generation} loaded={current} fresh={fresh} onDiscarded={draft.startAgain} />
      ) : (
        <p className="screen-loading" role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}

function RegisterForm({ loaded, fresh, onDiscarded }: { loaded: LoadedDraft<FormValues>; fresh: () => FormValues; onDiscarded: () => void }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const language = useLang();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(REGISTER_DRAFT, SHAPE, values, pristine);
  const change = useCallback((fieldId: string, value: FieldValue) => setValues((v) => withAnswer(v, fieldId, value)), []);

  const fields = () => personFromAnswers(values, { operatorId: author.operatorId, language });
  const submit = useFormSubmit({
    check: () => personAnswerErrors(values, fields(), localDate()),
    save: async () => {
      const person = await createWithHistory(db, author, 'people', withoutUndefined(fields()));
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${deskPaths.person(person.id)}?saved=registered`);
    },
  });

  const text = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : '');
  const birthYear = text('birthYear');
  const year = /^\d{4}$/.test(birthYear) ? Number(birthYear) : text('birthDate') ? Number(text('birthDate').slice(0, 4)) : undefined;
  const duplicates = useDuplicates(text('firstName'), text('lastName'), year);

  return (
    <>
      {loaded.restoredAt && (
        <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />
      )}
      <PersonFormView values={values} onChange={change} submit={submit} errors={submit.errors}
        afterName={<DuplicateHints matches={duplicates} onChoose={() => void autosave.finish()} />}
        footer={
          <FormFooter saveLabel={t('deskForms.register.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt} />
        } />
    </>
  );
}
