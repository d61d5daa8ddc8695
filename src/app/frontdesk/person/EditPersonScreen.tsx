import '../../ui/form/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { updateWithHistory } from '../../../db/history.ts';
import { getRecord } from '../../../db/repository.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { useAuthor } from '../../session/SessionContext';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { freshPersonAnswers, personAnswerErrors, personAnswersFromOldDraft, personFromAnswers, withAnswer } from '../../../forms/personForm';
import { PersonFormView } from '../register/PersonFormView';
import { fullName } from '../../ui/PersonSummary';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import '../../ui/form/form.css';

// Shape 2: the answers of the forms-as-data; shape 1 drafts (the hand-drawn form) are converted.
const SHAPE = 2;
const draftKey = (id: string) => `desk.edit.${id}`;

/** Editing a person: the registration form, filled with her record; each save is remembered. */
export default function EditPersonScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const id = decodeURIComponent(params.id);
  const person = useLiveQuery(async () => (await getRecord(db, 'people', id)) ?? null, [id]);
  if (person === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (person === null) return <PersonNotFound />;
  return <EditLoader person={person} />;
}

function EditLoader({ person }: { person: Person }) {
  const { t } = useTranslation();
  // The form is filled from the record as it was when editing began; later changes arriving by
  // sync do not overwrite what she is typing (the server spots true conflicts).
  const [base] = useState(person);
  const fresh = useCallback(() => freshPersonAnswers(localDate(), { base }), [base]);
  const upgrade = useCallback((shape: number, old: unknown) =>
    shape === 1 && old !== null && typeof old === 'object' ? personAnswersFromOldDraft(old as Record<string, unknown>, localDate(), base) : undefined, [base]);
  const draft = useDraftForm(draftKey(base.id), SHAPE, fresh, upgrade);
  const current = draft.loaded;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.person.editTitle', { name: fullName(base) })}</ScreenHeading>
      {current ? (
        <EditForm key={draft.generation} base={base} loaded={current} fresh={fresh} onDiscarded={draft.startAgain} />
      ) : (
        <p className="screen-loading" role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}

function EditForm(props: { base: Person; loaded: LoadedDraft<FormValues>; fresh: () => FormValues; onDiscarded: () => void }) {
  const { base, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const author = useAuthor();
  const language = useLang();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(base.id), SHAPE, values, pristine);
  const change = useCallback((fieldId: string, value: FieldValue) => setValues((v) => withAnswer(v, fieldId, value)), []);

  const fields = () => personFromAnswers(values, { operatorId: author.operatorId, language, base });
  const submit = useFormSubmit({
    check: () => personAnswerErrors(values, fields(), localDate()),
    save: async () => {
      await updateWithHistory(db, author, 'people', base.id, fields());
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${deskPaths.person(base.id)}?saved=person`);
    },
  });

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <PersonFormView values={values} onChange={change} submit={submit} errors={submit.errors}
        footer={
          <FormFooter saveLabel={t('deskForms.person.saveChanges')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={deskPaths.person(base.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
          </FormFooter>
        } />
    </>
  );
}
