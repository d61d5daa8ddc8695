import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastVisitOf } from '../../../db/peopleSearch.ts';
import { createRecord, getRecord } from '../../../db/repository.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { Visit } from '../../../domain/records/visit.ts';
import type { FieldValue } from '../../../forms/values.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useAuthor, useSession } from '../../session/SessionContext';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { formatDay, useLang } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { newVisitForm, visitFieldsFromForm, visitFormErrors, type VisitForm } from '../../../forms/visitForm';
import { VisitFormView } from './VisitFormView';
import { useSameDayGuard } from './SameDayWarning';

const SHAPE = 1;

/** Recording a visit ("accesso") for a person, its topics taken from her last visit (newVisitForm). */
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
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.visit.title', { name: fullName(person) })}</ScreenHeading>
      <p className="hint">
        {last ? t('deskForms.visit.prefilled', { date: formatDay(last.date, lang) }) : t('deskForms.visit.firstVisit')}
      </p>
      <DraftLoader draftKey={`desk.visit.${person.id}`} shape={SHAPE} fresh={() => newVisitForm({ today: localDate(), siteId, lastVisit: last })}>
        {(draft) => <VisitFormScreen person={person} draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function VisitFormScreen({ person, draft }: { person: Person; draft: OpenDraft<VisitForm> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const { user } = useSession().session;
  const fields = (form: VisitForm) => visitFieldsFromForm(form, person.id, author.operatorId);
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (visit) => visitFormErrors(visit, fields(visit)),
    save: async (visit) => {
      // Nothing is written until a second visit that day at this desk is confirmed (below).
      if (!(await sameDay.mayWrite())) return null;
      const v = fields(visit);
      // The visit belongs to the site it happened at, which may not be the desk's default.
      await createRecord(db, { ...author, siteId: v.siteId }, 'visits', v);
      return `${deskPaths.person(person.id)}?saved=visit`;
    },
  });
  // Read by `save` when it runs, so it follows the date and site as they are then.
  const sameDay = useSameDayGuard({ personId: person.id, date: form.date, siteId: form.siteId, active: true });
  const change = useCallback((fieldId: string, value: FieldValue) => setForm((v) => ({ ...v, [fieldId]: value })), [setForm]);
  const changeSite = useCallback((siteId: string) => setForm((v) => ({ ...v, siteId })), [setForm]);
  // The desk's site first, then the user's other sites.
  const siteIds = [...new Set([author.siteId, ...user.siteIds, form.siteId])];

  return (
    <>
      {f.restored}
      <VisitFormView form={form} onChange={change} onSite={changeSite} submit={f.submit} errors={f.submit.errors} siteIds={siteIds}
        footer={<>
          {sameDay.warning}
          <FormFooter saveLabel={t('deskForms.visit.save')} cancelTo={deskPaths.person(person.id)} {...f.footer} />
        </>} />
    </>
  );
}
