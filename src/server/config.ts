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
  // The value is never echoed back: an error names the variable only.
  BACKUP_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (make one with `npm run sportello -- backup --new-key`)')
    .transform((value) => Buffer.from(value, 'base64'))
    .optional(),
  BACKUP_DIR: z.string().trim().min(1).optional(),
  // At most a week: a longer wait would overflow the timer (about 24.8 days) and is no backup plan.
  BACKUP_EVERY_HOURS: wholeNumber(1, 168, 'hours').default(24),
  BACKUP_KEEP: wholeNumber(1, 1000, 'backups').default(14),
});

function wholeNumber(min: number, max: number, unit: string) {
  const message = `must be a whole number of ${unit} between ${min} and ${max}`;
  return z.string().trim().regex(/^\d+$/, message).transform(Number).pipe(z.number().min(min, message).max(max, message));
}

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
  /** AES-256 key of the backups (docs/architecture.md, "Server storage"); never printed. */
  backupKey: Buffer | undefined;
  /** Absolute; the server writes a backup here every `backupEveryHours` when set. */
  backupDir: string | undefined;
  backupEveryHours: number;
  /** How many scheduled backups to keep in `backupDir`; older ones are deleted. */
  backupKeep: number;
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
  if (parsed.data.BACKUP_DIR !== undefined && parsed.data.BACKUP_KEY === undefined) {
    throw new ConfigError(
      'Invalid configuration: BACKUP_DIR: scheduled backups are encrypted, so BACKUP_KEY must be set too (make one with `npm run sportello -- backup --new-key`)',
    );
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: resolve(parsed.data.DATA_DIR),
    databaseUrl: parsed.data.DATABASE_URL,
    distDir: parsed.data.DIST_DIR === undefined ? defaultDistDir : resolve(parsed.data.DIST_DIR),
    sessionDays: parsed.data.SESSION_DAYS,
    trustProxy: parsed.data.TRUST_PROXY,
    backupKey: parsed.data.BACKUP_KEY,
    backupDir: parsed.data.BACKUP_DIR === undefined ? undefined : resolve(parsed.data.BACKUP_DIR),
    backupEveryHours: parsed.data.BACKUP_EVERY_HOURS,
    backupKeep: parsed.data.BACKUP_KEEP,
  };
}
