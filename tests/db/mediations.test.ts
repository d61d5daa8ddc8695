import { afterEach, describe, expect, it } from 'vitest';
import type { SportelloDb } from '../../src/db/database.ts';
import { createRecord } from '../../src/db/repository.ts';
import { newId } from '../../src/domain/ids.ts';
import { byMonth, hoursAndMinutes, mediationsOfPerson, mediationsSince, minutesFrom, monthsBack } from '../../src/db/mediations';
import { freshSessionForm, sessionErrors, sessionFields } from '../../src/app/mediation/sessionForm';
import { correctionsIn, overridesFrom, saveCorrection } from '../../src/app/mediation/corrections';
import { mediation } from '../domain/factories.ts';
import { author, testDevice } from './helpers.ts';

const open: SportelloDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('duration', () => {
  it('hours and minutes become whole minutes', () => {
    expect(minutesFrom('1', '30')).toBe(90);
    expect(minutesFrom('', '45')).toBe(45);
    expect(minutesFrom('2', '')).toBe(120);
    expect(minutesFrom('1,5', '')).toBeNaN();
    expect(minutesFrom('1', '75')).toBeNaN();
    expect(hoursAndMinutes(150)).toEqual({ hours: 2, minutes: 30 });
  });

  it('an empty or impossible duration is explained on the duration field', () => {
    const base = { ...freshSessionForm(newId(), '2026-03-10'), language: 'ar', setting: 'consultorio' };
    expect(sessionErrors(sessionFields({ ...base, hours: '', minutes: '' }), '2026-03-10')).toEqual([{ path: 'minutes', key: 'minutes_range' }]);
    expect(sessionErrors(sessionFields({ ...base, hours: 'x' }), '2026-03-10')).toEqual([{ path: 'minutes', key: 'minutes_range' }]);
    expect(sessionErrors(sessionFields({ ...base, hours: '25' }), '2026-03-10')).toEqual([{ path: 'minutes', key: 'minutes_range' }]);
    expect(sessionErrors(sessionFields({ ...base, hours: '1', minutes: '30' }), '2026-03-10')).toEqual([]);
    expect(sessionErrors(sessionFields({ ...base, hours: '1', language: '', setting: '' }), '2026-03-10').map((e) => e.path))
      .toEqual(['language', 'setting']);
  });
});

describe('the mediation log', () => {
  it('groups sessions by month, newest first, with the month\'s sessions and minutes', () => {
    const m = (date: string, minutes: number) => ({ ...mediation(), date, minutes });
    const months = byMonth([m('2026-02-03', 90), m('2026-03-10', 120), m('2026-03-02', 45), { ...m('2026-03-05', 60), deleted: true }]);
    expect(months.map((x) => [x.month, x.sessions.length, x.minutes])).toEqual([['2026-03', 2, 165], ['2026-02', 1, 90]]);
    expect(months[0]!.sessions.map((s) => s.date)).toEqual(['2026-03-10', '2026-03-02']);
  });

  it('reads a mediator\'s sessions, everyone\'s, and a person\'s from the indexes', async () => {
    const device = testDevice();
    open.push(device.db);
    const who = author();
    const other = newId();
    const personId = newId();
    const add = (mediatorId: string, date: string, forPerson?: string) =>
      createRecord(device.db, who, 'mediations', { mediatorId, date, language: 'ar', setting: 'consultorio', minutes: 60, ...(forPerson ? { personId: forPerson } : {}) });
    await add(who.operatorId, '2026-03-02', personId);
    await add(who.operatorId, '2025-01-10');
    await add(other, '2026-03-05', personId);
    expect((await mediationsSince(device.db, '2025-04-01', who.operatorId)).map((s) => s.date)).toEqual(['2026-03-02']);
    expect((await mediationsSince(device.db, '2025-04-01')).length).toBe(2);
    expect((await mediationsOfPerson(device.db, personId)).length).toBe(2);
    expect(monthsBack('2026-03-17', 11)).toBe('2025-04-01');
    expect(monthsBack('2026-01-05', 1)).toBe('2025-12-01');
  });
});

describe('translation corrections', () => {
  it('are synced records; the latest per label and language replaces the catalogue text', async () => {
    const device = testDevice();
    open.push(device.db);
    const who = author();
    await saveCorrection(device.db, who, { formId: 'registration', fieldId: 'knownToSocialServices' }, 'ar', 'هل تتابعك المساعدة الاجتماعية؟', 'proposed');
    await saveCorrection(device.db, who, { formId: 'registration', vocabulary: 'sexes', code: 'female' }, 'ar', 'امرأة', 'confirmed');
    const again = await saveCorrection(device.db, who, { formId: 'registration', fieldId: 'knownToSocialServices' }, 'ar', 'هل يتابعك مكتب الخدمات الاجتماعية؟', 'proposed');
    const stored = await correctionsIn(device.db, 'ar');
    expect(stored).toHaveLength(2);
    expect(again.text).toBe('هل يتابعك مكتب الخدمات الاجتماعية؟');
    const overrides = overridesFrom(stored);
    expect(overrides.get('ar')?.get('field:registration:knownToSocialServices')).toBe('هل يتابعك مكتب الخدمات الاجتماعية؟');
    expect(overrides.get('ar')?.get('option:sexes:female')).toBe('امرأة');
    // Each word went to the outbox, to reach the site's other devices.
    expect((await device.db.outbox.toArray()).map((o) => [o.table, o.op])).toEqual([
      ['translationCorrections', 'create'], ['translationCorrections', 'create'], ['translationCorrections', 'update'],
    ]);
    expect(await correctionsIn(device.db, 'es')).toEqual([]);
  });
});
