import { parseArgs } from 'node:util';
import { restoreBackup } from '../backup/restore.ts';
import type { Command } from './command.ts';
import { EXIT_USAGE } from './exit-codes.ts';

const USAGE = 'restore FILE [--force]';

export const restoreCommand: Command = {
  name: 'restore',
  usage: USAGE,
  summary:
    'restore a backup into DATA_DIR (or the empty database of DATABASE_URL) with the server stopped; ' +
    '--force moves an existing SQLite database aside first, never deleting it',
  async run({ args, io, config }) {
    let parsed: { values: { force?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { force: { type: 'boolean' } } });
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) {
      io.err(`Give exactly one backup file.\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }
    const result = await restoreBackup(config, file, { force: parsed.values.force === true });
    if (result.movedAside) io.out(`The database that was there is now ${result.movedAside}.`);
    for (const migration of result.applied) io.out(`Applied migration ${migration.id} ${migration.name}`);
    io.out(`Restored ${file} into ${result.location}.`);
    io.out(
      'Tablets that synced after this backup was taken pull everything again at their next sync, and send the changes still in their outbox; ' +
        'changes they had already sent after the backup are not on the server any more.',
    );
    return 0;
  },
};
