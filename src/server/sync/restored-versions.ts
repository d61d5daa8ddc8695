import type { RecordsTx } from '../storage/records.ts';

/**
 * After a restore the database is back at the snapshot's version counter, but devices may hold
 * cursors the lost timeline handed out after it. The restore moves the counter this far ahead
 * and remembers the skipped range: a cursor inside it, or above the counter, can only come from
 * the lost timeline, so its pull answers `reset` (docs/architecture.md, "Sync") and the device
 * pulls everything again instead of skipping the records written since the restore. Versions
 * stay increasing, so an edit based on a lost version still meets the conflict check.
 */
export const RESTORE_VERSION_GAP = 1_000_000_000;
const RANGES_KEY = 'restored_versions';

type Range = [after: number, upTo: number];

async function readRanges(tx: RecordsTx): Promise<Range[]> {
  const stored = await tx.getMeta(RANGES_KEY);
  return stored === undefined ? [] : (JSON.parse(stored) as Range[]);
}

async function readCounter(tx: RecordsTx): Promise<number> {
  const value = await tx.getMeta('version_counter');
  if (value === undefined) throw new Error('meta.version_counter is missing: the database has not been migrated.');
  return Number(value);
}

/** Called once on a freshly restored database; returns the versions no device may hold a cursor in. */
export async function markRestored(tx: RecordsTx): Promise<{ after: number; upTo: number }> {
  const after = await readCounter(tx);
  const upTo = after + RESTORE_VERSION_GAP;
  await tx.setMeta(RANGES_KEY, JSON.stringify([...(await readRanges(tx)), [after, upTo] satisfies Range]));
  await tx.setMeta('version_counter', String(upTo));
  return { after, upTo };
}

/** Whether a device's cursor comes from a timeline this database does not hold. */
export async function isForeignCursor(tx: RecordsTx, cursor: number): Promise<boolean> {
  if (cursor > (await readCounter(tx))) return true;
  return (await readRanges(tx)).some(([after, upTo]) => cursor > after && cursor <= upTo);
}
