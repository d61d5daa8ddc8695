import i18next from '../ui/renderer/i18n-setup';
import { describe, expect, it } from 'vitest';

// The counted words of the pathway screens, through i18next's plural rules in each language.
describe('pathway words that count', () => {
  it.each([
    ['it', 'paths.my.followUps.late', 1, 'In ritardo di 1 giorno'],
    ['it', 'paths.my.followUps.late', 3, 'In ritardo di 3 giorni'],
    ['en', 'paths.my.followUps.late', 1, '1 day late'],
    ['en', 'paths.my.followUps.late', 12, '12 days late'],
    ['it', 'paths.my.followUps.upcoming', 1, 'Tra 1 giorno'],
    ['en', 'paths.my.followUps.upcoming', 2, 'In 2 days'],
    ['it', 'paths.my.open.lateFollowUp', 1, 'Follow-up del 3 mar 2026: in ritardo di 1 giorno'],
    ['en', 'paths.my.open.lateFollowUp', 4, 'Follow-up of 3 Mar 2026: 4 days late'],
    ['it', 'paths.close.grants.paidStay', 2, 'doti già pagate restano'],
    ['en', 'paths.close.grants.paidStay', 1, 'grant already paid stays'],
  ] as const)('%s %s, %i', (lng, key, count, text) => {
    const date = lng === 'it' ? '3 mar 2026' : '3 Mar 2026';
    expect(i18next.t(key, { lng, count, date })).toContain(text);
  });
});
