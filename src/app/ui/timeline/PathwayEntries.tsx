import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Grant } from '../../../domain/records/grant.ts';
import type { Intervention, Pathway } from '../../../domain/records/pathway.ts';
import { fragilities, grantExpenseTypes, grantStatuses, interventionAreas, interventionTypes } from '../../../domain/vocab/pathways.ts';
import { Fact } from '../Fact';
import { formatDay, useLang } from '../format';
import type { Names } from './Timeline';
import { useMoney } from '../money';
import { pathwayPaths } from '../../routes/pathways';

/** The timeline entries of pathways, their interventions and grants (person and pathway pages). */

export function PathwayOpenedEntry({ pathway, names }: { pathway: Pathway; names: Names }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className="visit-entry">
      <h3 className="visit-entry__title">{t('paths.timeline.opened')}</h3>
      <dl className="facts facts--stacked">
        <Fact label={t('paths.pathway.caseManager')}>{names.operatorName(pathway.caseManagerId) ?? t('deskForms.history.anotherOperator')}</Fact>
        <Fact label={t('paths.pathway.site')}>{names.siteLabel(pathway.siteId)}</Fact>
        {pathway.fragilities.length > 0 && (
          <Fact label={t('paths.pathway.fragilities')}>{pathway.fragilities.map((f) => fragilities.label(f, lang)).join(', ')}</Fact>
        )}
        {pathway.mainRequest && <Fact label={t('paths.pathway.mainRequest')}><span className="prewrap">{pathway.mainRequest}</span></Fact>}
      </dl>
      <Link href={pathwayPaths.pathway(pathway.id)}>{t('paths.timeline.goTo')}</Link>
    </article>
  );
}

export function PathwayClosedEntry({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  return (
    <article className="visit-entry">
      <h3 className="visit-entry__title">{t('paths.timeline.closed')}</h3>
      {pathway.outcome && (
        <dl className="facts facts--stacked">
          <Fact label={t('paths.pathway.outcome')}><span className="prewrap">{pathway.outcome}</span></Fact>
        </dl>
      )}
      <Link href={pathwayPaths.pathway(pathway.id)}>{t('paths.timeline.goTo')}</Link>
    </article>
  );
}

export function InterventionEntry({ intervention: i }: { intervention: Intervention }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className="visit-entry">
      <h3 className="visit-entry__title">{t('paths.timeline.intervention', { type: interventionTypes.label(i.type, lang) })}</h3>
      <dl className="facts facts--stacked">
        <Fact label={t('paths.timeline.area')}>{interventionAreas.label(i.area, lang)}</Fact>
        {i.who && <Fact label={t('paths.timeline.who')}>{i.who}</Fact>}
        {i.note && <Fact label={t('paths.intervention.note')}><span className="prewrap">{i.note}</span></Fact>}
        {i.followUpOn && <Fact label={t('paths.timeline.followUp')}>{formatDay(i.followUpOn, lang)}</Fact>}
      </dl>
    </article>
  );
}

export function GrantEntry({ grant: g }: { grant: Grant }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = useMoney();
  const type = g.expenseType === 'other' && g.expenseOther ? g.expenseOther : grantExpenseTypes.label(g.expenseType, lang);
  return (
    <article className="visit-entry">
      <h3 className="visit-entry__title">{t('paths.timeline.grant', { type })}</h3>
      <dl className="facts facts--stacked">
        <Fact label={t('paths.timeline.amount')}>{money(g.amountCents)}</Fact>
        <Fact label={t('paths.grants.status')}>
          {grantStatuses.label(g.status, lang)}
          {g.receiptAttachmentIds.length > 0 && ` (${t('paths.timeline.receipts', { count: g.receiptAttachmentIds.length })})`}
        </Fact>
        {g.purpose && <Fact label={t('paths.grants.purpose')}><span className="prewrap">{g.purpose}</span></Fact>}
      </dl>
      <Link href={pathwayPaths.pathway(g.pathwayId)}>{t('paths.timeline.goTo')}</Link>
    </article>
  );
}
