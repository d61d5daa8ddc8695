import { migrateWithBackup } from '../backup/before-migrating.ts';
import { openStorage } from '../storage/open.ts';
import type { Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'apply pending database migrations (the server also does this on start)',
  async run({ io, config }) {
    const storage = openStorage(config);
    try {
      const applied = await migrateWithBackup(storage, config, io.out);
      io.out(`Storage: ${storage.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${storage.location}`);
      if (applied.length === 0) io.out('Database already up to date.');
      for (const migration of applied) io.out(`Applied migration ${migration.id} ${migration.name}`);
      return 0;
    } finally {
      await storage.close();
    }
  },
};
