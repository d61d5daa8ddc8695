import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot, tempDir } from '../lib/paths.ts';

/**
 * The real Sportello server as a child process (`node --import tsx src/server/main.ts`) on a
 * free loopback port, with a temp DATA_DIR, the bench page as DIST_DIR and, for PostgreSQL, a
 * DATABASE_URL. The operator account is made first with the CLI, as an administrator would.
 */
export interface RunningServer {
  url: string;
  username: string;
  password: string;
  /** The server's output so far (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

export async function startServer(distDir: string, databaseUrl?: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(tempDir('server-data'), 'data'), DIST_DIR: distDir };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const username = 'bench.operator';
  const password = randomBytes(12).toString('base64url');

  const cli = run(['src/server/cli.ts', 'create-user', '--username', username, '--name', 'Bench Operator', '--role', 'operator', '--sites', 'barrito', '--password', password], env);
  if ((await exited(cli.child)) !== 0) throw new Error(`create-user failed:\n${cli.output()}`);

  const server = run(['src/server/main.ts'], env);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the server exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health within 60 s:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    username,
    password,
    output: server.output,
    async stop() {
      if (server.child.exitCode !== null) return;
      server.child.kill('SIGTERM');
      const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
      await exited(server.child);
      clearTimeout(timer);
    },
  };
}
