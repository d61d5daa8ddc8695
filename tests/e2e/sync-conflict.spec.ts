import { expect, test } from '@playwright/test';
import { newId } from '../../src/domain/ids.ts';
import { localDate } from '../../src/domain/dates.ts';
import { E2E_COLLEAGUE, E2E_COORDINATOR, E2E_USER } from './fixtures';
import { ApiDevice } from './helpers/apiDevice';
import { AppShell } from './pages/AppShell';
import { SyncPage } from './pages/SyncPage';

function newPerson(): Record<string, unknown> {
  const at = new Date().toISOString();
  return {
    id: newId(), siteId: 'barrito', version: 0, createdAt: at, updatedAt: at, updatedBy: newId(), deleted: false,
    firstName: 'Blessing', lastName: 'Okonkwo', sex: 'female', birthYear: 1991, countryOfBirth: 'NG',
    languages: ['en', 'pcm'], phone: '+39 333 100 0000',
    household: { pregnant: false, children: [] },
    knownToSocialServices: 'no', receivesAdi: 'no', employment: 'unemployed',
    consent: { status: 'given', date: localDate() },
  };
}

test('two tablets change the same phone number; a coordinator settles it side by side', async ({ page, baseURL }) => {
  // Two operators' tablets at the same house, both with the person on them.
  const tabletA = await ApiDevice.login(baseURL!, E2E_USER);
  const tabletB = await ApiDevice.login(baseURL!, E2E_COLLEAGUE);
  const person = newPerson();
  const [created] = await tabletA.push([{ table: 'people', recordId: String(person.id), op: 'create', baseVersion: null, changes: person }]);
  expect(created!.status).toBe('applied');
  const base = (await tabletB.record('people', String(person.id)))!.version as number;

  // Offline, each changes her phone number; A syncs first, then B.
  const [fromA] = await tabletA.push([{ table: 'people', recordId: String(person.id), op: 'update', baseVersion: base, changes: { phone: '+39 333 111 1111' } }]);
  const [fromB] = await tabletB.push([{ table: 'people', recordId: String(person.id), op: 'update', baseVersion: base, changes: { phone: '+39 333 222 2222' } }]);
  expect(fromA!.status).toBe('applied');
  expect(fromB).toMatchObject({ status: 'conflict', conflictFields: ['phone'] });
  // Nothing was overwritten: the server kept A's value until a person decides.
  expect((await tabletA.record('people', String(person.id)))!.phone).toBe('+39 333 111 1111');

  // The coordinator's tablet receives the flagged conflict and keeps B's value.
  const shell = new AppShell(page);
  await shell.goto('/', E2E_COORDINATOR);
  await shell.nav('sync');
  const sync = new SyncPage(page);
  await sync.syncNow();
  const conflict = sync.conflict(/Blessing Okonkwo/);
  await expect(conflict).toContainText('+39 333 111 1111');
  await expect(conflict).toContainText('+39 333 222 2222');
  await sync.useOtherDeviceValue(conflict);
  await expect(conflict).toHaveCount(0);
  await expect(sync.safeToHandOver).toBeVisible({ timeout: 20_000 });

  // Every tablet now gets B's value and a resolved conflict.
  const settled = await tabletA.pullAll();
  expect(settled.find((c) => c.record.id === person.id)!.record.phone).toBe('+39 333 222 2222');
  const conflicts = settled.filter((c) => c.table === 'conflicts' && c.record.recordId === person.id);
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]!.record.status).toBe('resolved');
  await tabletA.dispose();
  await tabletB.dispose();
});
