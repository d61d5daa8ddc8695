import { afterEach, describe, expect, it } from 'vitest';
import { createWithHistory, updateWithHistory } from '../../../src/db/history.ts';
import { getRecord } from '../../../src/db/repository.ts';
import type { SportelloDb } from '../../../src/db/database.ts';
import { addDays, localDate } from '../../../src/domain/dates.ts';
import { personSchema } from '../../../src/domain/records/person.ts';
import { FORM_CATALOGUES } from '../../../src/forms/catalogues.ts';
import { withoutUndefined } from '../../../src/domain/equality.ts';
import type { FormValues } from '../../../src/forms/values.ts';
import {
  errorsOfForm, firstFormWithErrors, freshPersonAnswers, PERSON_FORMS as INTAKE_FORMS, personAnswerErrors as intakeErrors,
  personFromAnswers as personFromIntake,
} from '../../../src/forms/personForm';
import { fieldsOf, person } from '../../domain/factories.ts';
import { author, testDevice } from '../../db/helpers.ts';

const today = localDate();

function answered(): FormValues {
  return {
    ...freshPersonAnswers(today),
    firstName: 'Blessing',
    lastName: 'Okafor',
    sex: 'female',
    birthYear: '1994',
    countryOfBirth: 'NG',
    languages: ['pcm', 'en'],
    phone: '+39 333 444 5566',
    knownToSocialServices: 'no',
    receivesAdi: 'unknown',
    employment: 'unemployed',
    'household.pregnant': true,
    'household.dueDate': addDays(today, 60),
    'household.children': [{ id: '0190a5c4-0000-7000-8000-000000000001', birthDate: '2023-02-11', sex: 'male', name: '' }],
    'consent.status': 'given',
  };
}

const open: SportelloDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('the mediated registration', () => {
  it('makes a valid person with the form version and a consent that names notice version, language, day and operator', () => {
    const who = author();
    const fields = personFromIntake(answered(), { operatorId: who.operatorId, language: 'ar' });
    expect(intakeErrors(answered(), fields, today)).toEqual([]);
    expect(fields.formVersion).toBe(2);
    expect(fields.consent).toEqual({
      status: 'given', date: today, noticeVersion: FORM_CATALOGUES.ar!.notice.version, language: 'ar', operatorId: who.operatorId,
    });
    expect(fields.household).toEqual({
      pregnant: true, dueDate: addDays(today, 60), children: [{ id: '0190a5c4-0000-7000-8000-000000000001', birthDate: '2023-02-11', sex: 'male' }],
    });
    const parsed = personSchema.safeParse({ ...withoutUndefined(fields), id: 'p1', siteId: 's', version: 0, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', updatedBy: 'o', deleted: false });
    expect(parsed.success).toBe(true);
  });

  it('the record is the same whatever language the questions were shown in, but the consent language', () => {
    const operatorId = author().operatorId;
    const inArabic = personFromIntake(answered(), { operatorId, language: 'ar' });
    const inItalian = personFromIntake(answered(), { operatorId, language: 'it' });
    expect({ ...inArabic, consent: { ...inArabic.consent, language: undefined } }).toEqual({ ...inItalian, consent: { ...inItalian.consent, language: undefined } });
    expect(inArabic.consent.language).toBe('ar');
  });

  it('without consent, records "not yet" and nothing about a notice', () => {
    const values = { ...answered(), 'consent.status': 'not_yet' };
    expect(personFromIntake(values, { operatorId: author().operatorId, language: 'es' }).consent).toEqual({ status: 'not_yet' });
  });

  it('reports unanswered required questions on their own form, and entry-time checks too', () => {
    const values = { ...freshPersonAnswers(today), firstName: 'Rosa', 'household.pregnant': true, 'household.dueDate': addDays(today, -90) };
    const errors = intakeErrors(values, personFromIntake(values, { operatorId: author().operatorId, language: 'es' }), today);
    const [registration, household, consent] = INTAKE_FORMS;
    expect(errorsOfForm(errors, registration!).map((e) => e.path)).toEqual(
      expect.arrayContaining(['lastName', 'sex', 'knownToSocialServices', 'receivesAdi', 'employment']),
    );
    expect(errorsOfForm(errors, household!)).toEqual([{ path: 'household.dueDate', key: 'due_date_too_old' }]);
    expect(errorsOfForm(errors, consent!)).toEqual([{ path: 'consent.status', key: 'required' }]);
    expect(firstFormWithErrors(errors)).toBe(0);
  });

  it('a birth year that is not a number, or disagrees with the birth date, is explained', () => {
    const values = { ...answered(), birthYear: '19x4' };
    expect(intakeErrors(values, personFromIntake(values, { operatorId: author().operatorId, language: 'it' }), today))
      .toContainEqual({ path: 'birthYear', key: 'birth_year_range' });
    const mismatch = { ...answered(), birthDate: '1990-01-01', birthYear: '1994' };
    expect(intakeErrors(mismatch, personFromIntake(mismatch, { operatorId: author().operatorId, language: 'it' }), today))
      .toContainEqual({ path: 'birthYear', key: 'birth_year_mismatch' });
  });

  it('saves through the repository, and updating an existing person keeps what the forms do not ask', async () => {
    const device = testDevice();
    open.push(device.db);
    const who = author();
    const created = await createWithHistory(device.db, who, 'people', withoutUndefined(personFromIntake(answered(), { operatorId: who.operatorId, language: 'pcm' })));
    expect(created.consent.language).toBe('pcm');
    expect(await device.db.outbox.count()).toBe(1);

    // An existing person, registered at the desk, completes her details with a mediator.
    const amina = await createWithHistory(device.db, who, 'people', { ...fieldsOf(person('nigerian')), consent: { status: 'not_yet' } });
    const values = { ...freshPersonAnswers(today, { base: amina }), employment: 'irregular', 'household.dueDate': addDays(today, 30), 'consent.status': 'given' };
    const fields = personFromIntake(values, { operatorId: who.operatorId, language: 'en', base: amina, noticeShown: true });
    expect(intakeErrors(values, fields, today)).toEqual([]);
    const updated = await updateWithHistory(device.db, who, 'people', amina.id, fields);
    expect(updated.employment).toBe('irregular');
    expect(updated.note).toBe(amina.note);
    expect(updated.household.children[0]!.name).toBe('Chidera');
    expect(updated.consent).toMatchObject({ status: 'given', language: 'en', noticeVersion: 1, operatorId: who.operatorId });
    expect(await getRecord(device.db, 'people', amina.id)).toEqual(updated);
  });

  it('an earlier consent given on the same notice in the same language is kept as it was', () => {
    const base = person('nigerian'); // consent given in English, notice version 1
    const values = freshPersonAnswers(today, { base });
    const fields = personFromIntake(values, { operatorId: 'someone-else', language: 'en', base, noticeShown: true });
    expect(fields.consent).toEqual(base.consent);
  });
});
