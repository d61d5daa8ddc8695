import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../data/db';
import { syncEngine, transport } from '../data/sync';
import { SessionContext, type SessionApi } from './SessionContext';
import { clearSession, loadSession, saveSession, type DeskSession } from '../../db/session.ts';

// Loaded only on a device nobody has logged in on yet.
const LoginScreen = lazy(() => import('./LoginScreen'));

/**
 * Shows the login until someone has logged in on this device, then the app. Sync runs only
 * while someone is logged in.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<DeskSession | null | undefined>(undefined);

  useEffect(() => {
    void loadSession(db).then(setSession);
  }, []);

  useEffect(() => {
    if (!session) return;
    syncEngine.start();
    return () => syncEngine.stop();
  }, [session]);

  const onLoggedIn = useCallback(async (next: DeskSession) => {
    await saveSession(db, next);
    setSession(next);
  }, []);

  const api = useMemo<SessionApi | null>(() => {
    if (!session) return null;
    return {
      session,
      async setSite(siteId) {
        const next = { ...session, siteId };
        await saveSession(db, next);
        setSession(next);
      },
      async logout() {
        // The outbox stays: whatever was recorded here is sent after the next login.
        const { logoutFromServer } = await import('./login');
        await logoutFromServer(transport);
        await clearSession(db);
        setSession(null);
      },
    };
  }, [session]);

  if (session === undefined) {
    return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  }
  if (!api) {
    return (
      <Suspense fallback={<p className="screen-loading" role="status">{t('app.loading')}</p>}>
        <LoginScreen onLoggedIn={(s) => void onLoggedIn(s)} />
      </Suspense>
    );
  }
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}
