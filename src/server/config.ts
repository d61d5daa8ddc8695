import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SESSION_DAYS } from './auth/sessions.ts';
import { defaultDistDir } from './paths.ts';
import { describeIssues } from './zod-issues.ts';

const envSchema = z.object({
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number between 0 and 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number between 0 and 65535'))
    .default(8080),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  // A typo here must not quietly fall back to a local SQLite file beside a shared PostgreSQL.
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(?:ql)?:\/\//i, 'must start with postgres:// or postgresql:// (leave it unset to use SQLite)')
    .optional(),
  DIST_DIR: z.string().trim().min(1).optional(),
  // Browsers cap a cookie's lifetime at 400 days.
  SESSION_DAYS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of days between 1 and 400')
    .transform(Number)
    .pipe(z.number().min(1, 'must be a whole number of days between 1 and 400').max(400, 'must be a whole number of days between 1 and 400'))
    .default(DEFAULT_SESSION_DAYS),
  // Only behind one reverse proxy that appends the client's address to X-Forwarded-For:
  // anywhere else a client could write that header itself and dodge the login limits.
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], 'must be true or false')
    .transform((value) => value === 'true' || value === '1')
    .default(false),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Absolute; the built PWA to serve. */
  distDir: string;
  /** How long a login lasts before the device must log in again. */
  sessionDays: number;
  /** The login limits key clients by the last X-Forwarded-For address instead of the TCP peer's. */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads the environment variables of docs/architecture.md, "Surfaces"; empty values count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error.issues)}`);
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: resolve(parsed.data.DATA_DIR),
    databaseUrl: parsed.data.DATABASE_URL,
    distDir: parsed.data.DIST_DIR === undefined ? defaultDistDir : resolve(parsed.data.DIST_DIR),
    sessionDays: parsed.data.SESSION_DAYS,
    trustProxy: parsed.data.TRUST_PROXY,
  };
}
