import { parseArgs } from 'node:util';
import { createUser } from '../auth/users.ts';
import { printGenerated, withAccountStorage } from './account-storage.ts';
import type { Command } from './command.ts';
import { EXIT_USAGE } from './exit-codes.ts';

const USAGE = 'create-user --username U --name "Full Name" --role R --sites a,b [--password P]';

export const createUserCommand: Command = {
  name: 'create-user',
  usage: USAGE,
  summary: 'create an account; R is operator, mediator, coordinator or admin; prints a generated password unless --password is given',
  async run({ args, io, config }) {
    let values: { username?: string; name?: string; role?: string; sites?: string; password?: string };
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        allowPositionals: false,
        options: {
          username: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          sites: { type: 'string' },
          password: { type: 'string' },
        },
      }));
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }
    const missing = (['username', 'name', 'role', 'sites'] as const).filter((key) => !values[key]?.trim());
    if (missing.length > 0) {
      io.err(`Missing ${missing.map((key) => `--${key}`).join(', ')}.\nUsage: ${USAGE}`);
      return EXIT_USAGE;
    }

    return withAccountStorage(config, io, async (storage) => {
      const created = await createUser(storage, {
        username: values.username ?? '',
        displayName: values.name ?? '',
        role: values.role ?? '',
        siteIds: (values.sites ?? '').split(','),
        password: values.password,
      });
      const { user } = created;
      io.out(`Created ${user.role} ${user.username} (${user.displayName}) for ${user.siteIds.join(', ')}.`);
      printGenerated(io, created);
      return 0;
    });
  },
};
