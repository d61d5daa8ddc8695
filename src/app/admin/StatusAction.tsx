import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../domain/sync/accounts.ts';
import { accountsApi, problemOf, type AccountProblem } from './api';
import { ConfirmStep } from './ConfirmStep';
import { ProblemText } from './ProblemText';

/**
 * Disable or enable an account, after a confirmation. Disabling logs it out of every device;
 * the server refuses to disable the last active administrator or one's own account, and says why.
 */
export function StatusAction({ account, onChanged }: { account: Account; onChanged: (account: Account, notice: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const disabling = !account.disabled;

  const change = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await accountsApi.update(account.id, { disabled: disabling });
      setConfirming(false);
      onChanged(next, disabling ? t('admin.status.disabled') : t('admin.status.enabled'));
    } catch (error) {
      setProblem(problemOf(error));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

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
