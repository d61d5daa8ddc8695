import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app.ts';
import { readPackageVersion } from '../../src/server/paths.ts';
import { openSqlite } from '../../src/server/storage/sqlite.ts';
import type { Storage } from '../../src/server/storage/storage.ts';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  storage: Storage;
  dataDir: string;
  distDir: string;
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

/**
 * The real server on loopback with a real SQLite file in a temp folder, migrated.
 * Pass `distDir` to serve a real build; by default a small fake one is written.
 */
export async function startTestServer(options: { distDir?: string } = {}): Promise<TestServer> {
  const dataDir = makeTempDir('data');
  const distDir = options.distDir ?? join(makeTempDir('dist'), 'dist');
  if (!options.distDir) writeFakeDist(distDir);
  const storage = openSqlite(dataDir);
  await storage.migrate();
  const app = createApp({ storage, distDir, version: readPackageVersion() });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    storage,
    dataDir,
    distDir,
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (!options.distDir) rmSync(join(distDir, '..'), { recursive: true, force: true });
    },
  };
}
