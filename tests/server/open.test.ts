import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../src/server/storage/open.ts';
import { makeTempDir } from './helpers.ts';

describe('openStorage', () => {
  it('uses SQLite in the data folder when there is no DATABASE_URL', async () => {
    const dataDir = makeTempDir('open');
    const storage = openStorage({ dataDir, databaseUrl: undefined });
    try {
      expect(storage.kind).toBe('sqlite');
      expect(storage.location).toBe(`${dataDir}/sportello.sqlite`);
    } finally {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each(['postgres://', 'postgresql://', 'POSTGRES://'])('uses PostgreSQL for %s URLs, naming it without credentials', async (scheme) => {
    const storage = openStorage({ dataDir: '/nonexistent', databaseUrl: `${scheme}admin:s3cret@db.example:6543/sportello` });
    try {
      expect(storage.kind).toBe('postgres');
      expect(storage.location).toBe('db.example:6543/sportello');
    } finally {
      await storage.close();
    }
  });
});
