import '../../ui/form/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { lastVisitOf } from '../../../db/peopleSearch.ts';
import { createRecord, getRecord } from '../../../db/repository.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { Visit } from '../../../domain/records/visit.ts';
import type { FieldValue } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { useAuthor, useSession } from '../../session/SessionContext';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { formatDay, useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { newVisitForm, visitFieldsFromForm, visitFormErrors, type VisitForm } from '../../../forms/visitForm';
import { VisitFormView } from './VisitFormView';
import '../../ui/form/form.css';

const SHAPE = 1;
const draftKey = (personId: string) => `desk.visit.${personId}`;

/** Recording a visit ("accesso") for a person, prefilled from her last visit. */
export default function NewVisitScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const id = decodeURIComponent(params.id);
  // Both read once: the form must not change under her fingers.
  const loaded = useLiveQuery(async () => {
    const [person, lastVisit] = await Promise.all([getRecord(db, 'people', id), lastVisitOf(db, id)]);
    return { person: person ?? null, lastVisit };
  }, [id]);
  if (loaded === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (loaded.person === null) return <PersonNotFound />;
  return <VisitLoader key={id} person={loaded.person} lastVisit={loaded.lastVisit} />;
}

function VisitLoader({ person, lastVisit }: { person: Person; lastVisit: Visit | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { siteId } = useSession().session;
  const [last] = useState(lastVisit);
  const fresh = useCallback(() => newVisitForm({ today: localDate(), siteId, lastVisit: last }), [siteId, last]);
  const draft = useDraftForm(draftKey(person.id), SHAPE, fresh);
  const current = draft.loaded;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.visit.title', { name: fullName(person) })}</ScreenHeading>
      <p className="hint">
        {last ? t('deskForms.visit.prefilled', { date: formatDay(last.date, lang) }) : t('deskForms.visit.firstVisit')}
      </p>
      {current ? (
        <VisitFormScreen key={draft.generation} person={person} loaded={current} fresh={fresh} onDiscarded={draft.startAgain} />
      ) : (
        <p className="screen-loading" role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}

function VisitFormScreen(props: { person: Person; loaded: LoadedDraft<VisitForm>; fresh: () => VisitForm; onDiscarded: () => void }) {
  const { person, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const author = useAuthor();
  const { user } = useSession().session;
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(person.id), SHAPE, form, pristine);
  const change = useCallback((fieldId: string, value: FieldValue) => setForm((f) => ({ ...f, [fieldId]: value })), []);
  const changeSite = useCallback((siteId: string) => setForm((f) => ({ ...f, siteId })), []);

  const fields = () => visitFieldsFromForm(form, person.id, author.operatorId);
  const submit = useFormSubmit({
    check: () => visitFormErrors(form, fields()),
    save: async () => {
      const f = fields();
      // The visit belongs to the site it happened at, which may not be the desk's default.
      await createRecord(db, { ...author, siteId: f.siteId }, 'visits', f);
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${deskPaths.person(person.id)}?saved=visit`);
    },
  });
  // The desk's site first, then the user's other sites.
  const siteIds = [...new Set([author.siteId, ...user.siteIds, form.siteId])];

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <VisitFormView form={form} onChange={change} onSite={changeSite} submit={submit} errors={submit.errors} siteIds={siteIds}
        footer={
          <FormFooter saveLabel={t('deskForms.visit.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={deskPaths.person(person.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
          </FormFooter>
        } />
    </>
  );
}
