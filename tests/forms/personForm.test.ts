import { describe, expect, it } from 'vitest';
import {
  freshPersonAnswers, personAnswerErrors, personAnswersFromOldDraft, personAnswersFromQuery, personFromAnswers, withAnswer,
} from '../../src/forms/personForm.ts';
import { withoutUndefined } from '../../src/domain/equality.ts';
import { validationMessages } from '../../src/domain/messages.ts';
import type { Person } from '../../src/domain/records/person.ts';
import { registrationForm } from '../../src/forms/definitions/registration.ts';
import { currentVersion } from '../../src/forms/types.ts';
import type { FormValues } from '../../src/forms/values.ts';
import { fieldsOf, person, withCheckLetter } from '../domain/factories.ts';

const TODAY = '2026-03-10';
const OPERATOR = 'op-1';
const desk = { operatorId: OPERATOR, language: 'it' };

function filled(overrides: FormValues = {}): FormValues {
  return { ...freshPersonAnswers(TODAY, { desk: true }), firstName: 'Aïcha', lastName: 'Mohammed', sex: 'female', ...overrides };
}

const errorsOf = (values: FormValues) =>
  Object.fromEntries(personAnswerErrors(values, personFromAnswers(values, desk), TODAY).map((e) => [e.path, e.key]));

describe('person form at the desk', () => {
  it('starts from what the search box held', () => {
    expect(personAnswersFromQuery('  Aïcha  Mohammed El  ', TODAY)).toMatchObject({ firstName: 'Aïcha', lastName: 'Mohammed El' });
    expect(personAnswersFromQuery('Rosa', TODAY)).toMatchObject({ firstName: 'Rosa', lastName: '' });
    expect(personAnswersFromQuery('+39 345 678', TODAY)).toMatchObject({ phone: '+39 345 678', firstName: '' });
    expect(personAnswersFromQuery('frrgli90d52', TODAY)).toMatchObject({ codiceFiscale: 'FRRGLI90D52', firstName: '' });
    expect(personAnswersFromQuery('00212 612 345 678', TODAY)).toMatchObject({ phone: '00212 612 345 678', firstName: '' });
    // Six letters and two omocodia letters, no digit: a name, not the start of a code.
    expect(personAnswersFromQuery('el idrissi', TODAY)).toMatchObject({ firstName: 'el', lastName: 'idrissi', codiceFiscale: '' });
    expect(personAnswersFromQuery('', TODAY)).toEqual(freshPersonAnswers(TODAY, { desk: true }));
  });

  it('starts the situation at "unknown" and consent at "not yet", so name, sex and Save register her', () => {
    const values = filled();
    expect(values).toMatchObject({ knownToSocialServices: 'unknown', receivesAdi: 'unknown', employment: 'unknown', 'consent.status': 'not_yet' });
    expect(errorsOf(values)).toEqual({});
    // A mediated intake asks her instead: nothing is pre-answered.
    expect(freshPersonAnswers(TODAY)).toMatchObject({ knownToSocialServices: '', 'consent.status': '' });
  });

  it('makes a valid record: two children, one named, and a consent with the notice shown at the desk', () => {
    const values = filled({
      birthDate: '1990-05-04', countryOfBirth: 'MA', languages: ['ar', 'fr'], note: ' Chiede del nido ',
      'household.children': [
        { id: 'c1', name: '', birthDate: '2024-01-02', sex: '' },
        { id: 'c2', name: 'Sara', birthDate: '2025-06-07', sex: 'female' },
      ],
      'consent.status': 'given',
    });
    const fields = personFromAnswers(values, desk);
    expect(personAnswerErrors(values, fields, TODAY)).toEqual([]);
    expect(fields.birthYear).toBeUndefined();
    expect(withoutUndefined(fields)).toMatchObject({
      birthDate: '1990-05-04',
      note: 'Chiede del nido',
      household: { pregnant: false, children: [{ id: 'c1', birthDate: '2024-01-02' }, { id: 'c2', name: 'Sara', birthDate: '2025-06-07', sex: 'female' }] },
      consent: { status: 'given', date: TODAY, operatorId: OPERATOR, noticeVersion: 1, language: 'it' },
      formVersion: currentVersion(registrationForm).version,
    });
    expect(fields.household.children[0]).not.toHaveProperty('name');
  });

  it('fills an empty citizenship with the country of birth, and leaves a chosen one alone', () => {
    const once = withAnswer(filled(), 'countryOfBirth', 'NG');
    expect(once).toMatchObject({ countryOfBirth: 'NG', citizenship: 'NG' });
    expect(withAnswer({ ...once, citizenship: 'IT' }, 'countryOfBirth', 'GH')).toMatchObject({ countryOfBirth: 'GH', citizenship: 'IT' });
  });

  it('keeps the due date only while pregnant', () => {
    const due = { 'household.dueDate': '2026-05-01' };
    expect(personFromAnswers(filled({ ...due, 'household.pregnant': false }), desk).household).not.toHaveProperty('dueDate');
    expect(personFromAnswers(filled({ ...due, 'household.pregnant': true }), desk).household.dueDate).toBe('2026-05-01');
  });

  it('names what is missing or wrong, per field', () => {
    expect(errorsOf(freshPersonAnswers(TODAY, { desk: true }))).toMatchObject({ firstName: 'required', lastName: 'required', sex: 'required' });
    expect(errorsOf(filled({ birthDate: '2027-01-01' }))).toEqual({ birthDate: 'date_in_future' });
    expect(errorsOf(filled({ codiceFiscale: 'RSSMRA80A01L219X' }))).toEqual({ codiceFiscale: 'cf_checksum' });
    expect(errorsOf(filled({ codiceFiscale: 'RSSMRA80' }))).toEqual({ codiceFiscale: 'cf_length' });
    expect(errorsOf(filled({ phone: '12ab' }))).toEqual({ phone: 'phone_invalid' });
    expect(errorsOf(filled({ birthYear: 'abc' }))).toEqual({ birthYear: 'birth_year_range' });
    expect(errorsOf(filled({ birthYear: '1850' }))).toEqual({ birthYear: 'birth_year_range' });
    expect(errorsOf(filled({ birthDate: '1990-01-01', birthYear: '1991' }))).toEqual({ birthYear: 'birth_year_mismatch' });
    expect(errorsOf(filled({ 'household.pregnant': true, 'household.dueDate': '2026-01-01' }))).toEqual({ 'household.dueDate': 'due_date_too_old' });
    expect(errorsOf(filled({ 'household.children': [{ id: 'c1', name: '', sex: '', birthDate: '2027-01-01' }] })))
      .toEqual({ 'household.children.0.birthDate': 'date_in_future' });
  });

  it('refuses text the server could not store (a lone surrogate, a NUL) with its own translated message', () => {
    expect(errorsOf(filled({ firstName: 'Aïcha\ud800' }))).toEqual({ firstName: 'unstorable_text' });
    expect(errorsOf(filled({ note: 'nota\u0000' }))).toEqual({ note: 'unstorable_text' });
    expect(errorsOf(filled({ 'household.children': [{ id: 'c1', name: '\udc00Sara', sex: '', birthDate: '' }] })))
      .toEqual({ 'household.children.0.name': 'unstorable_text' });
    expect(errorsOf(filled({ firstName: 'Aïcha 👩🏾' }))).toEqual({});
    expect(validationMessages.unstorable_text).toEqual({ it: expect.stringMatching(/\S/), en: 'The text contains characters that cannot be stored' });
  });

  it('accepts a valid codice fiscale however it is typed', () => {
    const cf = withCheckLetter('FRRGLI90D52L219');
    const values = filled({ codiceFiscale: ` ${cf.slice(0, 8).toLowerCase()} ${cf.slice(8)} ` });
    const fields = personFromAnswers(values, desk);
    expect(fields.codiceFiscale).toBe(cf);
    expect(personAnswerErrors(values, fields, TODAY)).toEqual([]);
  });

  it('gives back the same record after a round trip through the forms, a consent on record kept as it was', () => {
    for (const variant of ['nigerian', 'peruvian', 'moroccan', 'italian'] as const) {
      const record = person(variant);
      const fields = personFromAnswers(freshPersonAnswers(TODAY, { base: record }), { operatorId: 'someone-else', language: 'it', base: record });
      expect(withoutUndefined({ ...fields })).toEqual(
        withoutUndefined({ ...fieldsOf(record), formVersion: currentVersion(registrationForm).version }),
      );
    }
  });

  it('turns a draft of the earlier hand-drawn form into answers, keeping every answer and a child\'s sex on record', () => {
    const base: Person = { ...person('nigerian'), household: { pregnant: false, children: [{ id: 'c1', sex: 'male', birthDate: '2022-02-02' }] } };
    const old = {
      firstName: 'Blessing', lastName: 'Okafor', sex: 'female', birthDate: '', birthYear: '1994', countryOfBirth: 'NG', citizenship: 'NG',
      languages: ['pcm'], phone: '333', codiceFiscale: '', pregnant: true, dueDate: '2026-06-01',
      children: [{ id: 'c1', name: 'Chidi', birthDate: '2022-02-02' }], knownToSocialServices: 'no', receivesAdi: 'unknown',
      employment: 'unemployed', consentStatus: 'given', consentDate: '2026-03-01', note: 'ok',
    };
    expect(personAnswersFromOldDraft(old, TODAY, base)).toMatchObject({
      firstName: 'Blessing', birthYear: '1994', languages: ['pcm'], 'household.pregnant': true, 'household.dueDate': '2026-06-01',
      'household.children': [{ id: 'c1', name: 'Chidi', birthDate: '2022-02-02', sex: 'male' }], knownToSocialServices: 'no',
      'consent.status': 'given', 'consent.date': '2026-03-01', note: 'ok',
    });
  });
});
