import i18next from '../ui/renderer/i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountCard } from '../../../src/app/admin/AccountCard';
import type { Account } from '../../../src/domain/sync/accounts.ts';
import { render, textOf } from '../ui/renderer/render';

const account = (overrides: Partial<Account> = {}): Account => ({
  id: 'u-amina',
  username: 'amina',
  displayName: 'Amina Bello',
  role: 'mediator',
  siteIds: ['barrito', 'vallette'],
  disabled: false,
  createdAt: '2026-01-10T09:00:00.000Z',
  devices: [
    { deviceId: 'tablet-1', deviceName: 'Tablet sportello', lastSeenAt: '2026-01-12T09:00:00.000Z', active: true, revokedAt: null },
    { deviceId: 'phone-2', deviceName: null, lastSeenAt: '2026-01-11T09:00:00.000Z', active: false, revokedAt: '2026-01-11T10:00:00.000Z' },
  ],
  ...overrides,
});

const draw = (a: Account, isSelf = false) => textOf(render(<AccountCard account={a} isSelf={isSelf} thisDevice="tablet-1" onChanged={() => {}} />));

afterEach(async () => {
  await i18next.changeLanguage('it');
});

describe('an account card', () => {
  it('shows the role, the houses, the status and each device in words', () => {
    const text = draw(account());
    for (const expected of ['Amina Bello', 'Attivo', 'Mediatrice', 'Barrito', 'Vallette', 'Dispositivi (2 dispositivi)', 'Tablet sportello', 'Accesso attivo',
      'Dispositivo senza nome', 'Escluso o disconnesso', 'ID del dispositivo: tablet-1', 'Disattiva', 'Reimposta la password', 'Modifica']) {
      expect(text).toContain(expected);
    }
    // Only a device still logged in can be cut off.
    expect(text.split('Escludi questo dispositivo')).toHaveLength(2);
  });

  it('says the plural right, in English too', async () => {
    await i18next.changeLanguage('en');
    expect(draw(account({ devices: account().devices.slice(0, 1) }))).toContain('Devices (1 device)');
    const none = draw(account({ devices: [], disabled: true }));
    expect(none).toContain('Devices (0 devices)');
    expect(none).toContain('She has not logged in on any device yet.');
    expect(none).toContain('Disabled');
    expect(none).toContain('Enable');
  });

  it('offers no way to disable her own account, nor to cut off the device she is using', () => {
    const text = draw(account({ role: 'admin' }), true);
    expect(text).toContain('Il tuo account');
    expect(text).not.toContain('Disattiva');
    expect(text).toContain('Reimposta la password');
    expect(text).toContain('Questo dispositivo: per uscirne');
    expect(text).not.toContain('Escludi questo dispositivo');
    // Another account logged in on this same tablet can still be cut off from it.
    expect(draw(account())).toContain('Escludi questo dispositivo');
  });
});
