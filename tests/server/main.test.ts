import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, writeFakeDist } from './helpers.ts';
import { LISTENING, killStartedServers, startMain, waitForOutput } from './main-process.ts';

const tempDirs: string[] = [];

afterEach(() => {
  killStartedServers();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
}

describe('npm start (src/server/main.ts)', () => {
  it('starts on the given port, answers health, and stops cleanly on SIGTERM', async () => {
    const dataDir = join(tempDir('main-data'), 'data');
    const distDir = tempDir('main-dist');
    writeFakeDist(distDir);
    const started = startMain({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir });

    const [, url] = await waitForOutput(started, LISTENING);
    expect(started.output()).toContain(`storage: SQLite ${join(dataDir, 'sportello.sqlite')}`);
    expect(started.output()).toContain(`data folder: ${dataDir}`);

    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', version: expect.any(String), storage: 'sqlite' });
    const shell = await fetch(`${url}/`);
    expect(await shell.text()).toContain('Sportello test shell');

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(existsSync(join(dataDir, 'sportello.sqlite'))).toBe(true);
  }, 30_000);

  it('refuses a bad PORT with a readable message and exit code 1', async () => {
    const started = startMain({ PORT: 'eighty', DATA_DIR: tempDir('main-bad-port') });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('Invalid configuration: PORT: must be a whole number between 0 and 65535');
    expect(started.output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
