import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { openPathway } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { useAuthor, useSession } from '../../session/SessionContext';
import { newPathwayForm, pathwayFieldsFromForm, pathwayFormErrors, type PathwayForm } from '../forms/pathwayForm';
import { Loading } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { usePerson } from '../usePerson';
import { PathwayFormView } from './PathwayFormView';
import '../pathways.css';

const SHAPE = 1;

/** Opening a care pathway for a person, from her page. */
export default function OpenPathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { user, siteId } = useSession().session;
  const person = usePerson(decodeURIComponent(params.id));
  if (person === undefined) return <Loading />;
  if (person === null) return <PersonNotFound />;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('paths.form.openTitle', { name: fullName(person) })}</ScreenHeading>
      <DraftLoader draftKey={`paths.open.${person.id}`} shape={SHAPE}
        fresh={() => newPathwayForm({ today: localDate(), siteId, caseManagerId: user.id })}>
        {(draft) => <OpenPathwayForm person={person} draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function OpenPathwayForm({ person, draft }: { person: Person; draft: OpenDraft<PathwayForm> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const { user } = useSession().session;
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (pathway) => pathwayFormErrors(pathwayFieldsFromForm(pathway, person.id), localDate()),
    save: async (pathway) => {
      const opened = await openPathway(db, author, pathwayFieldsFromForm(pathway, person.id));
      return `${pathwayPaths.pathway(opened.id)}?saved=opened`;
    },
  });
  const change = useCallback((patch: Partial<PathwayForm>) => setForm((p) => ({ ...p, ...patch })), [setForm]);
  const siteIds = [...new Set([author.siteId, ...user.siteIds, form.siteId])];

  return (
    <>
      {f.restored}
      <PathwayFormView form={form} change={change} submit={f.submit} errors={f.submit.errors} siteIds={siteIds}
        footer={<FormFooter saveLabel={t('paths.form.save')} cancelTo={deskPaths.person(person.id)} {...f.footer} />} />
    </>
  );
}
