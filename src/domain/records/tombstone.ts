import { ENVELOPE_FIELDS } from './envelope.ts';

/**
 * What a deleted record keeps (docs/architecture.md, "Data protection"): its envelope — id,
 * site, version, times, author, the flag — and nothing of what it said, so a tombstone that
 * every device of the site pulls carries nothing that identifies a person. A deleted record
 * counts in no figure, so the figures need nothing more.
 */
export function tombstoneOf(record: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const field of ENVELOPE_FIELDS) if (record[field] !== undefined) kept[field] = record[field];
  return { ...kept, deleted: true };
}
