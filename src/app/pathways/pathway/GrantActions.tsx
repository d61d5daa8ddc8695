import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrantRefusedError, moveGrant } from '../../../db/grants.ts';
import type { Grant } from '../../../domain/records/grant.ts';
import { db } from '../../data/db';
import { useAuthor } from '../../session/SessionContext';

type Move = 'approved' | 'paid' | 'accounted' | 'cancelled';

/** What can be done next: only the moves the rules allow are offered (no payment before approval). */
const OFFERED: Record<Grant['status'], Exclude<Move, 'cancelled'>[]> = {
  proposed: ['approved'],
  approved: ['paid'],
  paid: ['accounted'],
  accounted: [],
  cancelled: [],
};

const LABELS = { approved: 'paths.grants.approve', paid: 'paths.grants.pay', accounted: 'paths.grants.account' } as const;

/**
 * The grant's next step as buttons. The step is checked again on write (grantRules'
 * checkTransition): a refusal — accounting without a receipt — is said in words under the
 * buttons. `onMoved` lets the card take the focus back once the buttons change.
 */
export function GrantActions({ grant, onMoved }: { grant: Grant; onMoved: () => void }) {
  const { t } = useTranslation();
  const author = useAuthor();
  const [busy, setBusy] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancellable = grant.status === 'proposed' || grant.status === 'approved';

  const move = async (to: Move) => {
    setBusy(true);
    setProblem(null);
    try {
      await moveGrant(db, author, grant.id, to);
      setConfirmingCancel(false);
      onMoved();
    } catch (error) {
      if (error instanceof GrantRefusedError && (error.problem.code === 'receipt_required' || error.problem.code === 'transition_not_allowed')) {
        setProblem(t(`paths.grants.refused.${error.problem.code}`));
      } else {
        console.error(error);
        setProblem(t('paths.grants.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  if (OFFERED[grant.status].length === 0 && !cancellable) return null;
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
          {OFFERED[grant.status].map((to) => (
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
