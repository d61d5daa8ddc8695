import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdCapSetting, setHouseholdCap } from '../../../db/grants.ts';
import { DEFAULT_HOUSEHOLD_CAP_CENTS } from '../../../domain/grants/grantRules.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { FormFields } from '../../ui/form/FieldErrors';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useSiteLabel } from '../../ui/format';
import { useAuthor, useSession } from '../../session/SessionContext';
import { useMoney } from '../../ui/money';
import { readAmount } from '../forms/grantForm';
import { MoneyField } from '../grant/MoneyField';

/**
 * A coordinator sets the household cap of the desk's site (€700 unless changed). It is a synced
 * setting: the other tablets of the site apply it, offline too, after their next sync.
 */
export function HouseholdCapCard() {
  const { t } = useTranslation();
  const money = useMoney();
  const siteLabel = useSiteLabel();
  const idPrefix = useId();
  const author = useAuthor();
  const { user, siteId } = useSession().session;
  const setting = useLiveQuery(() => householdCapSetting(db, siteId), [siteId]);
  const [amount, setAmount] = useState('');
  const [saved, setSaved] = useState(false);
  const current = setting && !setting.deleted ? setting.valueCents : DEFAULT_HOUSEHOLD_CAP_CENTS;

  const submit = useFormSubmit({
    check: () => {
      const read = readAmount(amount);
      return 'problem' in read ? [{ path: 'valueCents', key: read.problem }] : [];
    },
    save: async () => {
      const read = readAmount(amount);
      if (!('cents' in read)) return;
      await setHouseholdCap(db, author, user.role, siteId, read.cents);
      setAmount('');
      setSaved(true);
    },
  });

  return (
    <section className="card" aria-labelledby="household-cap">
      <h2 id="household-cap">{t('paths.cap.title')}</h2>
      <p data-testid="household-cap-current">
        {t('paths.cap.current', { site: siteLabel(siteId), amount: money(current) })}
        {setting === null && ` (${t('paths.cap.isDefault')})`}
      </p>
      <p className="hint">{t('paths.cap.explanation')}</p>
      <form ref={submit.formRef} className="desk-form cap-form" onSubmit={submit.onSubmit} noValidate>
        <FormFields idPrefix={idPrefix} errors={submit.errors}>
          <MoneyField path="valueCents" label={t('paths.cap.label')} value={amount} hint={t('paths.grant.amountHint')}
            onChange={(value) => {
              setAmount(value);
              setSaved(false);
            }} />
        </FormFields>
        <div role="status">{saved && <p className="saved-message">{t('paths.saved.cap')}</p>}</div>
        <div>
          <button type="submit" className="button" disabled={submit.saving}>{t('paths.cap.save')}</button>
        </div>
      </form>
    </section>
  );
}
