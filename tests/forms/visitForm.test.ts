import { describe, expect, it } from 'vitest';
import { correctedVisitFields, newVisitForm, visitFieldsFromForm, visitFormErrors, visitFormOf } from '../../src/forms/visitForm.ts';
import { visit } from '../domain/factories.ts';

describe('visit form', () => {
  it('copies only the topics of her last visit: no referral, no arrival channel, no guidance or note', () => {
    const last = { ...visit(), arrival: 'social_services' as const, topics: ['benefits' as const, 'paperwork' as const] };
    expect(last.referrals.length).toBeGreaterThan(0);
    const form = newVisitForm({ today: '2026-03-10', siteId: 'barrito', lastVisit: last });
    expect(form).toEqual({
      date: '2026-03-10',
      siteId: 'barrito',
      arrival: 'direct',
      topics: ['benefits', 'paperwork'],
      guidance: '',
      referrals: [],
      note: '',
    });
  });

  it('starts a first visit as "came on her own" with nothing chosen', () => {
    expect(newVisitForm({ today: '2026-03-10', siteId: 'vallette' })).toMatchObject({
      arrival: 'direct', topics: [], referrals: [], siteId: 'vallette',
    });
  });

  it('needs at least one topic and a date not in the future', () => {
    const form = { ...newVisitForm({ today: '2026-03-10', siteId: 'barrito' }), date: '2999-01-01' };
    const errors = visitFormErrors(form, visitFieldsFromForm(form, 'person-1', 'op-1'));
    expect(Object.fromEntries(errors.map((e) => [e.path, e.key]))).toEqual({ topics: 'required', date: 'date_in_future' });
  });

  it('makes valid visit fields, without empty texts', () => {
    const form = { ...newVisitForm({ today: '2026-03-10', siteId: 'barrito' }), topics: ['health'], guidance: '  ', note: 'ok ' };
    const fields = visitFieldsFromForm(form, 'person-1', 'op-1');
    expect(visitFormErrors(form, fields)).toEqual([]);
    expect(fields).toEqual({
      personId: 'person-1', operatorId: 'op-1', siteId: 'barrito', date: '2026-03-10', arrival: 'direct',
      topics: ['health'], referrals: [], note: 'ok', formVersion: 1,
    });
  });
});

describe('correcting a visit with the visit form', () => {
  const stored = { ...visit(), siteId: 'barrito', date: '2026-03-02', formVersion: 1 };

  it('opens with the stored answers and the site it happened at', () => {
    expect(visitFormOf(stored)).toEqual({
      date: '2026-03-02', siteId: 'barrito', arrival: 'direct', topics: stored.topics,
      guidance: stored.guidance, referrals: stored.referrals, note: stored.note,
    });
  });

  it('keeps whose visit it is and who recorded it; a cleared answer is cleared', () => {
    const form = { ...visitFormOf(stored), topics: ['health'], guidance: ' ' };
    const fields = correctedVisitFields(form, stored);
    expect(visitFormErrors(form, fields)).toEqual([]);
    expect(fields).toMatchObject({ personId: stored.personId, operatorId: stored.operatorId, siteId: 'barrito', topics: ['health'], note: stored.note });
    expect('guidance' in fields && fields.guidance === undefined).toBe(true);
  });
});
