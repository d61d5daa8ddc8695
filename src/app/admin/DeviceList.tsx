import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountDevice } from '../../domain/sync/accounts.ts';
import { formatInstant, useLang } from '../ui/format';
import { accountsApi } from './api';
import { ConfirmStep } from './ConfirmStep';
import { ProblemText } from './ProblemText';
import { useAccountRequest } from './useAccountRequest';

/**
 * The tablets an account logged in on, each with its state, and the way to cut off a lost one:
 * the server refuses it at its next request (docs/architecture.md, "Accounts").
 */
export function DeviceList({ account, ownDevice, onChanged }: {
  account: Account;
  /** The device this screen runs on, when the account is the administrator's own: not cut off from here. */
  ownDevice: string | undefined;
  onChanged: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const notice = useRef<HTMLParagraphElement>(null);
  const [revoked, setRevoked] = useState(false);
  const onRevoked = (next: Account) => {
    onChanged(next);
    setRevoked(true);
    // The row's button is gone: the announcement takes the focus instead of the page's top.
    requestAnimationFrame(() => notice.current?.focus());
  };
  return (
    <section className="stack stack--tight" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('admin.devices.title')} <span className="hint">({t('admin.devices.count', { count: account.devices.length })})</span>
      </h3>
      <p ref={notice} role="status" tabIndex={-1} className="saved-note">{revoked ? t('admin.devices.revoked') : ''}</p>
      {account.devices.length === 0 ? (
        <p className="hint">{t('admin.devices.none')}</p>
      ) : (
        <ul className="stack stack--tight plain-list">
          {account.devices.map((device) => (
            <DeviceRow key={device.deviceId} accountId={account.id} device={device} isOwn={device.deviceId === ownDevice} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeviceRow({ accountId, device, isOwn, onRevoked }: {
  accountId: string;
  device: AccountDevice;
  isOwn: boolean;
  onRevoked: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const nameId = useId();
  const [confirming, setConfirming] = useState(false);
  const { busy, problem, run } = useAccountRequest();
  const name = device.deviceName ?? t('admin.devices.unnamed');

  const revoke = () => run(async () => onRevoked(await accountsApi.revokeDevice(accountId, device.deviceId)), () => setConfirming(false));

  return (
    <li className="panel stack stack--tight device-row" data-active={device.active ? '' : undefined}>
      <p id={nameId} className="device-row__name">{name}</p>
      <p className="hint">
        {t('admin.devices.id', { id: device.deviceId })}
        <br />
        {t('admin.devices.lastSeen', { time: formatInstant(device.lastSeenAt, lang) })}
      </p>
      <p className="device-row__state">
        {device.active
          ? t('admin.devices.active')
          : device.revokedAt
            ? t('admin.devices.ended', { time: formatInstant(device.revokedAt, lang) })
            : t('admin.devices.expired')}
      </p>
      {isOwn && <p className="hint">{t('admin.devices.thisDevice')}</p>}
      {device.active && !isOwn && (confirming ? (
        <ConfirmStep question={t('admin.devices.revokeQuestion', { device: name })} confirmLabel={t('admin.devices.confirmRevoke')}
          keepLabel={t('admin.devices.keep')} busy={busy} onConfirm={() => void revoke()} onKeep={() => setConfirming(false)} />
      ) : (
        <div className="admin-actions">
          <button type="button" className="button" aria-describedby={nameId} onClick={() => setConfirming(true)}>
            {t('admin.devices.revoke')}
          </button>
        </div>
      ))}
      <ProblemText problem={problem} />
    </li>
  );
}
