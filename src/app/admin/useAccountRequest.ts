import { useState } from 'react';
import { problemOf, type AccountProblem } from './api';

/**
 * One request of the accounts screen at a time: busy while it runs, its failure kept as the
 * problem the screen says in words. `onFailure` lets a confirmation step close again.
 */
export function useAccountRequest() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const run = async (request: () => Promise<void>, onFailure?: () => void): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await request();
    } catch (error) {
      setProblem(problemOf(error));
      onFailure?.();
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}
