import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountWithPassword } from '../../domain/sync/accounts.ts';
import { PasswordShownOnce } from './PasswordShownOnce';
import { AccountForm } from './AccountForm';

/** The form for a new account, then what was made: its password when the server made it up, shown only here. */
export function NewAccount({ onCreated, onClose }: { onCreated: (account: Account) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<AccountWithPassword | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [created]);

  if (!created) {
    return (
      <AccountForm level={2} onCancel={onClose} onSaved={(result) => {
        onCreated(result.account);
        setCreated(result);
      }} />
    );
  }
  return (
    <section className="panel panel--notice stack stack--tight" aria-labelledby="account-created">
      <h2 id="account-created" ref={heading} tabIndex={-1}>{t('admin.created.title', { username: created.account.username })}</h2>
      {created.password === undefined ? (
        <p>{t('admin.created.typed')}</p>
      ) : (
        <PasswordShownOnce intro={t('admin.created.generated')} password={created.password} />
      )}
      <div className="admin-actions">
        <button type="button" className="button button--primary" onClick={onClose}>{t('admin.created.done')}</button>
      </div>
    </section>
  );
}
