import { useTranslation } from 'react-i18next';
import { householdAllowance } from '../../../db/grants.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { AllowanceSummary } from '../grant/AllowanceSummary';
import { GrantCard } from './GrantCard';

/** The pathway's grants, with what remains for the household across all her pathways. */
export function GrantsSection({ pathway, grants }: { pathway: Pathway; grants: Grant[] }) {
  const { t } = useTranslation();
  const allowance = useLiveQuery(() => householdAllowance(db, pathway.personId, pathway.siteId), [pathway.personId, pathway.siteId, grants]);
  return (
    <section className="card" aria-labelledby="pathway-grants">
      <h2 id="pathway-grants">{t('paths.grants.title')}</h2>
      {allowance && <AllowanceSummary allowance={allowance} />}
      {grants.length === 0 ? (
        <p>{t('paths.grants.none')}</p>
      ) : (
        <div className="stack stack--loose">
          {grants.map((g) => <GrantCard key={g.id} grant={g} pathwayStatus={pathway.status} />)}
        </div>
      )}
    </section>
  );
}
