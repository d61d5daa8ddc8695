import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../domain/records/conflict.ts';
import { mayResolveConflict } from '../../domain/sync/conflictRules.ts';
import { fieldLabel, fieldOfPath, type RecordField } from '../../forms/recordFields.ts';
import { db } from '../data/db';
import { syncEngine } from '../data/sync';
import { useLang } from '../ui/format';
import { useAuthor, useSession } from '../session/SessionContext';
import { resolveConflict } from '../../db/conflicts.ts';
import { ValueView } from './ValueView';

/** One conflict, side by side: the value the server kept and the other device's value. */
export function ConflictCard({ conflict, record }: { conflict: Conflict; record: Record<string, unknown> | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
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
  // A field a form asks is named and shown as the form does; any other by its stored name.
  const field = fieldOfPath(conflict.table, conflict.field);
  return (
    <article className="card conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('conflicts.heading', { field: field ? fieldLabel(field, lang) : conflict.field, record: name })}
      </h3>
      <div className="conflict__sides">
        <Side title={t('conflicts.serverValue')} value={conflict.serverValue} field={field}
          keepLabel={allowed ? t('conflicts.keepServer') : undefined} busy={busy} onKeep={() => void keep('server')} />
        <Side title={t('conflicts.clientValue')} value={conflict.clientValue} field={field}
          keepLabel={allowed ? t('conflicts.keepClient') : undefined} busy={busy} onKeep={() => void keep('client')} />
      </div>
      {!allowed && <p className="hint">{t('conflicts.notAllowed')}</p>}
      {failed && <p className="form-error" role="alert">{t('conflicts.failed')}</p>}
    </article>
  );
}

interface SideProps {
  title: string;
  value: unknown;
  field: RecordField | undefined;
  /** The button's text; no button for a user who may not settle it. */
  keepLabel: string | undefined;
  busy: boolean;
  onKeep: () => void;
}

/** One of the two values, and the button that keeps it. */
function Side({ title, value, field, keepLabel, busy, onKeep }: SideProps) {
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      <ValueView value={value} field={field} />
      {keepLabel && (
        <button type="button" className="button" disabled={busy} onClick={onKeep}>
          {keepLabel}
        </button>
      )}
    </section>
  );
}
