import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceId } from '../../db/deviceId.ts';
import { db } from '../data/db';
import { useSession } from '../session/SessionContext';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useOnlineStatus } from '../ui/useOnlineStatus';
import { AccountCard } from './AccountCard';
import { NewAccount } from './NewAccount';
import { ProblemText } from './ProblemText';
import { useAccounts } from './useAccounts';
import './admin.css';

/**
 * The administrator's accounts (docs/architecture.md, "Accounts"): who can log in, with which
 * role and sites, on which devices. Accounts live on the server only, so the screen works
 * online only and says so otherwise.
 */
export default function AccountsScreen() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const { session } = useSession();
  const { state, put, reload } = useAccounts(online);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const wasCreating = useRef(false);
  const [thisDevice, setThisDevice] = useState<string>();

  useEffect(() => {
    void deviceId(db).then(setThisDevice);
  }, []);

  useEffect(() => {
    if (!creating && wasCreating.current) newButton.current?.focus();
    wasCreating.current = creating;
  }, [creating]);

  const unreachable = !online || (state.status === 'failed' && state.problem === 'offline');
  return (
    <section className="screen accounts-screen">
      <ScreenHeading>{t('admin.title')}</ScreenHeading>
      <p>{t('admin.intro')}</p>
      {unreachable ? (
        <div className="panel panel--notice stack stack--tight" role="status">
          <h2>{t('admin.offline.title')}</h2>
          <p>{t('admin.offline.text')}</p>
          {online && (
            <div className="admin-actions">
              <button type="button" className="button" onClick={reload}>{t('admin.offline.retry')}</button>
            </div>
          )}
        </div>
      ) : state.status === 'loading' ? (
        <p className="screen-loading" role="status">{t('admin.loading')}</p>
      ) : state.status === 'failed' ? (
        <div className="panel panel--warning stack stack--tight">
          <ProblemText problem={state.problem} />
          <div className="admin-actions">
            <button type="button" className="button" onClick={reload}>{t('admin.offline.retry')}</button>
          </div>
        </div>
      ) : (
        <>
          {creating ? (
            <NewAccount onCreated={put} onClose={() => setCreating(false)} />
          ) : (
            <div className="admin-actions">
              <button ref={newButton} type="button" className="button button--primary" onClick={() => setCreating(true)}>
                {t('admin.form.newAccount')}
              </button>
            </div>
          )}
          <p className="hint">{t('admin.count', { count: state.accounts.length })}</p>
          {state.accounts.length === 0 ? (
            <p>{t('admin.empty')}</p>
          ) : (
            <ul className="stack plain-list account-list">
              {state.accounts.map((account) => (
                <li key={account.id}>
                  <AccountCard account={account} isSelf={account.id === session.user.id} thisDevice={thisDevice} onChanged={put} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
