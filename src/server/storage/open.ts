import { PostgresStorage } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Storage } from './storage.ts';

export interface StorageConfig {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url);
}

/** PostgreSQL when DATABASE_URL says so (docs/architecture.md, "Surfaces"), otherwise the embedded SQLite file. */
export function openStorage(config: StorageConfig): Storage {
  if (isPostgresUrl(config.databaseUrl)) return new PostgresStorage({ connectionString: config.databaseUrl });
  return openSqlite(config.dataDir);
}
