import { describe, expect, it } from 'vitest';
import {
  ENVELOPE_FIELDS, envelopeShape, isEnvelopeField, PLACEHOLDER_ENVELOPE, recordSchemas, SERVER_OWNED_FIELDS, TABLE_NAMES,
  withoutEnvelope,
} from '../../../src/domain/records/index.ts';

describe('the record envelope', () => {
  it('lists the fields every synced record carries', () => {
    expect([...ENVELOPE_FIELDS].sort()).toEqual(['createdAt', 'deleted', 'id', 'siteId', 'updatedAt', 'updatedBy', 'version']);
    expect(ENVELOPE_FIELDS).toEqual(Object.keys(envelopeShape));
  });

  it.each(TABLE_NAMES)('every field of the envelope is in the %s schema', (table) => {
    const shape = recordSchemas[table].def.shape as Record<string, unknown>;
    for (const field of ENVELOPE_FIELDS) expect(shape[field], field).toBe(envelopeShape[field]);
  });

  it.each<[field: string, envelope: boolean, serverOwned: boolean]>([
    ['id', true, true],
    ['siteId', true, true],
    ['version', true, true],
    ['createdAt', true, true],
    ['updatedAt', true, true],
    ['updatedBy', true, true],
    // A device sets the tombstone flag (a delete), so it carries a field version.
    ['deleted', true, false],
    ['firstName', false, false],
    ['household', false, false],
    ['searchKeys', false, false],
  ])('%s: envelope %s, owned by the server %s', (field, envelope, serverOwned) => {
    expect(isEnvelopeField(field)).toBe(envelope);
    expect(SERVER_OWNED_FIELDS.has(field)).toBe(serverOwned);
  });

  it('takes the envelope off a record and leaves its fields', () => {
    const record = { ...PLACEHOLDER_ENVELOPE, firstName: 'Amina', household: { pregnant: false, children: [] } };
    expect(withoutEnvelope(record)).toStrictEqual({ firstName: 'Amina', household: { pregnant: false, children: [] } });
  });

  it('has a placeholder that the schemas accept as an envelope', () => {
    const site = recordSchemas.sites.safeParse({ ...PLACEHOLDER_ENVELOPE, name: 'Sportello', active: true });
    expect(site.success).toBe(true);
  });
});
