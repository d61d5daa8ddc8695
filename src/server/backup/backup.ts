import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';
import type { RecordsTx } from '../storage/records.ts';
import { PostgresStorage } from '../storage/postgres.ts';
import { SQLITE_FILE_NAME, openSqlite } from '../storage/sqlite.ts';
import type { Storage } from '../storage/storage.ts';
import { BackupFileError, type BackupContent, writeEncrypted } from './backup-file.ts';
import { pgDump } from './postgres-tools.ts';
import { fileStamp, snapshotSqlite } from './sqlite-files.ts';

/** What backups and restores read of the configuration; `schema` only for tests on PostgreSQL. */
export type BackupConfig = Pick<Config, 'dataDir' | 'databaseUrl' | 'backupKey' | 'backupDir'> & { schema?: string };

/** meta key of the last encrypted backup's time (ISO), shown to administrators by GET /api/health. */
const LAST_BACKUP_KEY = 'last_backup_at';

export const readLastBackupAt = (tx: RecordsTx): Promise<string | undefined> => tx.getMeta(LAST_BACKUP_KEY);

/** Scheduled backups are named so; pre-migration ones are not, so pruning never takes them. */
export const SCHEDULED_BACKUP = /^sportello-\d{4}-\d\d-\d\dT[\d-]+Z\.backup$/;

/** A backup file name in BACKUP_DIR, or DATA_DIR/backups when that is unset. */
export function defaultBackupFile(config: Pick<BackupConfig, 'dataDir' | 'backupDir'>, kind: 'scheduled' | 'pre-migration', now = new Date()): string {
  const dir = config.backupDir ?? join(config.dataDir, 'backups');
  return join(dir, kind === 'scheduled' ? `sportello-${fileStamp(now)}.backup` : `sportello-pre-migration-${fileStamp(now)}.backup`);
}

export function sqliteFileOf(config: BackupConfig): string {
  return join(config.dataDir, SQLITE_FILE_NAME);
}

/** The storage the configuration names, not migrated: backups read the database as it is. */
export function openConfigured(config: BackupConfig): Storage {
  return config.databaseUrl
    ? new PostgresStorage({ connectionString: config.databaseUrl, ...(config.schema ? { schema: config.schema } : {}) })
    : openSqlite(config.dataDir);
}

/**
 * Writes an encrypted backup of the configured database to `out` while the server may be
 * running: SQLite through a consistent snapshot, PostgreSQL through pg_dump. Records the time
 * in the database's meta table once the file is complete.
 */
export async function writeBackup(config: BackupConfig, out: string, now = new Date()): Promise<{ file: string; content: BackupContent }> {
  const key = config.backupKey;
  if (!key) throw new BackupFileError('BACKUP_KEY is not set: backups are encrypted with it. Make one with `npm run sportello -- backup --new-key` and keep it safe, away from this machine.');
  await mkdir(dirname(out), { recursive: true });
  const content: BackupContent = config.databaseUrl ? 'pgDump' : 'sqlite';
  if (config.databaseUrl) {
    const dump = pgDump({ url: config.databaseUrl, schema: config.schema });
    await writeEncrypted(dump.archive, out, key, 'pgDump', () => dump.done).catch(async (error: unknown) => {
      // A missing or failing pg_dump says why better than the broken stream it leaves; one
      // still writing is stopped, or it would wait for a reader for ever.
      if (!dump.stop()) await dump.done;
      throw error;
    });
  } else {
    const file = sqliteFileOf(config);
    if (!existsSync(file)) throw new BackupFileError(`There is no database to back up in ${config.dataDir}.`);
    // The plain snapshot stays beside the database, on the disk that holds it already, and only while it is encrypted.
    const snapshot = join(config.dataDir, `.backup-${fileStamp(now)}-${randomBytes(4).toString('hex')}.sqlite`);
    try {
      snapshotSqlite(file, snapshot);
      await writeEncrypted(createReadStream(snapshot), out, key, 'sqlite');
    } finally {
      await rm(snapshot, { force: true });
    }
  }
  const storage = openConfigured(config);
  try {
    await storage.transaction((tx) => tx.setMeta(LAST_BACKUP_KEY, now.toISOString()));
  } finally {
    await storage.close();
  }
  return { file: out, content };
}

/** An unencrypted consistent copy of the SQLite database, for the pre-migration copy without a key. */
export function writePlainCopy(config: BackupConfig, now = new Date()): string {
  const target = join(config.dataDir, `sportello-pre-migration-${fileStamp(now)}.sqlite`);
  snapshotSqlite(sqliteFileOf(config), target);
  return target;
}
