import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWithHistory } from '../../../db/history.ts';
import { getRecord } from '../../../db/repository.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useAuthor } from '../../session/SessionContext';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { freshPersonAnswers, personAnswerErrors, personAnswersFromOldDraft, personFromAnswers, withAnswer } from '../../../forms/personForm';
import { PersonFormView } from '../register/PersonFormView';
import { fullName } from '../../ui/PersonSummary';

// Shape 2: the answers of the forms-as-data; shape 1 drafts (the hand-drawn form) are converted.
const SHAPE = 2;

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
  const upgrade = (shape: number, old: unknown) =>
    shape === 1 && old !== null && typeof old === 'object' ? personAnswersFromOldDraft(old as Record<string, unknown>, localDate(), base) : undefined;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.person.editTitle', { name: fullName(base) })}</ScreenHeading>
      <DraftLoader draftKey={`desk.edit.${base.id}`} shape={SHAPE} fresh={() => freshPersonAnswers(localDate(), { base })} upgrade={upgrade}>
        {(draft) => <EditForm base={base} draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function EditForm({ base, draft }: { base: Person; draft: OpenDraft<FormValues> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const language = useLang();
  const fields = (values: FormValues) => personFromAnswers(values, { operatorId: author.operatorId, language, base });
  const { form: values, setForm, ...f } = useDraftedForm(draft, {
    check: (answers) => personAnswerErrors(answers, fields(answers), localDate()),
    save: async (answers) => {
      await updateWithHistory(db, author, 'people', base.id, fields(answers));
      return `${deskPaths.person(base.id)}?saved=person`;
    },
  });
  const change = useCallback((fieldId: string, value: FieldValue) => setForm((v) => withAnswer(v, fieldId, value)), [setForm]);

  return (
    <>
      {f.restored}
      <PersonFormView values={values} onChange={change} submit={f.submit} errors={f.submit.errors}
        footer={<FormFooter saveLabel={t('deskForms.person.saveChanges')} cancelTo={deskPaths.person(base.id)} {...f.footer} />} />
    </>
  );
}
