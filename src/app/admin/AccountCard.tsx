import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../domain/sync/accounts.ts';
import { roles } from '../../domain/vocab/activities.ts';
import { formatInstant, useLang, useSiteLabel } from '../ui/format';
import { AccountForm } from './AccountForm';
import { DeviceList } from './DeviceList';
import { PasswordReset } from './PasswordReset';
import { StatusAction } from './StatusAction';

type Mode = 'view' | 'edit' | 'password';

/** One account: what it is, what can be done with it, and the devices it logged in on. */
export function AccountCard({ account, isSelf, thisDevice, onChanged }: {
  account: Account;
  /** The administrator's own account: it cannot be disabled from here, nor this device cut off. */
  isSelf: boolean;
  thisDevice: string | undefined;
  onChanged: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const siteLabel = useSiteLabel();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState('');
  const left = useRef(false);

  // Back from a form, the focus returns to the card it belongs to.
  useEffect(() => {
    if (mode === 'view' && left.current) heading.current?.focus();
    left.current = mode !== 'view';
  }, [mode]);

  const open = (next: Mode) => {
    setNotice('');
    setMode(next);
  };

  return (
    <article className="card account-card stack stack--tight" aria-labelledby={headingId} data-disabled={account.disabled ? '' : undefined}>
      <div className="toolbar">
        <h2 id={headingId} ref={heading} tabIndex={-1}>{account.displayName}</h2>
        <p className="account-status">{account.disabled ? t('admin.account.disabled') : t('admin.account.active')}</p>
      </div>
      {isSelf && <p className="hint">{t('admin.account.you')}</p>}
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('admin.account.username')}</dt>
          <dd translate="no">{account.username}</dd>
        </div>
        <div>
          <dt>{t('admin.account.role')}</dt>
          <dd>{roles.label(account.role, lang)}</dd>
        </div>
        <div>
          <dt>{t('admin.account.sites')}</dt>
          <dd>{account.siteIds.map(siteLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('admin.account.created')}</dt>
          <dd>{formatInstant(account.createdAt, lang)}</dd>
        </div>
      </dl>

      {mode === 'edit' && (
        <AccountForm account={account} onCancel={() => setMode('view')}
          onSaved={({ account: saved }) => {
            onChanged(saved);
            setNotice(t('admin.account.saved'));
            setMode('view');
          }} />
      )}
      {mode === 'password' && <PasswordReset account={account} onReset={onChanged} onClose={() => setMode('view')} />}
      {mode === 'view' && (
        <div className="admin-actions" role="group" aria-label={t('admin.account.actions', { name: account.displayName })}>
          <button type="button" className="button" onClick={() => open('edit')}>{t('admin.account.edit')}</button>
          <button type="button" className="button" onClick={() => open('password')}>{t('admin.password.reset')}</button>
          {!isSelf && (
            <StatusAction account={account} onChanged={(next, said) => {
              onChanged(next);
              setNotice(said);
            }} />
          )}
        </div>
      )}
      <p role="status" className="saved-note">{notice}</p>

      <DeviceList account={account} ownDevice={isSelf ? thisDevice : undefined} onChanged={onChanged} />
    </article>
  );
}
