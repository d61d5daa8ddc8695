import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { listRefusedChanges } from '../../db/outbox.ts';
import { LiveList } from '../ui/LiveList';
import { ScreenHeading } from '../ui/ScreenHeading';
import { db } from '../data/db';
import { syncEngine } from '../data/sync';
import { useLiveQuery } from '../data/useLiveQuery';
import { useOnlineStatus } from '../ui/useOnlineStatus';
import { useSession } from '../session/SessionContext';
import { ConflictCard } from './ConflictCard';
import { syncErrorText } from './syncErrorText';
import { useSyncStatus } from '../data/useSyncStatus';

/** Where a coordinator or operator sees what waits to be sent, what went wrong, and conflicts. */
export default function SyncScreen() {
  const { t, i18n } = useTranslation();
  // A rule's refusal in the reader's language; any other reason (a field the server's schema refused) as the server said it.
  const refusalText = ({ reason, code }: { reason: string; code?: string }) =>
    code && i18n.exists(`syncStatus.refusal.${code}`) ? t(`syncStatus.refusal.${code}` as never) : reason;
  const status = useSyncStatus();
  const online = useOnlineStatus();
  const { logout } = useSession();
  const [running, setRunning] = useState(false);
  const rejected = useLiveQuery(() => listRefusedChanges(db), []);
  const conflicts = useLiveQuery(() => listOpenConflicts(db), []);

  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.resolvedLanguage) : t('syncStatus.never'));

  async function syncNow() {
    setRunning(true);
    await syncEngine.syncNow();
    setRunning(false);
  }

  return (
    <section className="screen">
      <ScreenHeading>{t('sync.title')}</ScreenHeading>

      <section className="card" aria-labelledby="sync-state">
        <h2 id="sync-state">{t('syncStatus.title')}</h2>
        <dl className="facts">
          <dt>{t('syncStatus.pendingLabel')}</dt>
          <dd>{status.pending}</dd>
          <dt>{t('syncStatus.lastSuccess')}</dt>
          <dd>{when(status.lastSuccessAt)}</dd>
        </dl>
        <p role="status" className={status.safeToHandOver ? 'sync-safe' : undefined}>
          {status.state === 'syncing'
            ? t('syncStatus.syncing')
            : status.safeToHandOver
              ? t('syncStatus.safeLong')
              : t('syncStatus.pending', { count: status.pending })}
        </p>
        {status.lastError && status.state !== 'idle' && (
          <p className="form-error" role="alert">
            {syncErrorText(t, status.lastError.kind)}
          </p>
        )}
        {status.lastError?.kind === 'unauthorised' && (
          <button type="button" className="button" onClick={() => void logout()}>
            {t('syncStatus.loginAgain')}
          </button>
        )}
        <button type="button" className="button button--primary" disabled={!online || running || status.state === 'syncing'}
          onClick={() => void syncNow()} aria-describedby={online ? undefined : 'sync-offline-hint'}>
          {t('syncStatus.syncNow')}
        </button>
        {!online && <p id="sync-offline-hint" className="hint">{t('syncStatus.offlineHint')}</p>}
      </section>

      <section className="card" aria-labelledby="sync-conflicts">
        <h2 id="sync-conflicts">{t('conflicts.title')}</h2>
        <LiveList items={conflicts} none={t('conflicts.none')}>
          {(open) => open.map(({ conflict, record }) => <ConflictCard key={conflict.id} conflict={conflict} record={record} />)}
        </LiveList>
      </section>

      <section className="card" aria-labelledby="sync-rejected">
        <h2 id="sync-rejected">{t('syncStatus.rejectedTitle')}</h2>
        <LiveList items={rejected} none={t('syncStatus.rejectedNone')}>
          {(rows) => (
            <ul className="plain-list">
              {rows.map((row) => (
                <li key={row.seq}>
                  {t('syncStatus.rejectedItem', { table: t(`syncStatus.tables.${row.table}`), when: when(row.at), reason: refusalText(row.rejected!) })}
                </li>
              ))}
            </ul>
          )}
        </LiveList>
      </section>
    </section>
  );
}
