import i18next from '../ui/renderer/i18n-setup';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import { OperatorName } from '../../../src/app/shell/CurrentOperator';
import { render, textOf } from '../ui/renderer/render';

const session = {
  user: { id: 'u1', username: 'amina', displayName: 'Amina Diallo', role: 'operator' as const, siteIds: ['barrito'] },
  siteId: 'barrito',
  loggedInAt: '2026-12-04T08:00:00.000Z',
};

beforeAll(() => {
  for (const [lng, bundle] of Object.entries(catalogues)) i18next.addResourceBundle(lng, 'translation', bundle, true, true);
});
afterEach(async () => {
  await i18next.changeLanguage('it');
});

describe('the header names who is logged in', () => {
  it.each([['it', 'In servizio: Amina Diallo'], ['en', 'Signed in: Amina Diallo']])('in %s', async (lang, text) => {
    await i18next.changeLanguage(lang);
    expect(textOf(render(<OperatorName session={session} />))).toBe(text);
  });

  it('says nothing while nobody is logged in or the session is being read', () => {
    expect(render(<OperatorName session={null} />)).toBe('');
    expect(render(<OperatorName session={undefined} />)).toBe('');
  });
});
