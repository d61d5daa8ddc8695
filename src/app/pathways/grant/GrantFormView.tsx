import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdAllowance } from '../../../db/grants.ts';
import { localDate } from '../../../domain/dates.ts';
import { grantExpenseTypes } from '../../../domain/vocab/pathways.ts';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextAreaField, TextField } from '../../ui/form/Field';
import { FormFields } from '../../ui/form/FieldErrors';
import { vocabOptions } from '../../ui/form/options';
import type { FormSubmit } from '../../ui/form/useFormSubmit';
import { useLang } from '../../ui/format';
import { useMoney } from '../../ui/money';
import type { GrantForm, GrantFormCheck } from '../forms/grantForm';
import { RequiredTextArea } from '../components/RequiredTextArea';
import { AllowanceSummary } from './AllowanceSummary';
import { MoneyField } from './MoneyField';

/**
 * Proposing a grant: the kind of expense, the amount as she types it, the purpose. What remains
 * for the household is shown next to the amount; over the cap the amount is refused, saying
 * what remains, and a coordinator may record an exception with its reason.
 */
export function GrantFormView(props: {
  form: GrantForm;
  change: (patch: Partial<GrantForm>) => void;
  submit: FormSubmit;
  check: GrantFormCheck;
  allowance: HouseholdAllowance;
  mayRecordException: boolean;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = useMoney();
  const idPrefix = useId();
  const { form, change, submit, check, allowance, mayRecordException } = props;
  const overCapText = check.overCap
    ? [
        t('paths.grant.overCap', { cap: money(check.overCap.capCents), remaining: money(check.overCap.remainingCents) }),
        mayRecordException ? '' : t('paths.grant.onlyCoordinatorException'),
      ].filter(Boolean).join(' ')
    : undefined;
  const after = check.amountCents !== null && !check.overCap ? allowance.remainingCents - check.amountCents : null;
  return (
    <form ref={submit.formRef} className="desk-form grant-form" onSubmit={submit.onSubmit} noValidate>
      <FormFields idPrefix={idPrefix} errors={submit.errors}>
        <p className="hint">{t('deskForms.form.requiredNote')}</p>
        <AllowanceSummary allowance={allowance} />
        <RadioGroup path="expenseType" legend={t('paths.grant.expenseType')} required
          options={vocabOptions(grantExpenseTypes, lang, [form.expenseType])} value={form.expenseType}
          onChange={(expenseType) => change({ expenseType })} />
        {form.expenseType === 'other' && (
          <TextField path="expenseOther" label={t('paths.grant.expenseOther')} required value={form.expenseOther}
            onChange={(expenseOther) => change({ expenseOther })} input={{ maxLength: 200 }} />
        )}
        <div className="field-row">
          <MoneyField path="amountCents" label={t('paths.grant.amount')} value={form.amount}
            onChange={(amount) => change({ amount })} hint={t('paths.grant.amountHint')} problem={overCapText}>
            {after !== null && <p className="hint" aria-live="polite">{t('paths.allowance.after', { remaining: money(after) })}</p>}
          </MoneyField>
          <TextField path="proposedOn" label={t('paths.grant.proposedOn')} required value={form.proposedOn}
            onChange={(proposedOn) => change({ proposedOn })} input={{ type: 'date', max: localDate() }} className="field--short" />
        </div>
        {mayRecordException && check.overCap && (
          <fieldset className="form-section cap-exception">
            <legend>{t('paths.grant.exception')}</legend>
            <p className="hint">{overCapText}</p>
            <RequiredTextArea path="capException.reason" label={t('paths.grant.exceptionReason')} hint={t('paths.grant.exceptionHint')}
              value={form.exceptionReason} maxLength={1000} onChange={(exceptionReason) => change({ exceptionReason })} />
          </fieldset>
        )}
        <TextAreaField path="purpose" label={t('paths.grant.purpose')} value={form.purpose} maxLength={1000}
          onChange={(purpose) => change({ purpose })} />
      </FormFields>
      {props.footer}
    </form>
  );
}
