import { useTranslation } from 'react-i18next';
import { addIntervention } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useAuthor } from '../../session/SessionContext';
import {
  interventionFieldsFromForm, interventionFormErrors, newInterventionForm, type InterventionForm,
} from '../forms/interventionForm';
import { PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { InterventionFormView } from './InterventionFormView';
import '../pathways.css';

const SHAPE = 1;

/** Recording an intervention or follow-up on a pathway. */
export default function NewInterventionScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.intervention.title', { name })}>
      {(file) => (
        <DraftLoader draftKey={`paths.intervention.${file.pathway.id}`} shape={SHAPE} fresh={() => newInterventionForm(localDate())}>
          {(draft) => <InterventionFormScreen pathway={file.pathway} draft={draft} />}
        </DraftLoader>
      )}
    </PathwayFormFrame>
  );
}

function InterventionFormScreen({ pathway, draft }: { pathway: Pathway; draft: OpenDraft<InterventionForm> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (intervention) => interventionFormErrors(interventionFieldsFromForm(intervention), localDate()),
    save: async (intervention) => {
      await addIntervention(db, author, pathway, interventionFieldsFromForm(intervention));
      return `${pathwayPaths.pathway(pathway.id)}?saved=intervention`;
    },
  });

  return (
    <>
      {f.restored}
      <InterventionFormView form={form} setForm={setForm} submit={f.submit}
        footer={<FormFooter saveLabel={t('paths.intervention.save')} cancelTo={pathwayPaths.pathway(pathway.id)} {...f.footer} />} />
    </>
  );
}
