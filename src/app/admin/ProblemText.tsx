import { useTranslation } from 'react-i18next';
import type { AccountProblem } from './api';

/** A refused or failed request in words, in an alert region that is always there so it is read out. */
export function ProblemText({ problem }: { problem: AccountProblem | null }) {
  const { t } = useTranslation();
  return <div role="alert">{problem && <p className="field-error">{t(`admin.problems.${problem}`)}</p>}</div>;
}
