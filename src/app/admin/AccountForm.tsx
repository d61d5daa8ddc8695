import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../domain/records/operator.ts';
import {
  type Account,
  type AccountWithPassword,
  createAccountRequestSchema,
  PASSWORD_MIN_LENGTH,
  type UpdateAccountRequest,
  updateAccountRequestSchema,
} from '../../domain/sync/accounts.ts';
import { fieldErrors, type FieldError } from '../../domain/validation.ts';
import { roles } from '../../domain/vocab/activities.ts';
import { useSites } from '../data/useDirectory';
import { CheckboxGroup, RadioGroup } from '../ui/form/ChoiceGroup';
import { TextField } from '../ui/form/Field';
import { FormFields } from '../ui/form/FieldErrors';
import { vocabOptions } from '../ui/form/options';
import { useFormSubmit } from '../ui/form/useFormSubmit';
import { useLang } from '../ui/format';
import { accountsApi, problemOf, type AccountProblem } from './api';
import { ProblemText } from './ProblemText';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  siteIds: string[];
  password: string;
}

/** One problem per field, the first the schema found: an empty username is "required", not also "malformed". */
const firstPerField = (errors: FieldError[]) => errors.filter((e, i) => errors.findIndex((o) => o.path === e.path) === i);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what differs from the account: an edit sends nothing else. */
function changesOf(account: Account, values: Values): UpdateAccountRequest {
  return {
    ...(values.displayName.trim() !== account.displayName ? { displayName: values.displayName } : {}),
    ...(values.role !== account.role ? { role: values.role } : {}),
    ...(sameList(values.siteIds, account.siteIds) ? {} : { siteIds: values.siteIds }),
  };
}

function createRequest(values: Values) {
  const { password, ...rest } = values;
  return password === '' ? rest : { ...rest, password };
}

/**
 * A new account (username, name, role, sites, an optional password), or an edit of one (name,
 * role, sites). The fields are checked with the schema the server applies
 * (domain/sync/accounts.ts), so a refusal there is rare; it is said in words under the form.
 */
export function AccountForm({ account, level = 3, onSaved, onCancel }: {
  /** The account edited; none for a new one. */
  account?: Account;
  /** Its heading's level: 2 on the screen, 3 inside an account's card. */
  level?: 2 | 3;
  onSaved: (result: AccountWithPassword) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const sites = useSites();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Values>({
    username: account?.username ?? '',
    displayName: account?.displayName ?? '',
    role: account?.role ?? 'operator',
    siteIds: account?.siteIds ?? [],
    password: '',
  });
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => heading.current?.focus(), []);

  const check = (): FieldError[] => {
    if (!account) {
      const parsed = createAccountRequestSchema.safeParse(createRequest(values));
      return parsed.success ? [] : firstPerField(fieldErrors(parsed.error.issues));
    }
    const changes = changesOf(account, values);
    if (Object.keys(changes).length === 0) return [];
    const parsed = updateAccountRequestSchema.safeParse(changes);
    return parsed.success ? [] : firstPerField(fieldErrors(parsed.error.issues));
  };

  const save = async () => {
    setProblem(null);
    try {
      if (!account) {
        onSaved(await accountsApi.create(createAccountRequestSchema.parse(createRequest(values))));
        return;
      }
      const changes = changesOf(account, values);
      onSaved({ account: Object.keys(changes).length === 0 ? account : await accountsApi.update(account.id, changes) });
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const form = useFormSubmit({ check, save });
  // The houses the device knows; an account keeps showing one that has since closed.
  const siteOptions = (sites ?? [])
    .filter((site) => !site.deleted && (site.active || values.siteIds.includes(site.id)))
    .map((site) => ({ value: site.id, label: site.name }));
  const idPrefix = `account-${account?.id ?? 'new'}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const title = account ? t('admin.form.editTitle', { name: account.displayName }) : t('admin.form.createTitle');

  return (
    <form ref={form.formRef} className="desk-form account-form panel" noValidate onSubmit={form.onSubmit} aria-labelledby={`${idPrefix}-title`}>
      <Heading id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>{title}</Heading>
      <FormFields idPrefix={idPrefix} errors={form.errors}>
        {!account && (
          <TextField path="username" label={t('admin.form.username')} required hint={t('admin.form.usernameHint')}
            value={values.username} onChange={set('username')}
            input={{ autoComplete: 'off', autoCapitalize: 'none', spellCheck: false, maxLength: 60 }} />
        )}
        <TextField path="displayName" label={t('admin.form.displayName')} required value={values.displayName}
          onChange={set('displayName')} input={{ autoComplete: 'off', maxLength: 120 }} />
        <RadioGroup path="role" legend={t('admin.form.role')} required options={vocabOptions(roles, lang, [values.role])}
          value={values.role} onChange={(role) => roles.has(role) && set('role')(role)} />
        <CheckboxGroup path="siteIds" legend={t('admin.form.sites')} required hint={t('admin.form.sitesHint')}
          options={siteOptions} value={values.siteIds} onChange={set('siteIds')} />
        {siteOptions.length === 0 && <p className="hint">{t('admin.form.noSites')}</p>}
        {!account && (
          <TextField path="password" label={t('admin.form.password')} hint={t('admin.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            value={values.password} onChange={set('password')}
            input={{ autoComplete: 'new-password', autoCapitalize: 'none', spellCheck: false }} />
        )}
      </FormFields>
      <div role="alert">
        {form.errors.length > 0 && <p className="field-error">{t('admin.form.checkFields', { count: form.errors.length })}</p>}
      </div>
      <ProblemText problem={problem} />
      <div className="admin-actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? t('admin.form.saving') : account ? t('admin.form.save') : t('admin.form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('admin.form.cancel')}</button>
      </div>
    </form>
  );
}
