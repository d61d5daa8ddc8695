import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from '../../src/server/paths.ts';

/** `npm start` as a child process: the real src/server/main.ts, its output captured. */
export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];

// node --import tsx rather than npx: npx runs through a shell that does not pass signals on.
export function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Kills every server this file started that is still running (for afterEach). */
export function killStartedServers(): void {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export async function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = started.output().match(pattern);
    if (match) return match;
    if (started.child.exitCode !== null || started.child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`No ${pattern} in the server output:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const LISTENING = /Sportello \S+ listening on (http:\/\/127\.0\.0\.1:\d+)/;
export const FIRST_ADMIN = /first administrator created: username admin, password (\S+)/;
