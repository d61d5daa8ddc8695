import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  estimateUsage,
  queryPersistence,
  requestPersistence,
  type PersistenceState,
  type StorageUsage,
} from '../data/persistence';

interface StorageInfo {
  persistence: PersistenceState;
  usage: StorageUsage | null;
}

const MB = 1024 * 1024;

/** Settings card: is storage persistent, and how much of the quota is used. */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [requesting, setRequesting] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([queryPersistence(), estimateUsage()]).then(([persistence, usage]) => {
      if (!cancelled) setInfo({ persistence, usage });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const requestAgain = useCallback(async () => {
    setRequesting(true);
    const persistence = await requestPersistence();
    const usage = await estimateUsage();
    setInfo({ persistence, usage });
    setRequesting(false);
  }, []);

  const mb = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 1 });
  const busy = info === null || requesting;

  return (
    <section className="card" aria-labelledby="settings-storage" aria-busy={busy}>
      <h2 id="settings-storage">{t('settings.storage.title')}</h2>
      <p>{t('settings.storage.explanation')}</p>
      {info === null ? (
        <p>{t('settings.storage.checking')}</p>
      ) : (
        <>
          <p>
            {t('settings.storage.persistent', {
              state: t(`settings.storage.${info.persistence}`),
            })}
          </p>
          <p>
            {info.usage
              ? t('settings.storage.usage', {
                  usage: mb.format(info.usage.usageBytes / MB),
                  quota: mb.format(info.usage.quotaBytes / MB),
                })
              : t('settings.storage.usageUnknown')}
          </p>
          {info.persistence !== 'unsupported' && (
            <button
              type="button"
              className="button"
              disabled={requesting}
              onClick={() => void requestAgain()}
            >
              {requesting ? t('settings.storage.checking') : t('settings.storage.requestAgain')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
