import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSites } from '../../src/domain/vocab/sites.ts';
import { MigrationHistoryError, migrations } from '../../src/server/storage/migrations.ts';
import type { Storage, StorageKind, StorageTx } from '../../src/server/storage/storage.ts';
import { describeAuditContract } from './storage-audit-contract.ts';
import { describeAccountsContract } from './storage-accounts-contract.ts';
import { describeRowContract } from './storage-rows-contract.ts';

/** One empty database, reachable both through the adapter and raw, for setting up odd states. */
export interface StorageHarness {
  kind: StorageKind;
  /** A new adapter on this database; the contract closes it. */
  open(): Storage;
  tableNames(): Promise<string[]>;
  /** Runs raw SQL outside the adapter. */
  execute(sql: string): Promise<void>;
  destroy(): Promise<void>;
}

const TABLES = ['attachment_chunks', 'audit_entries', 'devices', 'login_failures', 'meta', 'mutations', 'records', 'schema_migrations', 'sessions', 'users'];
/** Migration 2 writes the eight default sites, each taking a version. */
const SEEDED_VERSIONS = defaultSites.codes.length;

/** Behaviour every storage adapter must share; each test gets a fresh database. */
export function describeStorageContract(name: string, makeHarness: () => Promise<StorageHarness>): void {
  describe(`storage contract: ${name}`, () => {
    let harness: StorageHarness;
    const opened: Storage[] = [];
    const open = (): Storage => {
      const storage = harness.open();
      opened.push(storage);
      return storage;
    };

    beforeEach(async () => {
      harness = await makeHarness();
    });

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((storage) => storage.close().catch(() => undefined)));
      await harness.destroy();
    });

    it('reports its kind', () => {
      expect(open().kind).toBe(harness.kind);
    });

    it('migrates an empty database, creating the tables', async () => {
      const storage = open();
      expect(await harness.tableNames()).toEqual([]);
      const applied = await storage.migrate();
      expect(applied).toEqual(migrations.map(({ id, name }) => ({ id, name })));
      expect(await harness.tableNames()).toEqual(TABLES);
      expect(await storage.appliedMigrations()).toEqual(applied);
      expect(await storage.transaction((tx) => tx.getMeta('version_counter'))).toBe(String(SEEDED_VERSIONS));
    });

    it('treats a second migrate as a no-op, also from another connection', async () => {
      const storage = open();
      await storage.migrate();
      await storage.transaction((tx) => tx.setMeta('probe', 'kept'));
      expect(await storage.migrate()).toEqual([]);
      const other = open();
      expect(await other.migrate()).toEqual([]);
      expect(await other.transaction((tx) => tx.getMeta('probe'))).toBe('kept');
      expect(await other.appliedMigrations()).toHaveLength(migrations.length);
    });

    it('migrates once when two connections migrate at the same time', async () => {
      const results = await Promise.all([open().migrate(), open().migrate()]);
      expect(results.flat()).toHaveLength(migrations.length);
    });

    it('refuses a database with an applied migration it does not know', async () => {
      const storage = open();
      await storage.migrate();
      await harness.execute(
        "INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'from_a_newer_version', CURRENT_TIMESTAMP)",
      );
      const attempt = open().migrate();
      await expect(attempt).rejects.toBeInstanceOf(MigrationHistoryError);
      await expect(attempt).rejects.toThrow(/999 "from_a_newer_version".*does not know/);
    });

    it('refuses a database whose applied migration has another name', async () => {
      await open().migrate();
      await harness.execute("UPDATE schema_migrations SET name = 'renamed' WHERE id = 1");
      await expect(open().migrate()).rejects.toThrow(/applied migration 1 "renamed" where migration 1 "initial" was expected/);
    });

    it('round-trips meta values across connections', async () => {
      const storage = open();
      await storage.migrate();
      expect(await storage.transaction((tx) => tx.getMeta('missing'))).toBeUndefined();
      await storage.transaction(async (tx) => {
        await tx.setMeta('greeting', 'ciao');
        expect(await tx.getMeta('greeting')).toBe('ciao');
      });
      await storage.transaction((tx) => tx.setMeta('greeting', 'buongiorno, Torino ✓'));
      expect(await open().transaction((tx) => tx.getMeta('greeting'))).toBe('buongiorno, Torino ✓');
    });

    it('rolls back a transaction that throws, and passes the error on', async () => {
      const storage = open();
      await storage.migrate();
      const failure = new Error('boom');
      await expect(
        storage.transaction(async (tx) => {
          await tx.setMeta('half-done', 'yes');
          await tx.nextVersion();
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await storage.transaction((tx) => tx.getMeta('half-done'))).toBeUndefined();
      expect(await storage.transaction((tx) => tx.nextVersion())).toBe(SEEDED_VERSIONS + 1);
    });

    it('hands out each version once, even to concurrent transactions', async () => {
      const storage = open();
      await storage.migrate();
      const versions = await Promise.all(
        Array.from({ length: 20 }, () =>
          storage.transaction(async (tx) => {
            const version = await tx.nextVersion();
            await tx.setMeta(`written-at-${version}`, String(version));
            return version;
          }),
        ),
      );
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => SEEDED_VERSIONS + index + 1));
      expect(await open().transaction((tx) => tx.getMeta('version_counter'))).toBe(String(SEEDED_VERSIONS + 20));
    });

    it.each([
      ['the records', (tx: StorageTx) => tx.lockRecords()],
      ['one attachment', (tx: StorageTx) => tx.lockAttachment('0190b7a0-0000-7000-8000-000000000001')],
    ])('makes a second connection that locks %s wait until the first commits', async (_name, lock) => {
      const [first, second] = [open(), open()];
      await first.migrate();
      const order: string[] = [];
      let holding!: () => void;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const holder = first.transaction(async (tx) => {
        await lock(tx);
        holding();
        await released;
        order.push('first done');
      });
      await held;
      const waiter = second.transaction(async (tx) => {
        await lock(tx);
        order.push('second locked');
      });
      // Room for the second to get the lock if it were free; it must not.
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      await Promise.all([holder, waiter]);
      expect(order).toEqual(['first done', 'second locked']);
    });

    it('closes, after which it refuses work', async () => {
      const storage = open();
      await storage.migrate();
      await storage.close();
      await expect(storage.transaction((tx) => tx.getMeta('version_counter'))).rejects.toThrow();
    });

    const migrated = async (): Promise<Storage> => {
      const storage = open();
      await storage.migrate();
      return storage;
    };
    describeRowContract(migrated);
    describeAuditContract(migrated);
    describeAccountsContract(migrated);
  });
}
