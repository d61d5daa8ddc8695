import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type MigrationRef, SCHEMA_MIGRATIONS_SQLITE, pendingMigrations } from './migrations.ts';
import { SerialQueue } from './serial-queue.ts';
import type { Storage, StorageTx } from './storage.ts';

export const SQLITE_FILE_NAME = 'sportello.sqlite';

/**
 * SQLite through one better-sqlite3 connection. Statements on one connection see each other's
 * uncommitted writes, so every operation goes through one queue: an async transaction owns the
 * connection from BEGIN to COMMIT.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  readonly location: string;
  readonly #db: Database.Database;
  readonly #queue = new SerialQueue();
  readonly #tx: StorageTx;

  constructor(file: string) {
    this.location = file;
    this.#db = new Database(file);
    configureConnection(this.#db);
    this.#tx = this.#makeTx();
  }

  migrate(): Promise<MigrationRef[]> {
    return this.#queue.run(() => {
      this.#db.exec(SCHEMA_MIGRATIONS_SQLITE);
      const insert = this.#db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
      const applyNext = this.#db.transaction((): MigrationRef | undefined => {
        // Read inside the write lock, so two processes starting together never apply one migration twice.
        const next = pendingMigrations(this.#readApplied())[0];
        if (!next) return undefined;
        this.#db.exec(next.sqlite);
        insert.run(next.id, next.name, new Date().toISOString());
        return { id: next.id, name: next.name };
      });
      const applied: MigrationRef[] = [];
      for (let done = applyNext.immediate(); done; done = applyNext.immediate()) applied.push(done);
      return applied;
    });
  }

  appliedMigrations(): Promise<MigrationRef[]> {
    return this.#queue.run(() => {
      this.#db.exec(SCHEMA_MIGRATIONS_SQLITE);
      return this.#readApplied();
    });
  }

  transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      // IMMEDIATE takes the write lock up front, so another process cannot make us fail half-way with SQLITE_BUSY.
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.#tx);
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.#queue.run(() => {
      if (this.#db.open) this.#db.close();
    });
  }

  #readApplied(): MigrationRef[] {
    return this.#db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as MigrationRef[];
  }

  #makeTx(): StorageTx {
    const db = this.#db;
    return {
      getMeta: async (key) => {
        const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
        return row?.value;
      },
      setMeta: async (key, value) => {
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
      },
      nextVersion: async () => {
        const row = db
          .prepare("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'version_counter' RETURNING value")
          .get() as { value: string } | undefined;
        if (!row) throw new Error('meta.version_counter is missing: the database has not been migrated.');
        return Number(row.value);
      },
    };
  }
}

export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged push must survive a power cut (DESIGN.md §4, durability).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openSqlite(dataDir: string): SqliteStorage {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return new SqliteStorage(join(dir, SQLITE_FILE_NAME));
}
