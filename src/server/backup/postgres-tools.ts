import { type ChildProcess, spawn } from 'node:child_process';
import { describePostgresUrl } from '../storage/postgres.ts';

/** pg_dump or pg_restore missing, or exiting with an error; the message names no password. */
export class PostgresToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresToolError';
  }
}

export interface PostgresTarget {
  url: string;
  /** Only this schema (tests use one each); the whole database otherwise. */
  schema?: string | undefined;
}

/**
 * The arguments and environment of a PostgreSQL client tool for `target`. The password goes in
 * PGPASSWORD, not on the command line, where any user of the machine could read it (ps).
 */
function connection(target: PostgresTarget): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(target.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: 'pg_dump' | 'pg_restore', args: string[], target: PostgresTarget): { child: ChildProcess; done: Promise<void> } {
  const { dbname, env } = connection(target);
  const child = spawn(tool, [...args, `--dbname=${dbname}`], { env, stdio: ['ignore', tool === 'pg_dump' ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new PostgresToolError(`${tool} was not found on PATH: install PostgreSQL's client tools (the same major version as the server), e.g. apt-get install postgresql-client.`)
          : error,
      ),
    );
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new PostgresToolError(`${tool} of ${describePostgresUrl(target.url)} failed (${signal ?? `exit status ${code}`}): ${stderr.trim() || 'no message'}`));
    });
  });
  // Read by the caller's confirm step or await; never an unhandled rejection in between.
  done.catch(() => {});
  return { child, done };
}

/**
 * pg_dump's custom-format archive of `target`, as a stream, and its exit status once it ends.
 * `stop` ends a pg_dump still running (its reader gave up) and says whether it had to.
 */
export function pgDump(target: PostgresTarget): { archive: AsyncIterable<Buffer>; done: Promise<void>; stop: () => boolean } {
  const { child, done } = run('pg_dump', ['--format=custom', ...(target.schema ? [`--schema=${target.schema}`] : [])], target);
  if (!child.stdout) throw new Error('pg_dump has no output stream');
  const stop = (): boolean => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return false;
    return child.kill('SIGTERM');
  };
  return { archive: child.stdout, done, stop };
}

/**
 * Restores an archive in one transaction: a failure (e.g. a table that already exists) stops it
 * and leaves the database as it was.
 */
export async function pgRestore(target: PostgresTarget, archiveFile: string): Promise<void> {
  await run('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', archiveFile], target).done;
}
