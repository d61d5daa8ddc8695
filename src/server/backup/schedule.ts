import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { repoRoot } from '../paths.ts';
import type { Storage } from '../storage/storage.ts';
import { SCHEDULED_BACKUP, defaultBackupFile, readLastBackupAt } from './backup.ts';

const HOUR_MS = 3_600_000;
/** After a failure, try again sooner than the next regular backup. */
const RETRY_AFTER_MS = HOUR_MS;

const cliEntry = fileURLToPath(new URL('../cli.ts', import.meta.url));

/** Runs `sportello backup --out file`; resolves when it succeeded, rejects with why not. */
export type BackupRunner = (file: string) => Promise<void>;

/**
 * The backup command in a child process: VACUUM INTO is synchronous, and in the server's own
 * thread it would hold every request up for as long as it copies. It inherits the environment,
 * so it reads the same DATA_DIR, DATABASE_URL and BACKUP_KEY.
 */
export const backupInChildProcess: BackupRunner = (file) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'backup', '--out', file], {
      cwd: repoRoot,
      env: process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `exit status ${code}`))));
  });

/** When the next backup is due: one interval after the last one, now if there was none or it is overdue. */
export function nextBackupDelay(lastAt: string | undefined, everyHours: number, now = Date.now()): number {
  const last = lastAt === undefined ? Number.NaN : Date.parse(lastAt);
  return Number.isNaN(last) ? 0 : Math.max(0, last + everyHours * HOUR_MS - now);
}

/** Deletes the oldest scheduled backups in `dir` beyond `keep`; pre-migration backups stay. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  // The names sort by time.
  const scheduled = (await readdir(dir)).filter((name) => SCHEDULED_BACKUP.test(name)).sort();
  const old = scheduled.slice(0, Math.max(0, scheduled.length - keep));
  for (const name of old) await rm(join(dir, name), { force: true });
  return old;
}

export interface BackupSchedule {
  stop(): void;
}

/**
 * Takes a backup every BACKUP_EVERY_HOURS into BACKUP_DIR, counting from the last successful one
 * (the meta table keeps its time, so a restart neither skips nor repeats one), and keeps the
 * BACKUP_KEEP newest. Logs every outcome; never the key.
 */
export function scheduleBackups(
  config: Pick<Config, 'backupDir' | 'backupEveryHours' | 'backupKeep' | 'dataDir'>,
  storage: Storage,
  runBackup: BackupRunner = backupInChildProcess,
): BackupSchedule {
  const { backupDir } = config;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const plan = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => void take(), delay);
    timer.unref();
  };
  const take = async (): Promise<void> => {
    const file = defaultBackupFile(config, 'scheduled');
    try {
      await runBackup(file);
      console.log(`Backup written: ${file}`);
      const deleted = backupDir ? await pruneBackups(backupDir, config.backupKeep) : [];
      if (deleted.length > 0) console.log(`Deleted ${deleted.length} old backup(s), keeping the newest ${config.backupKeep}.`);
      plan(config.backupEveryHours * HOUR_MS);
    } catch (error) {
      console.error(`Scheduled backup failed, trying again in an hour: ${error instanceof Error ? error.message : String(error)}`);
      plan(Math.min(RETRY_AFTER_MS, config.backupEveryHours * HOUR_MS));
    }
  };
  if (backupDir) {
    void storage
      .transaction((tx) => readLastBackupAt(tx))
      .then((lastAt) => plan(nextBackupDelay(lastAt, config.backupEveryHours)))
      .catch((error: unknown) => {
        console.error(`Could not read the last backup time, backing up now: ${error instanceof Error ? error.message : String(error)}`);
        plan(0);
      });
  }
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
