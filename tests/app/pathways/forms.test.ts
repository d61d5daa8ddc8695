import { describe, expect, it } from 'vitest';
import {
  closeFormErrors, finalGoals, newCloseForm, upgradeCloseDraft, withCancelChoice,
} from '../../../src/app/pathways/forms/closeForm.ts';
import { checkGrantForm, newGrantForm, readAmount, type GrantForm } from '../../../src/app/pathways/forms/grantForm.ts';
import {
  interventionFieldsFromForm, interventionFormErrors, newInterventionForm, withArea, withType,
} from '../../../src/app/pathways/forms/interventionForm.ts';
import { newGoal, newPathwayForm, pathwayFieldsFromForm, pathwayFormErrors } from '../../../src/app/pathways/forms/pathwayForm.ts';
import { validationMessages } from '../../../src/domain/messages.ts';

const TODAY = '2026-03-10';
const allowance = (committedCents: number, capCents = 70_000) => ({ capCents, committedCents, remainingCents: Math.max(0, capCents - committedCents) });
const grantForm = (patch: Partial<GrantForm>): GrantForm => ({ ...newGrantForm(TODAY), expenseType: 'newborn_kit', amount: '100', ...patch });

describe('the grant form', () => {
  it.each([
    ['', 'required'],
    ['-50', 'amount_not_positive'],
    ['0', 'amount_not_positive'],
    ['0,00', 'amount_not_positive'],
    ['dieci euro', 'amount_not_a_number'],
    ['12,345', 'amount_too_many_decimals'],
    ['1.250', 'amount_too_many_decimals'],
    ['99999999999', 'amount_too_large'],
  ])('refuses the amount %j with a translated message (%s)', (amount, key) => {
    expect(readAmount(amount)).toEqual({ problem: key });
    const check = checkGrantForm(grantForm({ amount }), { allowance: allowance(0), mayRecordException: false });
    expect(check.errors).toContainEqual({ path: 'amountCents', key });
    expect(validationMessages[key as keyof typeof validationMessages].it).toBeTruthy();
    expect(validationMessages[key as keyof typeof validationMessages].en).toBeTruthy();
  });

  it.each([
    ['450', 45_000],
    ['450,00', 45_000],
    ['€ 250,50', 25_050],
    ['1.250,5', 125_050],
    ['0,01', 1],
  ])('reads %j as %i cents', (amount, cents) => {
    expect(readAmount(amount)).toEqual({ cents });
  });

  it('accepts exactly what remains under the cap and refuses one cent more, saying what remains', () => {
    const ok = checkGrantForm(grantForm({ amount: '250' }), { allowance: allowance(45_000), mayRecordException: false });
    expect(ok).toEqual({ errors: [], overCap: null, amountCents: 25_000 });
    const over = checkGrantForm(grantForm({ amount: '250,01' }), { allowance: allowance(45_000), mayRecordException: false });
    expect(over.overCap).toEqual({ remainingCents: 25_000, capCents: 70_000 });
    expect(over.errors).toEqual([{ path: 'amountCents', key: 'invalid_value' }]);
  });

  it('lets a coordinator go over the cap with a reason, and asks her for one', () => {
    const opts = { allowance: allowance(70_000), mayRecordException: true };
    expect(checkGrantForm(grantForm({ amount: '50' }), opts).errors).toEqual([
      { path: 'amountCents', key: 'invalid_value' }, { path: 'capException.reason', key: 'required' },
    ]);
    expect(checkGrantForm(grantForm({ amount: '50', exceptionReason: 'Sfratto imminente' }), opts).errors).toEqual([]);
    // An operator's reason is no exception.
    expect(checkGrantForm(grantForm({ amount: '50', exceptionReason: 'x' }), { ...opts, mayRecordException: false }).errors)
      .toEqual([{ path: 'amountCents', key: 'invalid_value' }]);
  });

  it('needs an expense type, and the text of "other"', () => {
    const opts = { allowance: allowance(0), mayRecordException: false };
    expect(checkGrantForm(grantForm({ expenseType: '' }), opts).errors).toContainEqual({ path: 'expenseType', key: 'required' });
    expect(checkGrantForm(grantForm({ expenseType: 'other' }), opts).errors).toEqual([{ path: 'expenseOther', key: 'other_text_required' }]);
    expect(checkGrantForm(grantForm({ expenseType: 'other', expenseOther: 'Farmaci' }), opts).errors).toEqual([]);
  });
});

describe('the pathway form', () => {
  it('needs the text of each goal, and says which "other" fragility', () => {
    const form = { ...newPathwayForm({ today: TODAY, siteId: 'barrito', caseManagerId: 'op-1' }), fragilities: ['care_load', 'other'], goals: [newGoal(), { ...newGoal(), text: 'Nido' }] };
    const errors = pathwayFormErrors(pathwayFieldsFromForm(form, 'person-1'), TODAY);
    expect(errors).toEqual(expect.arrayContaining([
      { path: 'goals.0.text', key: 'required' },
      { path: 'fragilityOther', key: 'other_text_required' },
    ]));
    expect(errors.map((e) => e.path)).not.toContain('goals.1.text');
  });

  it('refuses an opening in the future and accepts a filled form', () => {
    const form = { ...newPathwayForm({ today: TODAY, siteId: 'barrito', caseManagerId: 'op-1' }), goals: [{ ...newGoal(), text: 'Nido' }] };
    expect(pathwayFormErrors(pathwayFieldsFromForm(form, 'person-1'), TODAY)).toEqual([]);
    expect(pathwayFormErrors(pathwayFieldsFromForm({ ...form, openedOn: '2026-03-11' }, 'person-1'), TODAY))
      .toEqual([{ path: 'openedOn', key: 'date_in_future' }]);
  });
});

describe('the intervention form', () => {
  it('proposes the area of the type until the operator chooses one', () => {
    let form = withType(newInterventionForm(TODAY), 'midwife');
    expect(form.area).toBe('mother_child_health');
    form = withType(form, 'accompaniment');
    expect(form.area).toBe('guidance_access');
    form = withArea(form, 'relational_social');
    form = withType(form, 'paediatrician');
    expect(form.area).toBe('relational_social');
  });

  it('needs a type and a date not in the future', () => {
    const form = { ...newInterventionForm(TODAY), date: '2026-03-12' };
    expect(interventionFormErrors(interventionFieldsFromForm(form), TODAY)).toEqual(expect.arrayContaining([
      { path: 'type', key: 'required' }, { path: 'date', key: 'date_in_future' },
    ]));
    const ok = withType({ ...newInterventionForm(TODAY), who: 'Ostetrica', followUpOn: '2026-04-01' }, 'midwife');
    expect(interventionFormErrors(interventionFieldsFromForm(ok), TODAY)).toEqual([]);
  });

  it('refuses a follow-up before the intervention’s date, on the follow-up field, with the type still missing', () => {
    const form = { ...newInterventionForm(TODAY), date: '2026-03-05', followUpOn: '2026-03-04' };
    expect(interventionFormErrors(interventionFieldsFromForm(form), TODAY)).toEqual(expect.arrayContaining([
      { path: 'type', key: 'required' }, { path: 'followUpOn', key: 'follow_up_before_intervention' },
    ]));
    const sameDay = withType({ ...form, followUpOn: '2026-03-05' }, 'midwife');
    expect(interventionFormErrors(interventionFieldsFromForm(sameDay), TODAY)).toEqual([]);
  });
});

describe('the closing form', () => {
  const pathway = { openedOn: '2026-01-05', goals: [{ id: 'g1', text: 'Nido', status: 'in_progress' as const }] };
  it('needs an outcome and a date between the opening and today', () => {
    const form = newCloseForm(pathway, TODAY);
    expect(closeFormErrors(form, pathway, TODAY)).toEqual([{ path: 'outcome', key: 'required' }]);
    expect(closeFormErrors({ ...form, outcome: 'ok', closedOn: '2026-01-01' }, pathway, TODAY)).toEqual([{ path: 'closedOn', key: 'closed_before_opened' }]);
    expect(closeFormErrors({ ...form, outcome: 'ok', closedOn: '2026-03-11' }, pathway, TODAY)).toEqual([{ path: 'closedOn', key: 'date_in_future' }]);
    expect(closeFormErrors({ ...form, outcome: 'ok' }, pathway, TODAY)).toEqual([]);
  });

  it('gives each goal its final status', () => {
    const form = { ...newCloseForm(pathway, TODAY), goalStatuses: { g1: 'reached' } };
    expect(finalGoals(pathway, form)).toEqual([{ id: 'g1', text: 'Nido', status: 'reached' }]);
  });

  it('asks for each grant not yet paid to be cancelled, beside that grant', () => {
    const form = { ...newCloseForm(pathway, TODAY), outcome: 'ok' };
    const open = [{ id: 'kit' }, { id: 'bills' }];
    expect(closeFormErrors(form, pathway, TODAY, open)).toEqual([{ path: 'grants.kit', key: 'required' }, { path: 'grants.bills', key: 'required' }]);
    const oneChosen = withCancelChoice(form, 'bills', true);
    expect(closeFormErrors(oneChosen, pathway, TODAY, open)).toEqual([{ path: 'grants.kit', key: 'required' }]);
    const both = withCancelChoice(oneChosen, 'kit', true);
    expect(both.cancelGrantIds).toEqual(['bills', 'kit']);
    expect(closeFormErrors(both, pathway, TODAY, open)).toEqual([]);
    expect(withCancelChoice(both, 'bills', false).cancelGrantIds).toEqual(['kit']);
    expect(withCancelChoice(withCancelChoice(both, 'kit', true), 'kit', true).cancelGrantIds).toEqual(['bills', 'kit']);
  });

  it('opens a draft of the older shape with no grant chosen yet', () => {
    const old = { closedOn: '2026-03-01', outcome: 'Concluso', goalStatuses: { g1: 'reached' } };
    expect(upgradeCloseDraft(1, old)).toEqual({ ...old, cancelGrantIds: [] });
    expect(upgradeCloseDraft(1, null)).toBeUndefined();
  });
});
