import { describe, expect, it } from 'vitest';
import { mayCorrectVisit } from '../../../src/domain/policy/visitCorrections.ts';

describe('who may correct a visit', () => {
  it.each([
    ['a visit of the desk’s site', { siteId: 'barrito', deleted: false }, 'barrito', true],
    ['a visit of another site', { siteId: 'vallette', deleted: false }, 'barrito', false],
    ['a visit already deleted', { siteId: 'barrito', deleted: true }, 'barrito', false],
  ] as const)('%s', (_name, visit, deskSite, expected) => {
    expect(mayCorrectVisit(visit, { siteId: deskSite })).toBe(expected);
  });
});
