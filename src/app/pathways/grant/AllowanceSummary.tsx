import { useTranslation } from 'react-i18next';
import type { HouseholdAllowance } from '../../../db/grants.ts';
import { useMoney } from '../../ui/money';

/** What the household has been given and what remains under the cap, counted across her pathways. */
export function AllowanceSummary({ allowance, id }: { allowance: HouseholdAllowance; id?: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <p className="panel panel--notice allowance" id={id} data-testid="household-allowance">
      <strong>{t('paths.allowance.label')}:</strong>{' '}
      {t('paths.allowance.summary', {
        committed: money(allowance.committedCents), cap: money(allowance.capCents), remaining: money(allowance.remainingCents),
      })}
    </p>
  );
}
