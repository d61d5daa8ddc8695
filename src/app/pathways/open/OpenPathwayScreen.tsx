import '../i18n';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { openPathway } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Person } from '../../../domain/records/person.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { useAuthor, useSession } from '../../session/SessionContext';
import { newPathwayForm, pathwayFieldsFromForm, pathwayFormErrors, type PathwayForm } from '../forms/pathwayForm';
import { Loading } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { usePerson } from '../usePerson';
import { PathwayFormView } from './PathwayFormView';
import '../../ui/form/form.css';
import '../pathways.css';

const SHAPE = 1;
const draftKey = (personId: string) => `paths.open.${personId}`;

/** Opening a care pathway for a person, from her page. */
export default function OpenPathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const person = usePerson(decodeURIComponent(params.id));
  if (person === undefined) return <Loading />;
  if (person === null) return <PersonNotFound />;
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{t('paths.form.openTitle', { name: fullName(person) })}</ScreenHeading>
      <OpenPathwayLoader key={person.id} person={person} />
    </section>
  );
}

function OpenPathwayLoader({ person }: { person: Person }) {
  const { user, siteId } = useSession().session;
  const fresh = useCallback(() => newPathwayForm({ today: localDate(), siteId, caseManagerId: user.id }), [siteId, user.id]);
  const draft = useDraftForm(draftKey(person.id), SHAPE, fresh);
  if (!draft.loaded) return <Loading />;
  return <OpenPathwayForm key={draft.generation} person={person} loaded={draft.loaded} fresh={fresh} onDiscarded={draft.startAgain} />;
}

function OpenPathwayForm(props: { person: Person; loaded: LoadedDraft<PathwayForm>; fresh: () => PathwayForm; onDiscarded: () => void }) {
  const { person, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const author = useAuthor();
  const { user } = useSession().session;
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(person.id), SHAPE, form, pristine);
  const change = useCallback((patch: Partial<PathwayForm>) => setForm((f) => ({ ...f, ...patch })), []);

  const fields = () => pathwayFieldsFromForm(form, person.id);
  const submit = useFormSubmit({
    check: () => pathwayFormErrors(fields(), localDate()),
    save: async () => {
      const pathway = await openPathway(db, author, fields());
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=opened`);
    },
  });
  const siteIds = [...new Set([author.siteId, ...user.siteIds, form.siteId])];

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <PathwayFormView form={form} change={change} submit={submit} errors={submit.errors} siteIds={siteIds}
        footer={
          <FormFooter saveLabel={t('paths.form.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={deskPaths.person(person.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
          </FormFooter>
        } />
    </>
  );
}
