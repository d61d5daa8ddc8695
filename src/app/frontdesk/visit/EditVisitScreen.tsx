import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getRecord } from '../../../db/repository.ts';
import { updateVisit } from '../../../db/visitWrites.ts';
import { mayCorrectVisit } from '../../../domain/policy/visitCorrections.ts';
import type { Person } from '../../../domain/records/person.ts';
import type { Visit } from '../../../domain/records/visit.ts';
import type { FieldValue } from '../../../forms/values.ts';
import { correctedVisitFields, visitFormErrors, visitFormOf, type VisitForm } from '../../../forms/visitForm';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { deskPaths } from '../../routes/desk';
import { useAuthor, useSession } from '../../session/SessionContext';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { formatDay, useLang } from '../../ui/format';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useSameDayGuard } from './SameDayWarning';
import { VisitFormView } from './VisitFormView';

const SHAPE = 1;

/**
 * Correcting a visit: the visit form filled with it, saved through the one save flow
 * (docs/architecture.md, "A form save") with a draft of its own; only a visit of the desk's
 * site (mayCorrectVisit).
 */
export default function EditVisitScreen({ params }: { params: { id: string; visitId: string } }) {
  const { t } = useTranslation();
  const { siteId } = useSession().session;
  const personId = decodeURIComponent(params.id);
  const visitId = decodeURIComponent(params.visitId);
  const loaded = useLiveQuery(async () => {
    const [person, visit] = await Promise.all([getRecord(db, 'people', personId), getRecord(db, 'visits', visitId)]);
    return { person: person ?? null, visit: visit?.personId === personId ? visit : null };
  }, [personId, visitId]);
  if (loaded === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (loaded.person === null) return <PersonNotFound />;
  if (loaded.visit === null || !mayCorrectVisit(loaded.visit, { siteId })) {
    return (
      <section className="screen">
        <ScreenHeading>{t('deskForms.visit.notCorrectable')}</ScreenHeading>
        <p><Link href={deskPaths.person(personId)}>{t('deskForms.visit.backToPerson', { name: fullName(loaded.person) })}</Link></p>
      </section>
    );
  }
  return <EditLoader key={visitId} person={loaded.person} visit={loaded.visit} />;
}

function EditLoader({ person, visit }: { person: Person; visit: Visit }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Filled from the visit as it was when editing began: a change arriving by sync does not
  // overwrite what she is typing (the server spots true conflicts).
  const [base] = useState(visit);
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('deskForms.visit.editTitle', { name: fullName(person), date: formatDay(base.date, lang) })}</ScreenHeading>
      <DraftLoader draftKey={`desk.visitEdit.${base.id}`} shape={SHAPE} fresh={() => visitFormOf(base)}>
        {(draft) => <EditVisitForm person={person} base={base} draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function EditVisitForm({ person, base, draft }: { person: Person; base: Visit; draft: OpenDraft<VisitForm> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (visit) => visitFormErrors(visit, correctedVisitFields(visit, base)),
    save: async (visit) => {
      if (!(await sameDay.mayWrite())) return null;
      await updateVisit(db, author, base.id, correctedVisitFields(visit, base));
      return `${deskPaths.person(person.id)}?saved=visitCorrected`;
    },
  });
  // Moved to another day, it may become that day's second visit at this desk.
  const sameDay = useSameDayGuard({ personId: person.id, date: form.date, siteId: base.siteId, exceptId: base.id, active: form.date !== base.date });
  const change = useCallback((fieldId: string, value: FieldValue) => setForm((v) => ({ ...v, [fieldId]: value })), [setForm]);
  // The site is where it happened: not a correction (updateVisit).
  const keepSite = useCallback(() => {}, []);

  return (
    <>
      {f.restored}
      <VisitFormView form={form} onChange={change} onSite={keepSite} submit={f.submit} errors={f.submit.errors} siteIds={[base.siteId]}
        footer={<>
          {sameDay.warning}
          <FormFooter saveLabel={t('deskForms.visit.saveChanges')} cancelTo={deskPaths.person(person.id)} {...f.footer} />
        </>} />
    </>
  );
}
