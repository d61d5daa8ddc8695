import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

// Tablets stay open on the front desk all day without navigating, so the browser's own update
// check (on navigation) would rarely run; look for a new version every hour instead.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Non-blocking notices from the service worker: a new version is waiting (the operator
 * chooses when to reload, never in the middle of a registration), or the app shell is now
 * fully cached for offline use.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine && !registration.installing) void registration.update();
      }, UPDATE_CHECK_MS);
    },
  });

  return (
    <div className="app-notices" role="status">
      {needRefresh && (
        <div className="toolbar notice">
          <p>{t('update.available')}</p>
          <div className="notice__actions">
            <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
              {t('update.reload')}
            </button>
            <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
              {t('update.later')}
            </button>
          </div>
        </div>
      )}
      {offlineReady && !needRefresh && (
        <div className="toolbar notice">
          <p>{t('update.offlineReady')}</p>
          <div className="notice__actions">
            <button type="button" className="button" onClick={() => setOfflineReady(false)}>
              {t('update.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
