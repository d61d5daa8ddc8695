import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { editPathway } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useAuthor } from '../../session/SessionContext';
import { pathwayFieldsFromForm, pathwayFormErrors, pathwayFormFromRecord, type PathwayForm } from '../forms/pathwayForm';
import { PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { PathwayFormView } from './PathwayFormView';
import '../pathways.css';

const SHAPE = 1;

/** Editing an open pathway: case manager, fragilities, request, goals and their status. */
export default function EditPathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.form.editTitle', { name })}
      closed={(pathway) => (
        <p>
          {t('paths.form.closedNoEdit')}{' '}
          <Link href={pathwayPaths.pathway(pathway.id)}>{t('paths.timeline.goTo')}</Link>
        </p>
      )}>
      {/* The form starts from the record as it was when the screen opened, not as it changes. */}
      {({ pathway }) => (
        <DraftLoader draftKey={`paths.edit.${pathway.id}`} shape={SHAPE} fresh={() => pathwayFormFromRecord(pathway)}>
          {(draft) => <EditForm pathway={pathway} draft={draft} />}
        </DraftLoader>
      )}
    </PathwayFormFrame>
  );
}

function EditForm({ pathway, draft }: { pathway: Pathway; draft: OpenDraft<PathwayForm> }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const fields = (form: PathwayForm) => pathwayFieldsFromForm({ ...form, siteId: pathway.siteId }, pathway.personId);
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (edited) => pathwayFormErrors(fields(edited), localDate()),
    save: async (edited) => {
      const { caseManagerId, openedOn, fragilities, fragilityOther, mainRequest, goals } = fields(edited);
      await editPathway(db, author, pathway.id, { caseManagerId, openedOn, fragilities, fragilityOther, mainRequest, goals });
      return `${pathwayPaths.pathway(pathway.id)}?saved=edited`;
    },
  });
  const change = useCallback((patch: Partial<PathwayForm>) => setForm((p) => ({ ...p, ...patch })), [setForm]);

  return (
    <>
      {f.restored}
      <PathwayFormView form={form} change={change} submit={f.submit} errors={f.submit.errors} siteIds={null}
        footer={<FormFooter saveLabel={t('paths.form.saveChanges')} cancelTo={pathwayPaths.pathway(pathway.id)} {...f.footer} />} />
    </>
  );
}
