import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { closePathway, OpenGrantsError } from '../../../db/pathwayClosing.ts';
import type { PathwayFile } from '../../../db/pathways.ts';
import { RecordValidationError } from '../../../db/repository.ts';
import { localDate } from '../../../domain/dates.ts';
import { blocksClosing } from '../../../domain/policy/grantChanges.ts';
import { goalStatuses } from '../../../domain/vocab/pathways.ts';
import { db } from '../../data/db';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextField } from '../../ui/form/Field';
import { FormFields } from '../../ui/form/FieldErrors';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { vocabOptions } from '../../ui/form/options';
import { formatDay, useLang } from '../../ui/format';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useAuthor, useSession } from '../../session/SessionContext';
import { RequiredTextArea } from '../components/RequiredTextArea';
import {
  CLOSE_FORM_SHAPE, closeFormErrors, finalGoals, grantChoicePath, newCloseForm, upgradeCloseDraft, withCancelChoice, type CloseForm,
} from '../forms/closeForm';
import { PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { OpenGrantsChoice } from './OpenGrantsChoice';
import '../pathways.css';

/** Closing a pathway: its outcome, the final status of each goal, and what becomes of its unpaid grants. */
export default function ClosePathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.close.title', { name })}
      closed={(pathway) => (
        <p>
          {t('paths.pathway.closedOn', { date: formatDay(pathway.closedOn ?? '', lang), opened: formatDay(pathway.openedOn, lang) })}{' '}
          <Link href={pathwayPaths.pathway(pathway.id)}>{t('paths.timeline.goTo')}</Link>
        </p>
      )}>
      {(file) => (
        <DraftLoader draftKey={`paths.close.${file.pathway.id}`} shape={CLOSE_FORM_SHAPE} upgrade={upgradeCloseDraft}
          fresh={() => newCloseForm(file.pathway, localDate())}>
          {(draft) => <CloseFormScreen file={file} draft={draft} />}
        </DraftLoader>
      )}
    </PathwayFormFrame>
  );
}

function CloseFormScreen({ file, draft }: { file: PathwayFile; draft: OpenDraft<CloseForm> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const idPrefix = useId();
  const author = useAuthor();
  const { role } = useSession().session.user;
  const { pathway } = file;
  // The file is live: a grant synced in meanwhile joins the list, and the check, at once.
  const openGrants = file.grants.filter(blocksClosing);
  const { form, setForm, submit, ...f } = useDraftedForm(draft, {
    check: (closing) => closeFormErrors(closing, pathway, localDate(), openGrants),
    save: async (closing) => {
      try {
        await closePathway(db, author, role, pathway.id, {
          closedOn: closing.closedOn.trim(), outcome: closing.outcome.trim(), goals: finalGoals(pathway, closing), cancelGrantIds: closing.cancelGrantIds,
        });
      } catch (error) {
        // A grant the form had not shown yet: asked for beside it, like any other field.
        if (error instanceof OpenGrantsError) {
          throw new RecordValidationError('pathways', error.grantIds.map((id) => ({ path: grantChoicePath(id), key: 'required' as const })));
        }
        throw error;
      }
      return `${pathwayPaths.pathway(pathway.id)}?saved=closed`;
    },
  });
  const change = (patch: Partial<CloseForm>) => setForm((c) => ({ ...c, ...patch }));

  return (
    <>
      {f.restored}
      <form ref={submit.formRef} className="desk-form close-form" onSubmit={submit.onSubmit} noValidate>
        <FormFields idPrefix={idPrefix} errors={submit.errors}>
          <TextField path="closedOn" label={t('paths.close.closedOn')} required value={form.closedOn}
            onChange={(closedOn) => change({ closedOn })} input={{ type: 'date', min: pathway.openedOn, max: localDate() }}
            className="field--short" />
          <RequiredTextArea path="outcome" label={t('paths.close.outcome')} value={form.outcome} maxLength={2000}
            onChange={(outcome) => change({ outcome })} />
          {pathway.goals.length > 0 && (
            <fieldset className="form-section">
              <legend>{t('paths.close.goalsFinal')}</legend>
              {pathway.goals.map((goal, i) => (
                <RadioGroup key={goal.id} path={`goals.${i}.status`} legend={goal.text}
                  options={vocabOptions(goalStatuses, lang, [form.goalStatuses[goal.id] ?? goal.status])}
                  value={form.goalStatuses[goal.id] ?? goal.status}
                  onChange={(status) => change({ goalStatuses: { ...form.goalStatuses, [goal.id]: status } })} />
              ))}
            </fieldset>
          )}
          <OpenGrantsChoice grants={file.grants} chosen={form.cancelGrantIds}
            onChoose={(grantId, cancel) => setForm((c) => withCancelChoice(c, grantId, cancel))} />
        </FormFields>
        <FormFooter saveLabel={t('paths.close.save')} cancelTo={pathwayPaths.pathway(pathway.id)} {...f.footer} />
      </form>
    </>
  );
}
