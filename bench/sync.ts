import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/paths.ts';
import { notRun } from './lib/report.ts';

/** Server-side files the sync figures need; the bench says so instead of crashing when one is missing. */
const NEEDED = ['src/server/sync/push.ts', 'src/server/sync/pull.ts', 'src/server/auth/login.ts', 'src/server/cli/create-user.ts', 'src/server/routes/sync.ts'];

function missing(measure: string): boolean {
  const absent = NEEDED.filter((file) => !existsSync(join(repoRoot, file)));
  if (absent.length > 0) notRun(measure, `missing ${absent.join(', ')}`);
  return absent.length > 0;
}

// Imported on use, so a server tree in the middle of a change breaks these steps only.

/** 3a: `applyPush` without HTTP, 20 batches of 500 creates, SQLite then PostgreSQL. */
export async function measurePush(): Promise<void> {
  if (missing('Server push')) return;
  const { measureServerPush } = await import('./sync/serverPush.ts');
  await measureServerPush();
}

/** 3b: the real server, device A pushes, device B pulls. */
export async function measureSync(): Promise<void> {
  if (missing('Sync device → server → device')) return;
  const { measureEndToEnd } = await import('./sync/endToEnd.ts');
  await measureEndToEnd();
}
