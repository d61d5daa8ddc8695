import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, configureConnection, openSqlite } from '../../src/server/storage/sqlite.ts';
import { makeTempDir } from './helpers.ts';
import { describeStorageContract } from './storage-contract.ts';

describeStorageContract('SQLite', async () => {
  const dataDir = makeTempDir('sqlite');
  const raw = new Database(join(dataDir, SQLITE_FILE_NAME));
  return {
    kind: 'sqlite',
    open: () => openSqlite(dataDir),
    tableNames: async () =>
      (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    execute: async (sql) => {
      raw.exec(sql);
    },
    destroy: async () => {
      raw.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

describe('SQLite adapter', () => {
  it('creates the data folder and keeps the database in sportello.sqlite', async () => {
    const root = makeTempDir('sqlite-folder');
    const dataDir = join(root, 'nested', 'data');
    const storage = openSqlite(dataDir);
    try {
      await storage.migrate();
      expect(storage.location).toBe(join(dataDir, SQLITE_FILE_NAME));
      expect(existsSync(storage.location)).toBe(true);
    } finally {
      await storage.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('configures connections for durability: WAL, synchronous=FULL, foreign keys, busy timeout', () => {
    const root = makeTempDir('sqlite-pragmas');
    const db = new Database(join(root, SQLITE_FILE_NAME));
    try {
      configureConnection(db);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
