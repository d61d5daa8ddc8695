import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../domain/sync/accounts.ts';
import { accountsApi } from './api';
import { ConfirmStep } from './ConfirmStep';
import { ProblemText } from './ProblemText';
import { useAccountRequest } from './useAccountRequest';

/**
 * Disable or enable an account, after a confirmation. Disabling logs it out of every device;
 * the server refuses to disable the last active administrator or one's own account, and says why.
 */
export function StatusAction({ account, onChanged }: { account: Account; onChanged: (account: Account, notice: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { busy, problem, run } = useAccountRequest();
  const disabling = !account.disabled;

  const change = () =>
    run(async () => {
      const next = await accountsApi.update(account.id, { disabled: disabling });
      setConfirming(false);
      onChanged(next, disabling ? t('admin.status.disabled') : t('admin.status.enabled'));
    }, () => setConfirming(false));

  return (
    <>
      {confirming ? (
        <ConfirmStep
          question={t(disabling ? 'admin.status.disableQuestion' : 'admin.status.enableQuestion', { name: account.displayName })}
          confirmLabel={t(disabling ? 'admin.status.confirmDisable' : 'admin.status.confirmEnable')}
          keepLabel={t('admin.status.keep')}
          busy={busy}
          onConfirm={() => void change()}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t(disabling ? 'admin.status.disable' : 'admin.status.enable')}
        </button>
      )}
      <ProblemText problem={problem} />
    </>
  );
}
