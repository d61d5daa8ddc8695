import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from './paths.ts';

/**
 * Builds the PWA when the dist folder has no index.html, so a fresh checkout works with just
 * `npm start`. Vite runs in a child process so its memory is not kept by the server.
 */
export async function ensureClientBuilt(distDir: string): Promise<void> {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.log(`No built app in ${distDir}; running the Vite build (once)…`);
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const exitCode = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', distDir, '--emptyOutDir'], { cwd: repoRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', resolvePromise);
  });
  if (exitCode !== 0 || !existsSync(join(distDir, 'index.html'))) {
    throw new ClientBuildError(`The Vite build failed (exit code ${exitCode}); see its output above.`);
  }
}

export class ClientBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientBuildError';
  }
}
