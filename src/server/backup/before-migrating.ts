import { type Migration, type MigrationRef, migrations, pendingMigrations } from '../storage/migrations.ts';
import type { Storage } from '../storage/storage.ts';
import { type BackupConfig, defaultBackupFile, writeBackup, writePlainCopy } from './backup.ts';

/**
 * Migrates, first keeping a copy of a database that holds data (docs/architecture.md, "Server
 * storage"): each migration runs in its own transaction, but a migration that succeeds and
 * turns out wrong can only be undone from a copy. SQLite: an encrypted backup into BACKUP_DIR (or
 * DATA_DIR/backups), or without BACKUP_KEY a plain copy beside the database, on the disk that
 * already holds it. PostgreSQL: only a reminder to take a pg_dump.
 */
export async function migrateWithBackup(
  storage: Storage,
  config: BackupConfig,
  log: (line: string) => void,
  shipped: readonly Migration[] = migrations,
): Promise<MigrationRef[]> {
  const applied = await storage.appliedMigrations();
  const pending = pendingMigrations(applied, shipped);
  if (applied.length > 0 && pending.length > 0) {
    const steps = pending.map((migration) => `${migration.id} ${migration.name}`).join(', ');
    if (storage.kind === 'postgres') {
      log(`Migrating the database (${steps}). On PostgreSQL no copy is taken here: take a pg_dump first if you have none (npm run sportello -- backup).`);
    } else if (config.backupKey) {
      const { file } = await writeBackup(config, defaultBackupFile(config, 'pre-migration'));
      log(`Migrating the database (${steps}); an encrypted backup of it as it was is in ${file}.`);
    } else {
      const file = writePlainCopy(config);
      log(
        `Migrating the database (${steps}); a copy of it as it was is in ${file}. It is NOT encrypted (no BACKUP_KEY): ` +
          'it sits on the same disk as the database itself; delete it once the new version has proved itself.',
      );
    }
  }
  return storage.migrate(shipped);
}
