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
    expect(result.out).toMatch(/^\s+backup \[--out FILE\] \| backup --new-key\s+write an encrypted backup \(BACKUP_KEY\) while the server runs/m);
    expect(result.out).toMatch(/^\s+restore FILE \[--force\]\s+restore a backup into DATA_DIR/m);
    expect(result.out).toContain('BACKUP_KEY (base64 of 32 bytes; backup --new-key makes one), BACKUP_DIR.');
  });

  it('prints a new backup key even when the configuration is not complete without one', async () => {
    const result = await cli(['backup', '--new-key'], { BACKUP_DIR: '/srv/backups' });
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('answers restore without a file, or with two, with the usage', async () => {
    for (const args of [['restore'], ['restore', 'a.backup', 'b.backup'], ['restore', 'a.backup', '--overwrite']]) {
      const result = await cli(args);
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.err).toContain('Usage: restore FILE [--force]');
    }
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
