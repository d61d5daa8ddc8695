import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { GrantRefusedError, householdAllowance, proposeGrant, type HouseholdAllowance } from '../../../db/grants.ts';
import { localDate } from '../../../domain/dates.ts';
import type { GrantChangeProblem } from '../../../domain/policy/grantChanges.ts';
import { mayRecordCapException } from '../../../domain/grants/grantRules.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { DraftLoader, type OpenDraft } from '../../ui/form/DraftLoader';
import { FormFooter } from '../../ui/form/FormFooter';
import { useDraftedForm } from '../../ui/form/useDraftedForm';
import { useAuthor, useSession } from '../../session/SessionContext';
import { useMoney } from '../../ui/money';
import { checkGrantForm, grantProposalFromForm, newGrantForm, type GrantForm } from '../forms/grantForm';
import { Loading, PathwayFormFrame } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { GrantFormView } from './GrantFormView';
import '../pathways.css';

const SHAPE = 1;

/** Proposing an inclusion grant on a pathway, within the household cap. */
export default function ProposeGrantScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  return (
    <PathwayFormFrame id={params.id} title={(name) => t('paths.grant.title', { name })}
      closed={(pathway) => (
        <div className="stack panel panel--roomy panel--warning notice-box" role="alert">
          <p>{t('paths.grant.closedPathway')}</p>
          <Link href={pathwayPaths.pathway(pathway.id)} className="button">{t('paths.timeline.goTo')}</Link>
        </div>
      )}>
      {({ pathway }) => <GrantLoader pathway={pathway} />}
    </PathwayFormFrame>
  );
}

function GrantLoader({ pathway }: { pathway: Pathway }) {
  // Live: a grant given meanwhile on this device changes what remains.
  const allowance = useLiveQuery(() => householdAllowance(db, pathway.personId, pathway.siteId), [pathway.personId, pathway.siteId]);
  return (
    <DraftLoader draftKey={`paths.grant.${pathway.id}`} shape={SHAPE} fresh={() => newGrantForm(localDate())}>
      {(draft) => (allowance ? <GrantFormScreen pathway={pathway} allowance={allowance} draft={draft} /> : <Loading />)}
    </DraftLoader>
  );
}

function GrantFormScreen({ pathway, allowance, draft }: { pathway: Pathway; allowance: HouseholdAllowance; draft: OpenDraft<GrantForm> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const author = useAuthor();
  const { user } = useSession().session;
  const mayRecordException = mayRecordCapException(user.role);
  const [refusal, setRefusal] = useState<GrantChangeProblem | null>(null);
  const checkOf = (grant: GrantForm) => checkGrantForm(grant, { allowance, mayRecordException });
  const { form, setForm, ...f } = useDraftedForm(draft, {
    check: (grant) => checkOf(grant).errors,
    save: async (grant) => {
      setRefusal(null);
      const exception = mayRecordException && grant.exceptionReason.trim() ? { reason: grant.exceptionReason } : undefined;
      try {
        await proposeGrant(db, author, user.role, pathway.id, grantProposalFromForm(grant, checkOf(grant).amountCents!), exception);
      } catch (error) {
        // Refused in the write's own check (the pathway was closed meanwhile…): say why, keep the form.
        if (!(error instanceof GrantRefusedError)) throw error;
        setRefusal(error.problem);
        return null;
      }
      return `${pathwayPaths.pathway(pathway.id)}?saved=grant`;
    },
  });
  const change = useCallback((patch: Partial<GrantForm>) => setForm((g) => ({ ...g, ...patch })), [setForm]);
  const check = checkOf(form);

  const refusalText = refusal === null ? null
    : refusal.code === 'over_cap' ? t('paths.grant.refused.over_cap', { remaining: money(refusal.remainingCents), cap: money(refusal.capCents) })
      : refusal.code === 'pathway_closed' || refusal.code === 'exception_not_allowed' ? t(`paths.grant.refused.${refusal.code}`)
        : t('paths.grants.failed');

  return (
    <>
      {f.restored}
      <GrantFormView form={form} change={change} submit={f.submit} check={check} allowance={allowance}
        mayRecordException={mayRecordException}
        footer={
          <FormFooter saveLabel={t('paths.grant.save')} cancelTo={pathwayPaths.pathway(pathway.id)} {...f.footer}>
            {refusalText && <p className="field-error grant-refusal" role="alert">{refusalText}</p>}
          </FormFooter>
        } />
    </>
  );
}
