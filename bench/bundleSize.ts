import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { budgeted, info, kb } from './lib/report.ts';
import { repoRoot, tempDir } from './lib/paths.ts';

/** DESIGN §6: the app shell's initial JavaScript, gzip level 9. */
export const INITIAL_JS_BUDGET = 150 * 1024;

/** The JS the browser fetches before the first render: entry scripts and modulepreloads. */
export function initialScripts(html: string): string[] {
  const srcs = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/type=["']?module/.test(tag)) srcs.add(/src=["']([^"']+)["']/.exec(tag)?.[1] ?? '');
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/rel=["']?modulepreload/.test(tag)) srcs.add(/href=["']([^"']+)["']/.exec(tag)?.[1] ?? '');
  }
  srcs.delete('');
  return [...srcs];
}

export async function measureBundleSize(): Promise<void> {
  const outDir = join(tempDir('app-build'), 'dist');
  const started = performance.now();
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  console.log(`  app built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = initialScripts(html).map((src) => {
    const bytes = readFileSync(join(outDir, src.replace(/^\//, '')));
    return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error('index.html references no module script');
  files.sort((a, b) => b.gzip - a.gzip);
  console.log('  initial JS files (gzip -9):');
  for (const f of files) console.log(`    ${kb(f.gzip).padStart(9)}  (${kb(f.raw)} raw)  ${f.src}`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  budgeted(`Initial JS, gzip -9 (${files.length} files)`, total, INITIAL_JS_BUDGET, kb);
  const largest = files.slice(0, 3).map((f) => `${f.src.replace(/^.*\//, '')} ${kb(f.gzip)}`).join(', ');
  info('  largest initial files', largest);
}
