import '../i18n';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { closePathway } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { goalStatuses } from '../../../domain/vocab/pathways.ts';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextField } from '../../ui/form/Field';
import { FormFields } from '../../ui/form/FieldErrors';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { vocabOptions } from '../../ui/form/options';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { formatDay, useLang } from '../../ui/format';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { useAuthor } from '../../session/SessionContext';
import { RequiredTextArea } from '../components/RequiredTextArea';
import { closeFormErrors, finalGoals, newCloseForm, type CloseForm } from '../forms/closeForm';
import { Loading, PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import '../../ui/form/form.css';
import '../pathways.css';

const SHAPE = 1;
const draftKey = (pathwayId: string) => `paths.close.${pathwayId}`;

/** Closing a pathway: its outcome and the final status of each goal. */
export default function ClosePathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.close.title', { name })}>
      {(file) => (
        <>
          {file.pathway.status === 'closed' ? (
            <p>
              {t('paths.pathway.closedOn', { date: formatDay(file.pathway.closedOn ?? '', lang), opened: formatDay(file.pathway.openedOn, lang) })}{' '}
              <Link href={pathwayPaths.pathway(file.pathway.id)}>{t('paths.timeline.goTo')}</Link>
            </p>
          ) : (
            <CloseLoader key={file.pathway.id} pathway={file.pathway} />
          )}
        </>
      )}
    </PathwayFormFrame>
  );
}

function CloseLoader({ pathway }: { pathway: Pathway }) {
  const [base] = useState(pathway);
  const fresh = useCallback(() => newCloseForm(base, localDate()), [base]);
  const draft = useDraftForm(draftKey(base.id), SHAPE, fresh);
  if (!draft.loaded) return <Loading />;
  return <CloseFormScreen key={draft.generation} pathway={pathway} loaded={draft.loaded} fresh={fresh} onDiscarded={draft.startAgain} />;
}

function CloseFormScreen(props: { pathway: Pathway; loaded: LoadedDraft<CloseForm>; fresh: () => CloseForm; onDiscarded: () => void }) {
  const { pathway, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const idPrefix = useId();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(pathway.id), SHAPE, form, pristine);
  const change = (patch: Partial<CloseForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = useFormSubmit({
    check: () => closeFormErrors(form, pathway, localDate()),
    save: async () => {
      await closePathway(db, author, pathway.id, { closedOn: form.closedOn.trim(), outcome: form.outcome.trim(), goals: finalGoals(pathway, form) });
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=closed`);
    },
  });

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
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
        </FormFields>
        <FormFooter saveLabel={t('paths.close.save')} saving={submit.saving} errorCount={submit.errors.length}
          failed={submit.failed} draftSavedAt={autosave.savedAt}>
          <Link href={pathwayPaths.pathway(pathway.id)} className="button" onClick={() => void autosave.finish()}>
            {t('deskForms.form.cancel')}
          </Link>
        </FormFooter>
      </form>
    </>
  );
}
