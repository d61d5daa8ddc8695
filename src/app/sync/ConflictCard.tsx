import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../domain/records/conflict.ts';
import { mayResolveConflict } from '../../domain/sync/conflictRules.ts';
import { db } from '../data/db';
import { syncEngine } from '../data/sync';
import { useAuthor, useSession } from '../session/SessionContext';
import { resolveConflict } from './resolveConflict';
import { ValueView } from './ValueView';

/** One conflict, side by side: the value the server kept and the other device's value. */
export function ConflictCard({ conflict, record }: { conflict: Conflict; record: Record<string, unknown> | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const author = useAuthor();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const allowed = mayResolveConflict(session.user, record);
  const headingId = `conflict-${conflict.id}`;

  async function keep(which: 'server' | 'client') {
    setBusy(true);
    setFailed(false);
    try {
      await resolveConflict(db, author, conflict, which);
      void syncEngine.syncNow();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const name = record && typeof record.firstName === 'string' ? `${record.firstName} ${String(record.lastName ?? '')}` : conflict.recordId;
  return (
    <article className="card conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('conflicts.heading', { field: conflict.field, record: name })}
      </h3>
      <div className="conflict__sides">
        <section aria-label={t('conflicts.serverValue')}>
          <h4>{t('conflicts.serverValue')}</h4>
          <ValueView value={conflict.serverValue} />
          {allowed && (
            <button type="button" className="button" disabled={busy} onClick={() => void keep('server')}>
              {t('conflicts.keepServer')}
            </button>
          )}
        </section>
        <section aria-label={t('conflicts.clientValue')}>
          <h4>{t('conflicts.clientValue')}</h4>
          <ValueView value={conflict.clientValue} />
          {allowed && (
            <button type="button" className="button" disabled={busy} onClick={() => void keep('client')}>
              {t('conflicts.keepClient')}
            </button>
          )}
        </section>
      </div>
      {!allowed && <p className="hint">{t('conflicts.notAllowed')}</p>}
      {failed && <p className="form-error" role="alert">{t('conflicts.failed')}</p>}
    </article>
  );
}
