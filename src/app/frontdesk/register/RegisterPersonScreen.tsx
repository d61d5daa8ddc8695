import '../forms/i18n';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { createWithHistory } from '../../../db/history.ts';
import { localDate } from '../../../domain/dates.ts';
import { ScreenHeading } from '../../components/ScreenHeading';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { useAuthor } from '../../session/SessionContext';
import { useFormSubmit } from '../form/useFormSubmit';
import { DraftRestored, FormFooter } from '../form/FormFooter';
import { deskPaths } from '../paths';
import {
  personFieldsFromForm, personFormErrors, personFormFromQuery, withoutUndefined, type PersonForm,
} from '../personForm';
import { useAutosave, useDraftForm, type LoadedDraft } from '../useDraft';
import { DuplicateHints } from './DuplicateHints';
import { PersonFormView } from './PersonFormView';
import { useDuplicates } from './useDuplicates';
import '../frontdesk-forms.css';

/** One registration in progress per device: a shared tablet serves one person at a time. */
export const REGISTER_DRAFT = 'desk.register';
const SHAPE = 1;

export default function RegisterPersonScreen() {
  const { t } = useTranslation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const fresh = useCallback(() => personFormFromQuery(query), [query]);
  // After "discard", the form starts again from the search text.
  const draft = useDraftForm(REGISTER_DRAFT, SHAPE, fresh);
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

function RegisterForm({ loaded, fresh, onDiscarded }: { loaded: LoadedDraft<PersonForm>; fresh: () => PersonForm; onDiscarded: () => void }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(REGISTER_DRAFT, SHAPE, form, pristine);
  const change = useCallback((patch: Partial<PersonForm>) => setForm((f) => ({ ...f, ...patch })), []);

  const fields = () => personFieldsFromForm(form, author.operatorId);
  const submit = useFormSubmit({
    check: () => personFormErrors(fields(), localDate()),
    save: async () => {
      const person = await createWithHistory(db, author, 'people', withoutUndefined(fields()));
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${deskPaths.person(person.id)}?saved=registered`);
    },
  });

  const year = /^\d{4}$/.test(form.birthYear) ? Number(form.birthYear) : form.birthDate ? Number(form.birthDate.slice(0, 4)) : undefined;
  const duplicates = useDuplicates(form.firstName, form.lastName, year);

  return (
    <>
      {loaded.restoredAt && (
        <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />
      )}
      <PersonFormView form={form} change={change} submit={submit} errors={submit.errors}
        afterName={<DuplicateHints matches={duplicates} onChoose={() => void autosave.finish()} />}
        footer={
          <FormFooter saveLabel={t('deskForms.register.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt} />
        } />
    </>
  );
}
