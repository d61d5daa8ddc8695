import { envelopeShape, type Envelope } from './common.ts';
import type { RecordOf, TableName } from './index.ts';

/**
 * The envelope's fields by who may set them (the schema is `envelopeShape` in ./common.ts;
 * docs/architecture.md, "Sync"). Everything else in a record is its fields: what a form edits.
 */
export const ENVELOPE_FIELDS = Object.keys(envelopeShape) as (keyof Envelope)[];

/**
 * The envelope fields the server owns: a device never sets them through a mutation's changes,
 * so they carry no field version. Only the tombstone flag `deleted` is a device's to set.
 */
export const SERVER_OWNED_FIELDS: ReadonlySet<string> = new Set<string>(ENVELOPE_FIELDS.filter((f) => f !== 'deleted'));

const ENVELOPE = new Set<string>(ENVELOPE_FIELDS);

export function isEnvelopeField(name: string): boolean {
  return ENVELOPE.has(name);
}

/** The fields of a record without its envelope. */
export type Fields<T extends TableName> = Omit<RecordOf<T>, keyof Envelope>;

export function withoutEnvelope<R extends Envelope>(record: R): Omit<R, keyof Envelope> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !ENVELOPE.has(k))) as Omit<R, keyof Envelope>;
}

/** A stand-in envelope so a record schema can check a form's fields before anything is written. */
export const PLACEHOLDER_ENVELOPE: Envelope = {
  id: 'placeholder', siteId: 'placeholder', version: 0, createdAt: '2000-01-01T00:00:00Z',
  updatedAt: '2000-01-01T00:00:00Z', updatedBy: 'placeholder', deleted: false,
};
