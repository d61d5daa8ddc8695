import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { createWithHistory } from '../../../db/history.ts';
import { localDate } from '../../../domain/dates.ts';
import type { FieldValue, FormValues } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { withoutUndefined } from '../../../domain/equality.ts';
import { useAuthor } from '../../session/SessionContext';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import {
  personAnswerErrors, personAnswersFromOldDraft, personAnswersFromQuery, personFromAnswers, withAnswer,
} from '../../../forms/personForm';
import { DuplicateHints } from './DuplicateHints';
import { PersonFormView } from './PersonFormView';
import { useDuplicates } from './useDuplicates';

/** One registration in progress per device: a shared tablet serves one person at a time. */
export const REGISTER_DRAFT = 'desk.register';
// Shape 2: the answers of the forms-as-data; shape 1 drafts (the hand-drawn form) are converted.
const SHAPE = 2;
const upgrade = (shape: number, old: unknown) =>
  shape === 1 && old !== null && typeof old === 'object' ? personAnswersFromOldDraft(old as Record<string, unknown>, localDate()) : undefined;

export default function RegisterPersonScreen() {
  const { t } = useTranslation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.register.title')}</ScreenHeading>
      {/* After "discard", the form starts again from the search text. */}
      <DraftLoader draftKey={REGISTER_DRAFT} shape={SHAPE} fresh={() => personAnswersFromQuery(query, localDate())} upgrade={upgrade}>
        {(draft) => <RegisterForm draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function RegisterForm({ draft }: { draft: OpenDraft<FormValues> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const language = useLang();
  const fields = (values: FormValues) => personFromAnswers(values, { operatorId: author.operatorId, language });
  const { form: values, setForm, ...f } = useDraftedForm(draft, {
    check: (answers) => personAnswerErrors(answers, fields(answers), localDate()),
    save: async (answers) => {
      const person = await createWithHistory(db, author, 'people', withoutUndefined(fields(answers)));
      return `${deskPaths.person(person.id)}?saved=registered`;
    },
  });
  const change = useCallback((fieldId: string, value: FieldValue) => setForm((v) => withAnswer(v, fieldId, value)), [setForm]);

  const text = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : '');
  const birthYear = text('birthYear');
  const year = /^\d{4}$/.test(birthYear) ? Number(birthYear) : text('birthDate') ? Number(text('birthDate').slice(0, 4)) : undefined;
  const duplicates = useDuplicates(text('firstName'), text('lastName'), year);

  return (
    <>
      {f.restored}
      <PersonFormView values={values} onChange={change} submit={f.submit} errors={f.submit.errors}
        afterName={<DuplicateHints matches={duplicates} onChoose={f.leave} />}
        footer={<FormFooter saveLabel={t('deskForms.register.save')} {...f.footer} />} />
    </>
  );
}
