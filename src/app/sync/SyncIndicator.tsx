import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSyncStatus } from '../data/useSyncStatus';
import './sync.css';

/**
 * Always visible in the header: how many changes wait to be sent, or that the tablet can be
 * handed over. A link to the sync screen, where the details and "Sync now" are.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const text =
    status.rejected > 0
      ? t('syncStatus.needsAttention', { count: status.rejected })
      : status.state === 'syncing'
        ? t('syncStatus.syncing')
        : status.pending > 0
          ? t('syncStatus.pending', { count: status.pending })
          : status.safeToHandOver
            ? t('syncStatus.safe')
            : t('sync.title');
  return (
    <Link href="/sync" className={`sync-indicator ${status.safeToHandOver ? 'is-safe' : 'is-pending'}`}>
      <span aria-hidden="true">{status.safeToHandOver ? '✓' : '↻'}</span> {text}
    </Link>
  );
}
