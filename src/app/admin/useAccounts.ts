import { useCallback, useEffect, useState } from 'react';
import type { Account } from '../../domain/sync/accounts.ts';
import { accountsApi, problemOf, type AccountProblem } from './api';

export type AccountsState =
  | { status: 'loading' }
  | { status: 'failed'; problem: AccountProblem }
  | { status: 'ready'; accounts: Account[] };

/**
 * The accounts as the server answers them, read again when the device comes back online or
 * on `reload`; `put` shows an account the server just answered for without asking again.
 */
export function useAccounts(online: boolean) {
  const [state, setState] = useState<AccountsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!online) return;
    let current = true;
    setState({ status: 'loading' });
    accountsApi.list().then(
      (accounts) => current && setState({ status: 'ready', accounts }),
      (error: unknown) => current && setState({ status: 'failed', problem: problemOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [online, attempt]);

  const put = useCallback((account: Account) => {
    setState((s) => {
      if (s.status !== 'ready') return s;
      const known = s.accounts.some((a) => a.id === account.id);
      return { status: 'ready', accounts: known ? s.accounts.map((a) => (a.id === account.id ? account : a)) : [...s.accounts, account] };
    });
  }, []);

  return { state, put, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
