import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain/sync/audit.ts';
import type { SyncErrorKind } from '../../sync/transport.ts';
import { fieldLabel, fieldOfPath } from '../../forms/recordFields.ts';
import { formatInstant, useLang } from '../ui/format';
import type { AccessLogState } from './useAccessLog';

/** The tables whose records the log names in words; any other shows its stored name. */
const RECORD_KEYS = {
  people: 'audit.records.people',
  visits: 'audit.records.visits',
  pathways: 'audit.records.pathways',
  interventions: 'audit.records.interventions',
  grants: 'audit.records.grants',
  mediations: 'audit.records.mediations',
  attachments: 'audit.records.attachments',
} as const;

/** Drawn from a state alone, so every state can be rendered and checked without a server. */
export function AccessLogView({ state, onRetry, onMore }: { state: AccessLogState; onRetry: () => void; onMore: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="person-access-log" aria-busy={state.kind === 'loading'}>
      <h2 id="person-access-log">{t('audit.title')}</h2>
      <p className="hint">{t('audit.scope')}</p>
      {state.kind === 'offline' && <p role="status">{t('audit.offline')}</p>}
      {state.kind === 'loading' && <p role="status">{t('audit.loading')}</p>}
      {state.kind === 'failed' && <Failure t={t} error={state.error} onRetry={onRetry} />}
      {state.kind === 'loaded' && state.entries.length === 0 && <p>{t('audit.empty')}</p>}
      {state.kind === 'loaded' && state.entries.length > 0 && (
        <>
          <p className="hint">{t('audit.shown', { count: state.entries.length })}</p>
          <ul className="history__list">
            {state.entries.map((entry) => (
              <li key={entry.id}>
                <Entry entry={entry} />
              </li>
            ))}
          </ul>
          {state.more === 'loading' && <p role="status">{t('audit.loading')}</p>}
          {state.more !== 'idle' && state.more !== 'loading' && <Failure t={t} error={state.more} onRetry={onMore} />}
          {state.next !== null && state.more === 'idle' && (
            <button type="button" className="button" onClick={onMore}>
              {t('audit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Failure({ t, error, onRetry }: { t: TFunction; error: SyncErrorKind; onRetry: () => void }) {
  return (
    <div role="alert">
      <p>{t(`audit.errors.${error}`)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('audit.retry')}
      </button>
    </div>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const record = entry.table in RECORD_KEYS ? t(RECORD_KEYS[entry.table as keyof typeof RECORD_KEYS]) : t('audit.records.other', { table: entry.table });
  // A created record names every field it was given: only a change says which fields it touched.
  const fields = entry.action === 'update' ? entry.fields.map((field) => fieldName(entry.table, field, lang)) : [];
  return (
    <>
      <p>
        {t('audit.who', {
          when: formatInstant(entry.at, lang),
          user: entry.userName ?? t('audit.unknownUser'),
          device: entry.deviceName ?? t('audit.unknownDevice'),
        })}
      </p>
      <p>{entry.action === 'view' || entry.action === 'download' ? t(`audit.actions.${entry.action}`) : t(`audit.actions.${entry.action}`, { record })}</p>
      {fields.length > 0 && <p className="hint">{t('audit.fields', { count: fields.length, list: fields.join(', ') })}</p>}
    </>
  );
}

/** A field in the forms' words where a form asks it (docs/architecture.md, "Forms as data"), else its stored name. */
function fieldName(table: string, field: string, lang: string): string {
  const rf = fieldOfPath(table, field);
  return rf ? fieldLabel(rf, lang) : field;
}
