import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../../src/domain/ids.ts';
import { MAX_AMOUNT_CENTS } from '../../../src/domain/money.ts';
import { householdCapSettingId, mayChangeSettings, settingSchema } from '../../../src/domain/records/settings.ts';
import { recordSchemas } from '../../../src/domain/records/index.ts';
import { fieldErrors } from '../../../src/domain/validation.ts';
import { setting } from '../factories.ts';

const errorsOf = (value: unknown) => {
  const result = settingSchema.safeParse(value);
  return result.success ? [] : fieldErrors(result.error.issues);
};

describe('settings records', () => {
  it('are a synced table', () => {
    expect(recordSchemas.settings).toBe(settingSchema);
  });

  it('accept a household cap in whole cents', () => {
    expect(errorsOf(setting())).toEqual([]);
    expect(errorsOf({ ...setting(), valueCents: 1 })).toEqual([]);
    expect(errorsOf({ ...setting(), valueCents: MAX_AMOUNT_CENTS })).toEqual([]);
  });

  it.each([
    [0, 'amount_not_positive'],
    [-70_000, 'amount_not_positive'],
    [700.5, 'invalid_value'],
    [MAX_AMOUNT_CENTS + 1, 'amount_too_large'],
  ])('refuse a cap of %s cents (%s)', (valueCents, key) => {
    expect(errorsOf({ ...setting(), valueCents })).toEqual([{ path: 'valueCents', key }]);
  });

  it('refuse an unknown setting', () => {
    expect(errorsOf({ ...setting(), key: 'theme' })).toEqual([{ path: 'key', key: 'invalid_value' }]);
  });

  it('have a valid, predictable id per site', () => {
    expect(householdCapSettingId('barrito')).toBe('household-cap-barrito');
    for (const site of ['barrito', 'san-salvario', 'bagni-aglie', '0195f2a4-7c1e-7b3a-9d2e-5f6a7b8c9d0e']) {
      expect(householdCapSettingId(site)).toMatch(ID_PATTERN);
    }
  });

  it('are changed by coordinators and administrators only', () => {
    expect(mayChangeSettings('coordinator')).toBe(true);
    expect(mayChangeSettings('admin')).toBe(true);
    expect(mayChangeSettings('operator')).toBe(false);
    expect(mayChangeSettings('mediator')).toBe(false);
  });
});
