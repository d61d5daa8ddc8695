import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_USAGE, runCli } from '../../src/server/cli/run.ts';
import { makeTempDir } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sportello CLI', () => {
  it('prints help with the commands', async () => {
    const result = await cli(['help']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Usage: npm run sportello -- <command>/);
    expect(result.out).toMatch(/^\s+migrate\s+apply pending database migrations/m);
  });

  it('answers an unknown command with the usage and exit code 2', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.err).toMatch(/^Unknown command: frobnicate/);
    expect(result.err).toContain('Usage:');
  });

  it('migrates, printing what it applied, then reports nothing left to do', async () => {
    const dataDir = makeTempDir('cli');
    dirs.push(dataDir);
    const first = await cli(['migrate'], { DATA_DIR: dataDir });
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`Storage: SQLite ${dataDir}/sportello.sqlite`);
    expect(first.out).toContain('Applied migration 1 initial');
    expect(first.out).toContain('Applied migration 2 accounts_sessions_attachments');
    const second = await cli(['migrate'], { DATA_DIR: dataDir });
    expect(second.out).toContain('Database already up to date.');
  });
});
