import { DEFAULT_HOUSEHOLD_CAP_CENTS } from '../../domain/grants/grantRules.ts';
import type { Change } from '../../domain/policy/changePolicy.ts';
import { type Grant, householdCapSettingId, isTableName, type Pathway, type TableName } from '../../domain/records/index.ts';
import type { Mutation } from '../../domain/sync/protocol.ts';
import type { RecordKey, RecordsTx } from '../storage/records.ts';
import type { RecordBatch } from './record-batch.ts';

/**
 * What the rules look at beside the record a mutation touches (docs/architecture.md, "A server
 * push"): a grant's pathway, the cap of its site and its household's grants on every site; the
 * record a conflict is about. Read for the whole batch at once, into the batch, so a mutation
 * sees the writes of the ones before it — two grants in one batch both count against the cap.
 */
export async function loadChangeContext(tx: RecordsTx, records: RecordBatch, mutations: readonly Mutation[]): Promise<void> {
  const keys: RecordKey[] = [];
  const households = new Set<string>();
  for (const m of mutations) {
    const stored = records.get(m.table, m.recordId)?.data;
    if (m.table === 'grants') {
      const pathwayId = text(stored?.pathwayId ?? m.changes.pathwayId);
      const siteId = text(stored?.siteId ?? m.changes.siteId);
      const householdId = text(stored?.householdId ?? m.changes.householdId);
      if (pathwayId) keys.push({ table: 'pathways', id: pathwayId });
      if (siteId) keys.push({ table: 'settings', id: householdCapSettingId(siteId) });
      if (householdId) households.add(householdId);
    } else if (m.table === 'conflicts' && stored) {
      const table = text(stored.table);
      const id = text(stored.recordId);
      if (table && isTableName(table) && id) keys.push({ table, id });
    }
  }
  await records.include(keys);
  if (households.size > 0) records.hold(await tx.getHouseholdGrants([...households]));
}

/** The context of one change, from what loadChangeContext read and the batch wrote since. */
export function changeContextOf(records: RecordBatch, table: TableName, before: Record<string, unknown> | undefined, after: Record<string, unknown>): Pick<Change, 'grant' | 'conflictRecord'> {
  if (table === 'grants') {
    const grant = after as Grant;
    const pathway = records.get('pathways', grant.pathwayId);
    const setting = records.get('settings', householdCapSettingId(grant.siteId));
    return {
      grant: {
        pathway: pathway && !pathway.deleted ? (pathway.data as Pathway) : undefined,
        capCents: setting && !setting.deleted ? Number(setting.data.valueCents) : DEFAULT_HOUSEHOLD_CAP_CENTS,
        householdGrants: records.rowsOf('grants').map((row) => row.data as Grant).filter((g) => g.householdId === grant.householdId),
      },
    };
  }
  if (table === 'conflicts' && before) {
    const about = text(before.table);
    const row = about && isTableName(about) ? records.get(about, text(before.recordId) ?? '') : undefined;
    return row ? { conflictRecord: row.data } : {};
  }
  return {};
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
