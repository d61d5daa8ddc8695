import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, type MigrationRef, migrations, pendingMigrations, runMigrationStep, schemaMigrationsTable } from './migrations.ts';
import { sqliteSchema } from './schema-dialect.ts';
import { SerialQueue } from './serial-queue.ts';
import { sqliteAccounts } from './sqlite/accounts.ts';
import { sqliteAttachments } from './sqlite/attachments.ts';
import { sqliteAudit } from './sqlite/audit.ts';
import { sqliteRecords } from './sqlite/records.ts';
import { statementCache } from './sqlite/statements.ts';
import type { Storage, StorageTx } from './storage.ts';

export const SQLITE_FILE_NAME = 'sportello.sqlite';
const BUSY_TIMEOUT_MS = 5000;

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
    this.#tx = makeSqliteTx(this.#db);
  }

  migrate(shipped: readonly Migration[] = migrations): Promise<MigrationRef[]> {
    return this.#queue.run(async () => {
      const applied: MigrationRef[] = [];
      for (;;) {
        // Read inside the write lock, so two processes starting together never apply one migration twice.
        await this.#beginImmediate();
        try {
          this.#db.exec(schemaMigrationsTable(sqliteSchema));
          const next = pendingMigrations(this.#readApplied(), shipped)[0];
          if (!next) {
            this.#db.exec('COMMIT');
            return applied;
          }
          await runMigrationStep(next, async () => {
            this.#db.exec(next.sql(sqliteSchema));
            await next.seed?.(this.#tx);
            this.#db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(next.id, next.name, new Date().toISOString());
            this.#db.exec('COMMIT');
          });
          applied.push({ id: next.id, name: next.name });
        } catch (error) {
          if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
          throw error;
        }
      }
    });
  }

  appliedMigrations(): Promise<MigrationRef[]> {
    return this.#queue.run(() => {
      this.#db.exec(schemaMigrationsTable(sqliteSchema));
      return this.#readApplied();
    });
  }

  transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      await this.#beginImmediate();
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

  /**
   * IMMEDIATE takes the write lock up front, so another connection cannot make us fail half-way
   * with SQLITE_BUSY. Waiting for that lock is done here, asynchronously, not by SQLite's
   * busy_timeout: that would block this thread, and with it a connection of this same process
   * that holds the lock across an await (e.g. a migration's seed), until the timeout.
   */
  async #beginImmediate(): Promise<void> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    this.#db.pragma('busy_timeout = 0');
    try {
      for (;;) {
        try {
          this.#db.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    } finally {
      this.#db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }

  #readApplied(): MigrationRef[] {
    return this.#db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as MigrationRef[];
  }
}

/**
 * Row I/O for one better-sqlite3 connection, by concern. The calls are synchronous underneath;
 * SqliteStorage runs them inside its own BEGIN … COMMIT.
 */
function makeSqliteTx(db: Database.Database): StorageTx {
  const sql = statementCache(db);
  return { ...sqliteRecords(sql), ...sqliteAccounts(sql), ...sqliteAttachments(sql), ...sqliteAudit(sql) };
}

export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged push must survive a power cut (docs/architecture.md, "Sync").
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

export function openSqlite(dataDir: string): SqliteStorage {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return new SqliteStorage(join(dir, SQLITE_FILE_NAME));
}
