import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrantRefusedError, moveGrant } from '../../../db/grants.ts';
import { mayApproveGrant } from '../../../domain/grants/grantRules.ts';
import { allowedGrantMoves, type GrantMove } from '../../../domain/policy/grantChanges.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { useAuthor, useSession } from '../../session/SessionContext';

const LABELS = { approved: 'paths.grants.approve', paid: 'paths.grants.pay', accounted: 'paths.grants.account' } as const;

/**
 * The grant's next step as buttons: the moves the rule the server applies allows this role on
 * this grant and pathway (allowedGrantMoves, domain/policy/grantChanges.ts; docs/architecture.md,
 * "Domain": rules) — no payment before approval, approval a coordinator's (an operator reads who
 * approves instead), only cancelling or accounting on a closed pathway. The step is judged again
 * on write: a refusal — accounting without a receipt — is said in words under the buttons.
 * `onMoved` lets the card take the focus back once the buttons change.
 */
export function GrantActions({ grant, pathwayStatus, onMoved }: { grant: Grant; pathwayStatus: Pathway['status']; onMoved: () => void }) {
  const { t, i18n } = useTranslation();
  const author = useAuthor();
  const { role } = useSession().session.user;
  const moves = allowedGrantMoves(role, grant, pathwayStatus);
  const offered = moves.filter((to): to is Exclude<GrantMove, 'cancelled'> => to !== 'cancelled');
  const cancellable = moves.includes('cancelled');
  // Said only while approval is still possible: on a closed pathway it never comes.
  const awaitsCoordinator = grant.status === 'proposed' && pathwayStatus === 'open' && !mayApproveGrant(role);
  const [busy, setBusy] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const move = async (to: GrantMove) => {
    setBusy(true);
    setProblem(null);
    try {
      await moveGrant(db, author, role, grant.id, to);
      setConfirmingCancel(false);
      onMoved();
    } catch (error) {
      // A refusal by the rules is said as such (the step not possible), never as a storage failure.
      if (error instanceof GrantRefusedError) {
        const key = `paths.grants.refused.${error.problem.code}`;
        setProblem(t((i18n.exists(key) ? key : 'paths.grants.refused.transition_not_allowed') as never));
      } else {
        console.error(error);
        setProblem(t('paths.grants.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  if (offered.length === 0 && !cancellable) return null;
  return (
    <div className="grant-actions">
      {confirmingCancel ? (
        <div className="grant-actions__confirm" role="group" aria-label={t('paths.grants.cancel')}>
          <p>{t('paths.grants.cancelQuestion')}</p>
          <div className="grant-actions__buttons">
            <button type="button" className="button" disabled={busy} onClick={() => void move('cancelled')}>{t('paths.grants.confirmCancel')}</button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirmingCancel(false)}>{t('paths.grants.keep')}</button>
          </div>
        </div>
      ) : (
        <div className="grant-actions__buttons">
          {awaitsCoordinator && <p className="hint">{t('paths.grants.awaitsCoordinator')}</p>}
          {pathwayStatus === 'closed' && <p className="hint">{t(cancellable ? 'paths.grants.closedOnlyCancel' : 'paths.grants.closedStillAccount')}</p>}
          {offered.map((to) => (
            <button key={to} type="button" className="button button--primary" disabled={busy} onClick={() => void move(to)}>
              {t(LABELS[to])}
            </button>
          ))}
          {cancellable && (
            <button type="button" className="button" disabled={busy} onClick={() => setConfirmingCancel(true)}>{t('paths.grants.cancel')}</button>
          )}
        </div>
      )}
      <div role="alert">{problem && <p className="field-error">{problem}</p>}</div>
    </div>
  );
}
