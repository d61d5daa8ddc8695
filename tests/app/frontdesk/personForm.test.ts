import { describe, expect, it } from 'vitest';
import {
  emptyPersonForm, personFieldsFromForm, personFormErrors, personFormFromQuery, personFormFromRecord, withoutUndefined,
  type PersonForm,
} from '../../../src/app/frontdesk/personForm.ts';
import { fieldsOf, person, withCheckLetter } from '../../domain/factories.ts';

const TODAY = '2026-03-10';
const OPERATOR = 'op-1';

function filled(overrides: Partial<PersonForm> = {}): PersonForm {
  return { ...emptyPersonForm(), firstName: 'Aïcha', lastName: 'Mohammed', sex: 'female', ...overrides };
}

const errorsOf = (form: PersonForm) =>
  Object.fromEntries(personFormErrors(personFieldsFromForm(form, OPERATOR), TODAY).map((e) => [e.path, e.key]));

describe('person form', () => {
  it('starts from what the search box held', () => {
    expect(personFormFromQuery('  Aïcha  Mohammed El  ')).toMatchObject({ firstName: 'Aïcha', lastName: 'Mohammed El' });
    expect(personFormFromQuery('Rosa')).toMatchObject({ firstName: 'Rosa', lastName: '' });
    expect(personFormFromQuery('+39 345 678')).toMatchObject({ phone: '+39 345 678', firstName: '' });
    expect(personFormFromQuery('frrgli90d52')).toMatchObject({ codiceFiscale: 'FRRGLI90D52', firstName: '' });
    expect(personFormFromQuery('')).toEqual(emptyPersonForm());
  });

  it('makes a valid record from a short form: name, sex, two children', () => {
    const form = filled({
      birthDate: '1990-05-04', countryOfBirth: 'MA', languages: ['ar', 'fr'],
      children: [{ id: 'c1', name: '', birthDate: '2024-01-02' }, { id: 'c2', name: 'Sara', birthDate: '2025-06-07' }],
      consentStatus: 'given', consentDate: TODAY,
    });
    const fields = personFieldsFromForm(form, OPERATOR);
    expect(personFormErrors(fields, TODAY)).toEqual([]);
    expect(fields.birthYear).toBeUndefined();
    expect(withoutUndefined(fields)).toMatchObject({
      birthDate: '1990-05-04',
      household: { pregnant: false, children: [{ id: 'c1', birthDate: '2024-01-02' }, { id: 'c2', name: 'Sara', birthDate: '2025-06-07' }] },
      consent: { status: 'given', date: TODAY, operatorId: OPERATOR },
    });
    expect(fields.household.children[0]).not.toHaveProperty('name');
  });

  it('keeps the due date only while pregnant', () => {
    expect(personFieldsFromForm(filled({ pregnant: false, dueDate: '2026-05-01' }), OPERATOR).household).not.toHaveProperty('dueDate');
    expect(personFieldsFromForm(filled({ pregnant: true, dueDate: '2026-05-01' }), OPERATOR).household.dueDate).toBe('2026-05-01');
  });

  it('names what is missing or wrong, per field', () => {
    expect(errorsOf({ ...emptyPersonForm() })).toMatchObject({ firstName: 'required', lastName: 'required', sex: 'required' });
    expect(errorsOf(filled({ birthDate: '2027-01-01' }))).toEqual({ birthDate: 'date_in_future' });
    expect(errorsOf(filled({ codiceFiscale: 'RSSMRA80A01L219X' }))).toEqual({ codiceFiscale: 'cf_checksum' });
    expect(errorsOf(filled({ codiceFiscale: 'RSSMRA80' }))).toEqual({ codiceFiscale: 'cf_length' });
    expect(errorsOf(filled({ phone: '12ab' }))).toEqual({ phone: 'phone_invalid' });
    expect(errorsOf(filled({ birthYear: 'abc' }))).toEqual({ birthYear: 'birth_year_range' });
    expect(errorsOf(filled({ birthYear: '1850' }))).toEqual({ birthYear: 'birth_year_range' });
    expect(errorsOf(filled({ birthDate: '1990-01-01', birthYear: '1991' }))).toEqual({ birthYear: 'birth_year_mismatch' });
    expect(errorsOf(filled({ pregnant: true, dueDate: '2026-01-01' }))).toEqual({ 'household.dueDate': 'due_date_too_old' });
    expect(errorsOf(filled({ children: [{ id: 'c1', name: '', birthDate: '2027-01-01' }] })))
      .toEqual({ 'household.children.0.birthDate': 'date_in_future' });
  });

  it('accepts a valid codice fiscale however it is typed', () => {
    const cf = withCheckLetter('FRRGLI90D52L219');
    const fields = personFieldsFromForm(filled({ codiceFiscale: ` ${cf.slice(0, 8).toLowerCase()} ${cf.slice(8)} ` }), OPERATOR);
    expect(fields.codiceFiscale).toBe(cf);
    expect(personFormErrors(fields, TODAY)).toEqual([]);
  });

  it('gives back the same record after a round trip through the form', () => {
    for (const variant of ['nigerian', 'peruvian', 'moroccan', 'italian'] as const) {
      const record = person(variant);
      const fields = personFieldsFromForm(personFormFromRecord(record), OPERATOR, record);
      expect(withoutUndefined({ ...fields, household: { ...fields.household } })).toEqual(
        withoutUndefined({ ...fieldsOf(record), formVersion: record.formVersion ?? 1 }),
      );
    }
  });
});
