import '../i18n';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { editPathway } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { useAuthor } from '../../session/SessionContext';
import { pathwayFieldsFromForm, pathwayFormErrors, pathwayFormFromRecord, type PathwayForm } from '../forms/pathwayForm';
import { Loading, PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { PathwayFormView } from './PathwayFormView';
import '../../ui/form/form.css';
import '../pathways.css';

const SHAPE = 1;
const draftKey = (pathwayId: string) => `paths.edit.${pathwayId}`;

/** Editing an open pathway: case manager, fragilities, request, goals and their status. */
export default function EditPathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.form.editTitle', { name })}>
      {(file) => (
        <>
          {file.pathway.status === 'closed' ? (
            <p>
              {t('paths.form.closedNoEdit')}{' '}
              <Link href={pathwayPaths.pathway(file.pathway.id)}>{t('paths.timeline.goTo')}</Link>
            </p>
          ) : (
            <EditLoader key={file.pathway.id} pathway={file.pathway} />
          )}
        </>
      )}
    </PathwayFormFrame>
  );
}

function EditLoader({ pathway }: { pathway: Pathway }) {
  // The form starts from the record as it was when the screen opened, not as it changes.
  const [base] = useState(pathway);
  const fresh = useCallback(() => pathwayFormFromRecord(base), [base]);
  const draft = useDraftForm(draftKey(base.id), SHAPE, fresh);
  if (!draft.loaded) return <Loading />;
  return <EditForm key={draft.generation} pathway={base} loaded={draft.loaded} fresh={fresh} onDiscarded={draft.startAgain} />;
}

function EditForm(props: { pathway: Pathway; loaded: LoadedDraft<PathwayForm>; fresh: () => PathwayForm; onDiscarded: () => void }) {
  const { pathway, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(pathway.id), SHAPE, form, pristine);
  const change = useCallback((patch: Partial<PathwayForm>) => setForm((f) => ({ ...f, ...patch })), []);

  const fields = () => pathwayFieldsFromForm({ ...form, siteId: pathway.siteId }, pathway.personId);
  const submit = useFormSubmit({
    check: () => pathwayFormErrors(fields(), localDate()),
    save: async () => {
      const f = fields();
      await editPathway(db, author, pathway.id, {
        caseManagerId: f.caseManagerId, openedOn: f.openedOn, fragilities: f.fragilities,
        fragilityOther: f.fragilityOther, mainRequest: f.mainRequest, goals: f.goals,
      });
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=edited`);
    },
  });

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <PathwayFormView form={form} change={change} submit={submit} errors={submit.errors} siteIds={null}
        footer={
          <FormFooter saveLabel={t('paths.form.saveChanges')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={pathwayPaths.pathway(pathway.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
          </FormFooter>
        } />
    </>
  );
}
