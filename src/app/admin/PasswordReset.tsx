import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Account, PASSWORD_MIN_LENGTH, passwordSchema } from '../../domain/sync/accounts.ts';
import { fieldErrors, type FieldError } from '../../domain/validation.ts';
import { RadioGroup } from '../ui/form/ChoiceGroup';
import { TextField } from '../ui/form/Field';
import { FormFields, focusFirstInvalid } from '../ui/form/FieldErrors';
import { accountsApi, problemOf, type AccountProblem } from './api';
import { PasswordShownOnce } from './PasswordShownOnce';
import { ProblemText } from './ProblemText';

type How = 'generate' | 'type';

/**
 * A new password for an account: made up by the server and shown here once, or typed by the
 * administrator. Either way the server logs the account out of every device.
 */
export function PasswordReset({ account, onReset, onClose }: {
  account: Account;
  onReset: (account: Account) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [how, setHow] = useState<How>('generate');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  // What the server answered: the password it made up, or null when the typed one was set.
  const [done, setDone] = useState<{ generated: string | null } | null>(null);
  const idPrefix = `password-${account.id}`;

  useEffect(() => heading.current?.focus(), [done]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (how === 'type') {
      const parsed = passwordSchema.safeParse(password);
      const invalid = parsed.success ? [] : fieldErrors(parsed.error.issues).slice(0, 1).map((e) => ({ ...e, path: 'password' }));
      setErrors(invalid);
      if (invalid.length > 0) {
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        return;
      }
    }
    setBusy(true);
    setProblem(null);
    try {
      const answer = await accountsApi.resetPassword(account.id, how === 'type' ? password : undefined);
      onReset(answer.account);
      setPassword('');
      setDone({ generated: answer.password ?? null });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div className="panel panel--notice stack stack--tight" role="group" aria-labelledby={`${idPrefix}-title`}>
        <h3 id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>{t('admin.password.title', { name: account.displayName })}</h3>
        <p role="status">{t('admin.password.set')}</p>
        {done.generated !== null && <PasswordShownOnce intro={t('admin.password.shownOnce')} password={done.generated} />}
        <div className="admin-actions">
          <button type="button" className="button button--primary" onClick={onClose}>{t('admin.password.done')}</button>
        </div>
      </div>
    );
  }

  return (
    <form ref={form} className="desk-form panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>{t('admin.password.title', { name: account.displayName })}</h3>
      <p>{t('admin.password.warning')}</p>
      <FormFields idPrefix={idPrefix} errors={errors}>
        <RadioGroup path="how" legend={t('admin.password.how')} value={how}
          options={[{ value: 'generate', label: t('admin.password.generate') }, { value: 'type', label: t('admin.password.type') }]}
          onChange={(value) => setHow(value === 'type' ? 'type' : 'generate')} />
        {how === 'type' && (
          <TextField path="password" label={t('admin.password.field')} required hint={t('admin.password.hint', { min: PASSWORD_MIN_LENGTH })}
            value={password} onChange={setPassword} input={{ autoComplete: 'new-password', autoCapitalize: 'none', spellCheck: false }} />
        )}
      </FormFields>
      <ProblemText problem={problem} />
      <div className="admin-actions">
        <button type="submit" className="button button--primary" disabled={busy}>{t('admin.password.submit')}</button>
        <button type="button" className="button" onClick={onClose}>{t('admin.password.cancel')}</button>
      </div>
    </form>
  );
}
