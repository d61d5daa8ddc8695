import { BackupFileError } from '../backup/backup-file.ts';
import { PostgresToolError } from '../backup/postgres-tools.ts';
import { RestoreRefusedError } from '../backup/restore.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { MigrationError, MigrationHistoryError } from '../storage/migrations.ts';
import { backupCommand } from './backup.ts';
import type { CliIo, Command } from './command.ts';
import { createUserCommand } from './create-user.ts';
import { EXIT_USAGE } from './exit-codes.ts';
import { migrateCommand } from './migrate.ts';
import { resetPasswordCommand } from './reset-password.ts';
import { restoreCommand } from './restore.ts';

const commands: readonly Command[] = [migrateCommand, createUserCommand, resetPasswordCommand, backupCommand, restoreCommand];

/** Errors whose message says all an administrator needs: printed without a stack. */
const explained = [ConfigError, MigrationHistoryError, MigrationError, BackupFileError, RestoreRefusedError, PostgresToolError];

export { EXIT_USAGE };

export function usage(): string {
  return [
    'Usage: npm run sportello -- <command>   (or: npx sportello <command>)',
    '',
    'Commands:',
    '  help',
    '      show this help',
    ...commands.flatMap((command) => [`  ${command.usage}`, `      ${command.summary}`]),
    '',
    'Environment: DATA_DIR (default ./data), DATABASE_URL (postgres://… selects PostgreSQL),',
    '  BACKUP_KEY (base64 of 32 bytes; backup --new-key makes one), BACKUP_DIR.',
  ].join('\n');
}

/** Runs one CLI command and resolves to the exit code: 0 done, 1 failed, 2 bad usage. */
export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Unknown command: ${name}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    // Read when a command first asks, so `backup --new-key` works before the configuration does.
    return await command.run({
      args,
      io,
      get config() {
        return loadConfig(env);
      },
    });
  } catch (error) {
    if (explained.some((kind) => error instanceof kind)) {
      io.err((error as Error).message);
    } else {
      io.err(`${command.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return 1;
  }
}
