import { parseArgs } from 'node:util';
import { defaultBackupFile, writeBackup } from '../backup/backup.ts';
import { newBackupKey } from '../backup/backup-file.ts';
import type { Command } from './command.ts';
import { EXIT_USAGE } from './exit-codes.ts';

const USAGE = 'backup [--out FILE] | backup --new-key';

export const backupCommand: Command = {
  name: 'backup',
  usage: USAGE,
  summary:
    'write an encrypted backup (BACKUP_KEY) while the server runs, to FILE or BACKUP_DIR (default DATA_DIR/backups); ' +
    'PostgreSQL through pg_dump. --new-key prints a fresh key',
  // `config` is read only after --new-key, which needs none.
  async run(context) {
    const { args, io } = context;
    let values: { out?: string; 'new-key'?: boolean };
    try {
      ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: { out: { type: 'string' }, 'new-key': { type: 'boolean' } } }));
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }
    if (values['new-key']) {
      io.out(newBackupKey());
      io.out('Set it as BACKUP_KEY and keep a copy away from this machine (e.g. a password manager): without it no backup can be restored.');
      return 0;
    }
    const { config } = context;
    const out = values.out ?? defaultBackupFile(config, 'scheduled');
    const { file, content } = await writeBackup(config, out);
    io.out(`Backup written: ${file} (${content === 'sqlite' ? 'SQLite snapshot' : 'PostgreSQL pg_dump'}, encrypted with BACKUP_KEY).`);
    return 0;
  },
};
