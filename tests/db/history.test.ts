import { describe, expect, it } from 'vitest';
import { createWithHistory, diff, historyOf, updateWithHistory } from '../../src/db/history.ts';
import { RecordValidationError } from '../../src/db/repository.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { author, testDevice } from './helpers.ts';

describe('edit history', () => {
  it('remembers who registered a person and who changed which fields, from what to what', async () => {
    const { db } = testDevice();
    const chiara = author();
    const paola = author();
    const p = await createWithHistory(db, chiara, 'people', fieldsOf(person('nigerian')));
    await updateWithHistory(db, paola, 'people', p.id, { phone: '+39 333 000 1111', employment: 'employed' });

    const history = await historyOf(db, 'people', p.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ kind: 'created', operatorId: chiara.operatorId, changes: [] });
    expect(history[1]).toMatchObject({ kind: 'updated', operatorId: paola.operatorId });
    expect(history[1]!.changes).toEqual([
      { field: 'phone', from: '+39 345 678 9012', to: '+39 333 000 1111' },
      { field: 'employment', from: 'unemployed', to: 'employed' },
    ]);
    // The record and its outbox row were written as usual.
    expect(await db.outbox.where('[table+recordId]').equals(['people', p.id]).count()).toBe(2);
  });

  it('adds nothing when an edit changes nothing, and nothing when the edit is refused', async () => {
    const { db } = testDevice();
    const who = author();
    const p = await createWithHistory(db, who, 'people', fieldsOf(person('peruvian')));
    await updateWithHistory(db, who, 'people', p.id, { phone: p.phone });
    await expect(updateWithHistory(db, who, 'people', p.id, { codiceFiscale: 'RSSMRA80A01L219X' })).rejects.toBeInstanceOf(RecordValidationError);

    expect(await historyOf(db, 'people', p.id)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('records a cleared field as going to undefined', () => {
    expect(diff({ id: 'a', phone: '123456', note: 'x', updatedAt: 'then' }, { id: 'a', note: 'x', updatedAt: 'now' }))
      .toEqual([{ field: 'phone', from: '123456', to: undefined }]);
  });
});
