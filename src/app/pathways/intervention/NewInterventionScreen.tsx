import '../i18n';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { addIntervention } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { useAuthor } from '../../session/SessionContext';
import {
  interventionFieldsFromForm, interventionFormErrors, newInterventionForm, type InterventionForm,
} from '../forms/interventionForm';
import { Loading, PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { InterventionFormView } from './InterventionFormView';
import '../../ui/form/form.css';
import '../pathways.css';

const SHAPE = 1;
const draftKey = (pathwayId: string) => `paths.intervention.${pathwayId}`;

/** Recording an intervention or follow-up on a pathway. */
export default function NewInterventionScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.intervention.title', { name })}>
      {(file) => (
        <>
          <InterventionLoader key={file.pathway.id} pathway={file.pathway} />
        </>
      )}
    </PathwayFormFrame>
  );
}

function InterventionLoader({ pathway }: { pathway: Pathway }) {
  const fresh = useCallback(() => newInterventionForm(localDate()), []);
  const draft = useDraftForm(draftKey(pathway.id), SHAPE, fresh);
  if (!draft.loaded) return <Loading />;
  return <InterventionFormScreen key={draft.generation} pathway={pathway} loaded={draft.loaded} fresh={fresh} onDiscarded={draft.startAgain} />;
}

function InterventionFormScreen(props: { pathway: Pathway; loaded: LoadedDraft<InterventionForm>; fresh: () => InterventionForm; onDiscarded: () => void }) {
  const { pathway, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(pathway.id), SHAPE, form, pristine);

  const submit = useFormSubmit({
    check: () => interventionFormErrors(interventionFieldsFromForm(form), localDate()),
    save: async () => {
      await addIntervention(db, author, pathway, interventionFieldsFromForm(form));
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=intervention`);
    },
  });

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <InterventionFormView form={form} setForm={setForm} submit={submit}
        footer={
          <FormFooter saveLabel={t('paths.intervention.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={pathwayPaths.pathway(pathway.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
          </FormFooter>
        } />
    </>
  );
}
