import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../src/forms/types.ts';
import { withoutUndefined } from '../../src/domain/equality.ts';
import {
  applyValues, isShown, recordValue, setPath, valuesFromRecord,
} from '../../src/forms/values.ts';

const fields: FieldDef[] = [
  { id: 'firstName', type: 'text' },
  { id: 'birthYear', type: 'year' },
  { id: 'codiceFiscale', type: 'codiceFiscale' },
  { id: 'household.pregnant', type: 'boolean' },
  { id: 'household.dueDate', type: 'date', showIf: { field: 'household.pregnant', equals: true } },
  { id: 'household.children', type: 'children' },
  { id: 'languages', type: 'multiChoice', vocabulary: 'languages' },
];

describe('form values', () => {
  it('write answers at nested record paths, as stored types', () => {
    const record = applyValues({}, fields, {
      firstName: '  Amina ', birthYear: '1993', codiceFiscale: 'kfr mna 93d42 z335x', 'household.pregnant': true,
      'household.dueDate': '2026-09-01', 'household.children': [{ id: 'c1', birthDate: '2024-01-05', sex: '', name: '' }], languages: ['pcm'],
    });
    expect(withoutUndefined(record)).toEqual({
      firstName: 'Amina',
      birthYear: 1993,
      codiceFiscale: 'KFRMNA93D42Z335X',
      household: { pregnant: true, dueDate: '2026-09-01', children: [{ id: 'c1', birthDate: '2024-01-05' }] },
      languages: ['pcm'],
    });
  });

  it('clear the answer of a question that is no longer asked', () => {
    const values = { 'household.pregnant': false, 'household.dueDate': '2026-09-01' };
    expect(isShown(fields[4]!, fields, values)).toBe(false);
    const record = applyValues({ household: { pregnant: true, dueDate: '2026-09-01', children: [] } }, fields, values);
    expect(withoutUndefined(record).household).toEqual({ pregnant: false, children: [] });
  });

  it('a year that is not a number stays visible to validation as NaN', () => {
    expect(recordValue(fields[1]!, '19x3')).toBeNaN();
    expect(recordValue(fields[1]!, '')).toBeUndefined();
  });

  it('read a record back into the same answers', () => {
    const record = { firstName: 'Rosa', birthYear: 1988, household: { pregnant: false, children: [{ id: 'k', name: 'Luz', birthDate: '2023-03-03' }] }, languages: ['es', 'qu'] };
    const values = valuesFromRecord(fields, record);
    expect(values).toMatchObject({ firstName: 'Rosa', birthYear: '1988', 'household.pregnant': false, languages: ['es', 'qu'] });
    // A child's name, which the form does not ask, survives a round trip.
    expect(withoutUndefined(applyValues(record, fields, values))).toEqual(record);
  });

  it('an object stored in a text field reads as no answer, never "[object Object]"', () => {
    expect(valuesFromRecord(fields, { firstName: { given: 'Rosa' }, birthYear: [1988] })).toMatchObject({ firstName: '', birthYear: '' });
  });

  it('setPath does not touch the record it is given', () => {
    const before = { household: { pregnant: false } };
    const after = setPath(before, 'household.pregnant', true);
    expect(before.household.pregnant).toBe(false);
    expect(after.household.pregnant).toBe(true);
  });
});
