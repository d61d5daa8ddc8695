import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const defaultDistDir = fileURLToPath(new URL('../../dist/', import.meta.url));

const packageJsonSchema = z.object({ version: z.string() });

export function readPackageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return packageJsonSchema.parse(JSON.parse(text)).version;
}
