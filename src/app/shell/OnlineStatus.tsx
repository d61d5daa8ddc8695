import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../ui/useOnlineStatus';

/** Always-visible connection indicator: text plus a shape, never colour alone. */
export function OnlineStatus() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <p role="status" className={`online-status ${online ? 'is-online' : 'is-offline'}`}>
      <span className="online-status__mark" aria-hidden="true">
        {online ? '●' : '○'}
      </span>
      {online ? t('connection.online') : t('connection.offline')}
    </p>
  );
}
