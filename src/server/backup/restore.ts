import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { MigrationRef } from '../storage/migrations.ts';
import { SqliteStorage } from '../storage/sqlite.ts';
import type { Storage } from '../storage/storage.ts';
import { markRestored } from '../sync/restored-versions.ts';
import { type BackupConfig, openConfigured, sqliteFileOf } from './backup.ts';
import { BackupFileError, type BackupContent, decryptToFile, readBackupHeader } from './backup-file.ts';
import { pgRestore } from './postgres-tools.ts';
import { checkSqliteFile, fileStamp, moveAside, sqliteFiles, sqliteInUse } from './sqlite-files.ts';

/** A restore refused before anything was written; the message says what to do. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreResult {
  /** Where the database now is, safe to print. */
  location: string;
  /** Where the database that was there before went (SQLite with --force). */
  movedAside?: string;
  applied: MigrationRef[];
  /** The versions of the lost timeline: a device cursor among them is answered `reset`. */
  restoredVersions: { after: number; upTo: number };
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** A plain SQLite file, e.g. the unencrypted copy taken before a migration without BACKUP_KEY. */
async function isPlainSqlite(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    return head.equals(SQLITE_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * Restores `file` into the configured database (docs/architecture.md, "Server storage"). The
 * backup is decrypted and checked to the end, opened and migrated before it replaces anything;
 * a wrong key or an altered file leaves no trace.
 */
export async function restoreBackup(config: BackupConfig, file: string, options: { force: boolean }): Promise<RestoreResult> {
  if (!existsSync(file)) throw new RestoreRefusedError(`There is no file ${file}.`);
  const plain = !config.databaseUrl && (await isPlainSqlite(file));
  const content: BackupContent = plain ? 'sqlite' : (await readBackupHeader(file, config.backupKey)).content;
  if (content === 'pgDump' && !config.databaseUrl) {
    throw new RestoreRefusedError('This is a backup of a PostgreSQL database: set DATABASE_URL to the (empty) database to restore it into.');
  }
  if (content === 'sqlite' && config.databaseUrl) {
    throw new RestoreRefusedError('This is a backup of a SQLite database: unset DATABASE_URL to restore it into DATA_DIR.');
  }
  const { databaseUrl } = config;
  return databaseUrl ? restorePostgres({ ...config, databaseUrl }, file, options) : restoreSqlite(config, file, options, plain);
}

async function restoreSqlite(config: BackupConfig, file: string, { force }: { force: boolean }, plain: boolean): Promise<RestoreResult> {
  const target = sqliteFileOf(config);
  const present = existsSync(target);
  if (present && !force) {
    throw new RestoreRefusedError(
      `${config.dataDir} already holds a database. Stop the server, then run restore again with --force: the database there is moved aside, never deleted.`,
    );
  }
  if (present && sqliteInUse(target)) {
    throw new RestoreRefusedError(`The database in ${config.dataDir} is in use: stop the server (and any other sportello command) first.`);
  }
  const createdDir = !existsSync(config.dataDir);
  await mkdir(config.dataDir, { recursive: true });
  const incoming = join(config.dataDir, `.restore-${fileStamp()}.sqlite`);
  try {
    if (plain) await copyFile(file, incoming);
    else await decryptToFile(file, requireKey(config), incoming);
    checkSqliteFile(incoming);
    const { applied, restoredVersions } = await settle(new SqliteStorage(incoming));
    const movedAside = present ? await moveAside(target, `before-restore-${fileStamp()}`) : undefined;
    await rename(incoming, target);
    return { location: target, ...(movedAside ? { movedAside } : {}), applied, restoredVersions };
  } catch (error) {
    for (const leftover of sqliteFiles(incoming)) await rm(leftover, { force: true });
    if (createdDir && (await readdir(config.dataDir)).length === 0) await rmdir(config.dataDir);
    throw error;
  }
}

/**
 * PostgreSQL: pg_restore into a database without Sportello's tables, in one transaction. Nothing
 * is ever dropped here, so there is no --force: point DATABASE_URL at a new database.
 */
async function restorePostgres(config: BackupConfig & { databaseUrl: string }, file: string, { force }: { force: boolean }): Promise<RestoreResult> {
  if (await holdsSportello(config)) {
    throw new RestoreRefusedError(
      `The database of DATABASE_URL already holds Sportello's tables${force ? ' (--force only applies to SQLite: nothing is dropped here)' : ''}. ` +
        'Create an empty database (createdb), point DATABASE_URL at it and run restore again.',
    );
  }
  await mkdir(config.dataDir, { recursive: true });
  const archive = join(config.dataDir, `.restore-${fileStamp()}.pgdump`);
  try {
    await decryptToFile(file, requireKey(config), archive);
    await pgRestore({ url: config.databaseUrl, schema: config.schema }, archive);
  } finally {
    await rm(archive, { force: true });
  }
  const storage = openConfigured(config);
  return { location: storage.location, ...(await settle(storage)) };
}

function requireKey(config: BackupConfig): Buffer {
  if (!config.backupKey) throw new BackupFileError('BACKUP_KEY is not set: give the key the backup was made with.');
  return config.backupKey;
}

async function holdsSportello(config: BackupConfig & { databaseUrl: string }): Promise<boolean> {
  const client = new pg.Client({ connectionString: config.databaseUrl, ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}) });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass('schema_migrations')::text AS found");
    return rows[0]?.found != null;
  } finally {
    await client.end();
  }
}

/** Migrates the restored database, then marks its lost versions (src/server/sync/restored-versions.ts). */
async function settle(storage: Storage): Promise<Pick<RestoreResult, 'applied' | 'restoredVersions'>> {
  try {
    const applied = await storage.migrate();
    const restoredVersions = await storage.transaction((tx) => markRestored(tx));
    return { applied, restoredVersions };
  } finally {
    await storage.close();
  }
}
