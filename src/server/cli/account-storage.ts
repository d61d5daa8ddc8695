import { UserInputError } from '../auth/users.ts';
import { migrateWithBackup } from '../backup/before-migrating.ts';
import type { Config } from '../config.ts';
import { openStorage } from '../storage/open.ts';
import type { Storage } from '../storage/storage.ts';
import type { CliIo } from './command.ts';
import { EXIT_USAGE } from './exit-codes.ts';

/**
 * Runs an account command on the migrated database (a backup first when migrations are due): a
 * refusal of what was typed (UserInputError) is a usage error in words, anything else a bug.
 */
export async function withAccountStorage(config: Config, io: CliIo, work: (storage: Storage) => Promise<number>): Promise<number> {
  const storage = openStorage(config);
  try {
    await migrateWithBackup(storage, config, io.out);
    return await work(storage);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    io.err(error.message);
    return EXIT_USAGE;
  } finally {
    await storage.close();
  }
}

/** A generated password is printed once, for the administrator to hand over. */
export function printGenerated(io: CliIo, result: { generated: boolean; password: string }): void {
  if (result.generated) io.out(`Password: ${result.password}  (shown only now; hand it over privately)`);
}
