import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApp } from '../../src/server/app.ts';
import { EXIT_USAGE, runCli } from '../../src/server/cli/run.ts';
import { repoRoot } from '../../src/server/paths.ts';
import { PostgresStorage } from '../../src/server/storage/postgres.ts';
import { SQLITE_FILE_NAME, openSqlite } from '../../src/server/storage/sqlite.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { type Backend, makeTempDir, writeFakeDist } from './helpers.ts';

export { EXIT_USAGE };

/** Two fixed keys (base64 of 32 bytes), so a test can use the wrong one. */
export const KEY = Buffer.alloc(32, 7).toString('base64');
export const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process, its output captured; `env` is all it sees of the environment. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The CLI as its own process, as an administrator runs it beside the server. */
export function cliProcess(argv: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...argv], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', BACKUP_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** A server on loopback over the SQLite database already in `dataDir` (e.g. a restored one). */
export async function serveDataDir(dataDir: string): Promise<{ url: string; storage: Storage; close(): Promise<void> }> {
  const storage = openSqlite(dataDir);
  await storage.migrate();
  const distDir = makeTempDir('dist');
  writeFakeDist(distDir);
  const app = createApp({ storage, version: 'test', distDir });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    storage,
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await storage.close();
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** Rows of a SQLite database read straight from its file, outside the adapter. */
export function readRows<R>(dataDirOrFile: string, sql: string, params: unknown[] = []): R[] {
  const file = dataDirOrFile.endsWith('.sqlite') ? dataDirOrFile : join(dataDirOrFile, SQLITE_FILE_NAME);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as R[];
  } finally {
    db.close();
  }
}

/** An empty, unmigrated database of a backend, with raw SQL beside it (`?` placeholders on both). */
export interface EmptyDatabase {
  storage: Storage;
  /** The SQLite folder; a scratch folder on PostgreSQL. */
  dataDir: string;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  destroy(): Promise<void>;
}

export async function emptyDatabase(backend: Backend): Promise<EmptyDatabase> {
  const dataDir = makeTempDir('empty-db');
  if (backend.kind === 'sqlite') {
    const storage = openSqlite(dataDir);
    const raw = new Database(join(dataDir, SQLITE_FILE_NAME));
    return {
      storage,
      dataDir,
      query: async <R>(sql: string, params: unknown[] = []) => {
        const statement = raw.prepare(sql);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as R[];
      },
      async destroy() {
        raw.close();
        await storage.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `sportello_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: backend.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.query(`SET search_path TO ${schema}`);
  const storage = new PostgresStorage({ connectionString: backend.url, schema });
  return {
    storage,
    dataDir,
    query: async <R>(sql: string, params: unknown[] = []) => {
      let n = 0;
      return (await admin.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
    },
    async destroy() {
      await storage.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
