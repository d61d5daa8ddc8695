import { ConfigError, loadConfig } from '../config.ts';
import { MigrationHistoryError } from '../storage/migrations.ts';
import type { CliIo, Command } from './command.ts';
import { createUserCommand } from './create-user.ts';
import { EXIT_USAGE } from './exit-codes.ts';
import { migrateCommand } from './migrate.ts';
import { resetPasswordCommand } from './reset-password.ts';

const commands: readonly Command[] = [migrateCommand, createUserCommand, resetPasswordCommand];

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
    'Environment: DATA_DIR (default ./data), DATABASE_URL (postgres://… selects PostgreSQL).',
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
    return await command.run({ args, io, config: loadConfig(env) });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationHistoryError) {
      io.err(error.message);
    } else {
      io.err(`${command.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return 1;
  }
}
