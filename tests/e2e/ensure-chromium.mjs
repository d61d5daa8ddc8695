// Makes sure Debian's Chromium is there before Playwright runs (the e2e tests drive
// /usr/bin/chromium, not a downloaded browser). Installs it when it can; otherwise fails
// loudly — the e2e tests are never skipped silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isRoot && hasCommand('apt-get')) {
  console.log('Chromium is missing: installing it with apt-get…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // Reported below, together with the case where the package installed no binary.
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`apt-get did not install ${CHROMIUM}.`);
  process.exit(1);
}

console.error('Chromium is missing: run  sudo apt-get install -y chromium  and then npm test again.');
process.exit(1);
