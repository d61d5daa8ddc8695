import { parseArgs } from 'node:util';
import { changePassword } from '../auth/users.ts';
import { printGenerated, withAccountStorage } from './account-storage.ts';
import type { Command } from './command.ts';
import { EXIT_USAGE } from './exit-codes.ts';

const USAGE = 'reset-password --username U [--password P]';

export const resetPasswordCommand: Command = {
  name: 'reset-password',
  usage: USAGE,
  summary: 'give an account a new password and end all its sessions; prints a generated password unless --password is given',
  async run({ args, io, config }) {
    let values: { username?: string; password?: string };
    try {
      ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: { username: { type: 'string' }, password: { type: 'string' } } }));
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }
    if (!values.username?.trim()) {
      io.err(`Missing --username.\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }

    return withAccountStorage(config, io, async (storage) => {
      const changed = await changePassword(storage, values.username ?? '', values.password);
      const ended = changed.sessionsEnded === 1 ? '1 session' : `${changed.sessionsEnded} sessions`;
      io.out(`New password set for ${changed.user.username} (${changed.user.displayName}); ${ended} ended, so every device must log in again.`);
      printGenerated(io, changed);
      return 0;
    });
  },
};
