import '../i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { GrantRefusedError, householdAllowance, proposeGrant, type HouseholdAllowance } from '../../../db/grants.ts';
import { localDate } from '../../../domain/dates.ts';
import type { GrantProblem } from '../../../domain/grants/grantRules.ts';
import { mayRecordCapException } from '../../../domain/grants/grantRules.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { syncEngine } from '../../data/sync';
import { DraftRestored, FormFooter } from '../../ui/form/FormFooter';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useAutosave, useDraftForm, type LoadedDraft } from '../../ui/form/useDraft';
import { useAuthor, useSession } from '../../session/SessionContext';
import { useMoney } from '../../ui/money';
import { checkGrantForm, grantProposalFromForm, newGrantForm, type GrantForm } from '../forms/grantForm';
import { Loading, PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { GrantFormView } from './GrantFormView';
import '../../ui/form/form.css';
import '../pathways.css';

const SHAPE = 1;
const draftKey = (pathwayId: string) => `paths.grant.${pathwayId}`;

/** Proposing an inclusion grant on a pathway, within the household cap. */
export default function ProposeGrantScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.grant.title', { name })}>
      {(file) => (
        <>
          {file.pathway.status === 'closed' ? (
            <div className="notice-box" role="alert">
              <p>{t('paths.grant.closedPathway')}</p>
              <Link href={pathwayPaths.pathway(file.pathway.id)} className="button">{t('paths.timeline.goTo')}</Link>
            </div>
          ) : (
            <GrantLoader key={file.pathway.id} pathway={file.pathway} />
          )}
        </>
      )}
    </PathwayFormFrame>
  );
}

function GrantLoader({ pathway }: { pathway: Pathway }) {
  const fresh = useCallback(() => newGrantForm(localDate()), []);
  const draft = useDraftForm(draftKey(pathway.id), SHAPE, fresh);
  // Live: a grant given meanwhile on this device changes what remains.
  const allowance = useLiveQuery(() => householdAllowance(db, pathway.personId, pathway.siteId), [pathway.personId, pathway.siteId]);
  if (!draft.loaded || !allowance) return <Loading />;
  return (
    <GrantFormScreen key={draft.generation} pathway={pathway} allowance={allowance} loaded={draft.loaded} fresh={fresh}
      onDiscarded={draft.startAgain} />
  );
}

function GrantFormScreen(props: {
  pathway: Pathway;
  allowance: HouseholdAllowance;
  loaded: LoadedDraft<GrantForm>;
  fresh: () => GrantForm;
  onDiscarded: () => void;
}) {
  const { pathway, allowance, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const money = useMoney();
  const author = useAuthor();
  const { user } = useSession().session;
  const mayRecordException = mayRecordCapException(user.role);
  const [, navigate] = useLocation();
  const [form, setForm] = useState(loaded.form);
  const [refusal, setRefusal] = useState<GrantProblem | null>(null);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(pathway.id), SHAPE, form, pristine);
  const change = useCallback((patch: Partial<GrantForm>) => setForm((f) => ({ ...f, ...patch })), []);

  const check = checkGrantForm(form, { allowance, mayRecordException });
  const submit = useFormSubmit({
    check: () => check.errors,
    save: async () => {
      setRefusal(null);
      const exception = mayRecordException && form.exceptionReason.trim() ? { reason: form.exceptionReason } : undefined;
      try {
        await proposeGrant(db, author, user.role, pathway.id, grantProposalFromForm(form, check.amountCents!), exception);
      } catch (error) {
        // Refused in the write's own check (the pathway was closed meanwhile…): say why, keep the form.
        if (error instanceof GrantRefusedError) return setRefusal(error.problem);
        throw error;
      }
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=grant`);
    },
  });

  const refusalText = refusal === null ? null
    : refusal.code === 'over_cap' ? t('paths.grant.refused.over_cap', { remaining: money(refusal.remainingCents), cap: money(refusal.capCents) })
      : refusal.code === 'pathway_closed' || refusal.code === 'exception_not_allowed' ? t(`paths.grant.refused.${refusal.code}`)
        : t('paths.grants.failed');

  return (
    <>
      {loaded.restoredAt && <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />}
      <GrantFormView form={form} change={change} submit={submit} check={check} allowance={allowance}
        mayRecordException={mayRecordException}
        footer={
          <FormFooter saveLabel={t('paths.grant.save')} saving={submit.saving} errorCount={submit.errors.length}
            failed={submit.failed} draftSavedAt={autosave.savedAt}>
            <Link href={pathwayPaths.pathway(pathway.id)} className="button" onClick={() => void autosave.finish()}>
              {t('deskForms.form.cancel')}
            </Link>
            {refusalText && <p className="field-error grant-refusal" role="alert">{refusalText}</p>}
          </FormFooter>
        } />
    </>
  );
}
