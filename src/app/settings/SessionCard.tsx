import { useTranslation } from 'react-i18next';
import { defaultSites } from '../../domain/vocab/sites.ts';
import { useSyncStatus } from '../data/useSyncStatus';
import { useSession } from '../session/SessionContext';

/** Settings: who is logged in, the desk's site, and logging out. */
export function SessionCard() {
  const { t, i18n } = useTranslation();
  const { session, setSite, logout } = useSession();
  const status = useSyncStatus();
  const lang = i18n.resolvedLanguage ?? 'it';
  return (
    <section className="card" aria-labelledby="settings-session">
      <h2 id="settings-session">{t('session.title')}</h2>
      <p>{t('session.loggedInAs', { name: session.user.displayName })}</p>
      {session.user.siteIds.length > 1 && (
        <label>
          {t('session.site')}
          <select value={session.siteId} onChange={(e) => void setSite(e.target.value)}>
            {session.user.siteIds.map((id) => (
              <option key={id} value={id}>{defaultSites.label(id, lang)}</option>
            ))}
          </select>
        </label>
      )}
      {session.user.siteIds.length === 1 && <p>{defaultSites.label(session.siteId, lang)}</p>}
      {status.pending > 0 && <p className="hint">{t('session.pendingOnLogout', { count: status.pending })}</p>}
      <button type="button" className="button" onClick={() => void logout()}>
        {t('session.logout')}
      </button>
    </section>
  );
}
