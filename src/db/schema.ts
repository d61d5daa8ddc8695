/**
 * The device database's schema, one entry per version. Never edit a shipped version: add a
 * new one (with an upgrade function when existing rows must change), so a tablet that was
 * offline for months opens its old data with the new app.
 */
import { personLocalFields, type LocalRow } from './localFields.ts';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

const VERSION_1_STORES: Record<string, string | null> = {
  sites: 'id',
  operators: 'id',
  people: 'id, *searchKeys, phoneKey, cfKey, updatedAt',
  visits: 'id, personId, [siteId+date], [personId+date]',
  pathways: 'id, personId, caseManagerId, [siteId+status]',
  interventions: 'id, pathwayId, personId, followUpOn',
  grants: 'id, pathwayId, householdId, status',
  mediations: 'id, [mediatorId+date], personId, pathwayId, date',
  events: 'id, [siteId+date]',
  trainings: 'id, date',
  attachments: 'id, ownerId',
  conflicts: 'id, [table+recordId], status',
  // A mediator's confirmations and proposed corrections of the forms' translations.
  translationCorrections: 'id, language',
  // Per-site settings a coordinator changes (id `household-cap-<siteId>`…): read by id.
  settings: 'id',
  attachmentBlobs: 'id',
  outbox: '++seq, [table+recordId], rejected.at',
  meta: 'key',
  // Forms in progress, kept across reloads so nothing typed is lost.
  drafts: 'key',
};

// Phone search finds foreign numbers and the last digits: a multi-entry index of several keys
// a number (src/domain/search/contactKeys.ts) instead of one.
const VERSION_3_STORES: Record<string, string | null> = {
  ...VERSION_1_STORES,
  people: 'id, *searchKeys, *phoneKeys, cfKey, updatedAt',
};

const VERSION_4_STORES: Record<string, string | null> = {
  ...VERSION_3_STORES,
  // Person pages opened here, until the server records them (auditViews.ts); sent per user.
  auditViews: 'id, [userId+id]',
};

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  { version: 1, stores: VERSION_1_STORES },
  {
    // Person search keys gained pair keys (two parts of a name at once, nameKeys.ts): the same
    // indexes, every person's keys computed again.
    version: 2,
    stores: VERSION_1_STORES,
    upgrade: async (tx) => {
      await tx.table<LocalRow<'people'>>('people').toCollection().modify((row) => {
        row.searchKeys = personLocalFields(row).searchKeys;
      });
    },
  },
  {
    // The one phoneKey becomes phoneKeys, computed again for every person who has a number.
    version: 3,
    stores: VERSION_3_STORES,
    upgrade: async (tx) => {
      await tx.table<LocalRow<'people'> & { phoneKey?: string }>('people').toCollection().modify((row) => {
        delete row.phoneKey;
        if (row.deleted || !row.phone) return; // a tombstone holds no number
        const { phoneKeys } = personLocalFields(row);
        if (phoneKeys) row.phoneKeys = phoneKeys;
      });
    },
  },
  // The audit log's queue of views (docs/architecture.md, "Data protection"): a new store, no row changes.
  { version: 4, stores: VERSION_4_STORES },
];
