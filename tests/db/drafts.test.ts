import { describe, expect, it } from 'vitest';
import { deleteDraft, readDraft, writeDraft, type DraftUpgrade } from '../../src/db/drafts.ts';
import { testDevice } from './helpers.ts';

const AT = '2026-03-10T09:30:00.000Z';

describe('drafts on the device', () => {
  it('keeps a draft across a restart, with when it was written', async () => {
    const device = testDevice();
    await writeDraft(device.db, 'desk.register', 2, { firstName: 'Amina' }, AT);
    device.db.close();
    const again = device.reopen();
    expect(await readDraft(again, 'desk.register', 2)).toEqual({ form: { firstName: 'Amina' }, savedAt: AT });
    again.close();
  });

  it('has none under a key never written, and none once deleted', async () => {
    const { db } = testDevice();
    expect(await readDraft(db, 'desk.visit.p1', 1)).toBeUndefined();
    await writeDraft(db, 'desk.visit.p1', 1, { note: 'x' }, AT);
    await writeDraft(db, 'desk.visit.p2', 1, { note: 'y' }, AT);
    await deleteDraft(db, 'desk.visit.p1');
    expect(await readDraft(db, 'desk.visit.p1', 1)).toBeUndefined();
    expect((await readDraft(db, 'desk.visit.p2', 1))?.form).toEqual({ note: 'y' });
    // Deleting what is not there (a second discard) is not an error.
    await expect(deleteDraft(db, 'desk.visit.p1')).resolves.toBeUndefined();
  });

  it('a later write replaces the earlier one', async () => {
    const { db } = testDevice();
    await writeDraft(db, 'k', 1, { n: 1 }, AT);
    await writeDraft(db, 'k', 1, { n: 2 }, '2026-03-10T09:31:00.000Z');
    expect(await readDraft(db, 'k', 1)).toEqual({ form: { n: 2 }, savedAt: '2026-03-10T09:31:00.000Z' });
  });

  it.each([
    ['the same shape is read as it is', 2, undefined, { name: 'old' }],
    ['an older shape without a converter is dropped', 1, undefined, undefined],
    ['an older shape is converted', 1, ((shape, form) => (shape === 1 ? { name: `${(form as { n: string }).n}!` } : undefined)) as DraftUpgrade<{ name: string }>, { name: 'old!' }],
    ['an older shape the converter refuses is dropped', 1, (() => undefined) as DraftUpgrade<{ name: string }>, undefined],
  ])('%s', async (_, storedShape, upgrade, expected) => {
    const { db } = testDevice();
    await writeDraft(db, 'k', storedShape, storedShape === 2 ? { name: 'old' } : { n: 'old' }, AT);
    const read = await readDraft(db, 'k', 2, upgrade);
    expect(read?.form).toEqual(expected);
    if (expected) expect(read?.savedAt).toBe(AT);
  });
});
