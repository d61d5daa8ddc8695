import { closeSync, existsSync, openSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { BackupFileError } from './backup-file.ts';

/** The database file and the two SQLite keeps beside it in WAL mode; they move together. */
export function sqliteFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * A consistent copy of the database at `target` (which must not exist), taken while the server
 * may be writing: VACUUM INTO reads one WAL snapshot, so it holds only committed transactions
 * and never blocks the server's writes. Attachment bytes are rows (attachment_chunks), so they
 * are in it. It runs synchronously: the scheduled backup runs it in a child process.
 */
export function snapshotSqlite(file: string, target: string): void {
  // Made empty first, readable by this user only: VACUUM INTO would make it with the umask's mode.
  closeSync(openSync(target, 'wx', 0o600));
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

/**
 * Whether another connection (a running server, a CLI command) has the database open: in
 * exclusive locking mode even a reader elsewhere makes BEGIN EXCLUSIVE fail at once.
 */
export function sqliteInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Checks a database file before it is put in place: SQLite's own integrity check, and the
 * version counter every Sportello database has.
 */
export function checkSqliteFile(file: string): { versionCounter: number } {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (problems[0]?.quick_check !== 'ok') {
      throw new BackupFileError(`The backup holds a damaged database (${problems.map((row) => row.quick_check).join('; ')}). Nothing was restored.`);
    }
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
    const counter = hasMeta ? (db.prepare("SELECT value FROM meta WHERE key = 'version_counter'").get() as { value: string } | undefined) : undefined;
    if (!counter) throw new BackupFileError('The backup holds a SQLite database, but not a Sportello one. Nothing was restored.');
    return { versionCounter: Number(counter.value) };
  } finally {
    db.close();
  }
}

/**
 * Renames the database and its WAL files to `<name>-<label>.sqlite…`, never deleting anything;
 * returns the new database path. The WAL moves with it, so nothing committed is left behind.
 */
export async function moveAside(file: string, label: string): Promise<string> {
  const aside = join(dirname(file), `${basename(file, '.sqlite')}-${label}.sqlite`);
  const [from, ...companions] = sqliteFiles(file);
  const [to, ...companionTargets] = sqliteFiles(aside);
  for (const [index, companion] of companions.entries()) if (existsSync(companion)) await rename(companion, companionTargets[index]!);
  await rename(from!, to!);
  return aside;
}

/** A time for file names: sortable, no colons, to the millisecond. */
export function fileStamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}
