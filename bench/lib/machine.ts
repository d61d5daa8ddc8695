import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH } from './chromium.ts';

/** What the figures were measured on. */
export function describeMachine(): { cpu: string; cores: number; chromium: string; node: string; date: string } {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: keep os.cpus()
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = `not found at ${CHROMIUM_PATH}`;
  }
  return { cpu, cores: cpus().length, chromium, node: process.version, date: new Date().toISOString() };
}

/** The 1-minute load average: figures taken while other work runs on the 2 cores are slower. */
export function describeLoad(): string {
  const load = loadavg()[0] ?? 0;
  const busy = load > cpus().length ? ` — the machine is busy with other work: figures are inflated` : '';
  return `load average ${load.toFixed(1)} on ${cpus().length} cores${busy}`;
}
