import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import type { Role } from '../../src/domain/records/index.ts';
import type { LoginResponse, SessionUser } from '../../src/domain/sync/protocol.ts';
import { type AppDeps, createApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { readPackageVersion } from '../../src/server/paths.ts';
import { SQLITE_FILE_NAME } from '../../src/server/storage/sqlite.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { type Backend, type TestDatabase, createTestDatabase } from './backends.ts';

export { type Backend, backends } from './backends.ts';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  storage: Storage;
  /** The server's database, also reachable raw. */
  db: TestDatabase;
  distDir: string;
  /** Row counts and the version counter, read outside the adapter. */
  snapshot(): Promise<DbSnapshot>;
  close(): Promise<void>;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sportello-${prefix}-`));
}

/** A stand-in for the built PWA, so server tests do not depend on the front end building. */
export function writeFakeDist(distDir: string): void {
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Sportello test shell</title>');
  writeFileSync(join(distDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(distDir, 'manifest.webmanifest'), '{"name":"Sportello"}');
  writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log("app");');
}

export interface TestServerOptions {
  /** SQLite unless told; suites that must hold on both take theirs from backends(). */
  backend?: Backend;
  distDir?: string;
  /** Lets a test put a faulty layer between the app and the real storage. */
  wrapStorage?: (storage: Storage) => Storage;
  /** Who a login comes from and its limits, for the login-limit suites. */
  app?: Pick<AppDeps, 'clientKey' | 'login' | 'trustProxy'>;
}

/**
 * The real server on loopback with a fresh, migrated database of its own.
 * Pass `distDir` to serve a real build; by default a small fake one is written.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const distDir = options.distDir ?? join(makeTempDir('dist'), 'dist');
  if (!options.distDir) writeFakeDist(distDir);
  const db = await createTestDatabase(options.backend ?? { kind: 'sqlite' });
  const { storage } = db;
  const app = createApp({ storage: options.wrapStorage?.(storage) ?? storage, distDir, version: readPackageVersion(), ...options.app });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    storage,
    db,
    distDir,
    snapshot: () => snapshotOf(db),
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await db.destroy();
      if (!options.distDir) rmSync(join(distDir, '..'), { recursive: true, force: true });
    },
  };
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** An account made the way the CLI makes it; every test user has the same password. */
export async function addUser(storage: Storage, username: string, role: Role, siteIds: string[]): Promise<SessionUser> {
  const { user } = await createUser(storage, { username, displayName: `Test ${username}`, role, siteIds, password: TEST_PASSWORD });
  return user;
}

/** A fetch that keeps cookies like a browser tab would (Node's fetch keeps none). */
export function cookieFetch(): FetchLike & { cookies: Map<string, string> } {
  const cookies = new Map<string, string>();
  const fetchWithCookies = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      if (value === '' || /max-age=0\b/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return Object.assign(fetchWithCookies, { cookies });
}

/** A logged-in client: its fetch carries the session cookie, and it knows its device id. */
export interface Client {
  fetch: FetchLike & { cookies: Map<string, string> };
  deviceId: string;
  user: SessionUser;
  /** JSON request to an /api path; returns the status and the parsed body. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

export async function login(baseUrl: string, username: string, deviceId: string, password = TEST_PASSWORD): Promise<Client> {
  const fetchWithCookies = cookieFetch();
  const call: Client['call'] = async (method, path, body) => {
    const response = await fetchWithCookies(`${baseUrl}${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  const answer = await call('POST', '/api/auth/login', { username, password, deviceId, deviceName: `tablet of ${username}` });
  if (answer.status !== 200) throw new Error(`Login of ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { fetch: fetchWithCookies, deviceId, user: (answer.body as LoginResponse).user, call };
}

/** What a batch can have written. */
export interface DbSnapshot {
  records: number;
  mutations: number;
  versionCounter: string;
}

async function snapshotOf(db: TestDatabase): Promise<DbSnapshot> {
  // COUNT(*) is a string on PostgreSQL (BIGINT), a number on SQLite.
  const count = async (table: string) => Number((await db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);
  const [counter] = await db.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version_counter'");
  return { records: await count('records'), mutations: await count('mutations'), versionCounter: String(counter?.value) };
}

/** The same, straight from a SQLite file, for servers started as a separate process. */
export function snapshot(dataDir: string): DbSnapshot {
  const raw = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const count = (table: string) => (raw.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const counter = raw.prepare("SELECT value FROM meta WHERE key = 'version_counter'").get() as { value: string };
    return { records: count('records'), mutations: count('mutations'), versionCounter: counter.value };
  } finally {
    raw.close();
  }
}
