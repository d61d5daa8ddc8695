import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/server/paths.ts';
import { makeTempDir, writeFakeDist } from './helpers.ts';

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const tempDirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// node --import tsx rather than npx: npx runs through a shell that does not pass SIGTERM on.
function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = started.output().match(pattern);
    if (match) return match;
    if (started.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`No ${pattern} in the server output:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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

    const [, url] = await waitForOutput(started, /Sportello \S+ listening on (http:\/\/127\.0\.0\.1:\d+)/);
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
