import { ConfigError, loadConfig } from '../config.ts';
import { MigrationHistoryError } from '../storage/migrations.ts';
import type { CliIo, Command } from './command.ts';
import { migrateCommand } from './migrate.ts';

const commands: readonly Command[] = [migrateCommand];

export const EXIT_USAGE = 2;

export function usage(): string {
  const width = Math.max('help'.length, ...commands.map((command) => command.usage.length));
  return [
    'Usage: npm run sportello -- <command>   (or: npx sportello <command>)',
    '',
    'Commands:',
    `  ${'help'.padEnd(width)}  show this help`,
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
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
