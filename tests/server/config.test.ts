import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.ts';
import { defaultDistDir } from '../../src/server/paths.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      databaseUrl: undefined,
      distDir: defaultDistDir,
      sessionDays: 14,
      trustProxy: false,
      backupKey: undefined,
      backupDir: undefined,
      backupEveryHours: 24,
      backupKeep: 14,
    });
  });

  const KEY = Buffer.alloc(32, 5).toString('base64');

  it('reads BACKUP_KEY as 32 bytes of base64, refusing anything else without echoing it', () => {
    expect(loadConfig({ BACKUP_KEY: KEY }).backupKey).toEqual(Buffer.alloc(32, 5));
    for (const bad of [Buffer.alloc(31, 5).toString('base64'), Buffer.alloc(33, 5).toString('base64'), `${KEY.slice(0, -2)}!=`, 'secret-passphrase']) {
      expect(() => loadConfig({ BACKUP_KEY: bad })).toThrow(
        /^Invalid configuration: BACKUP_KEY: must be 32 bytes in base64 \(make one with `npm run sportello -- backup --new-key`\)$/,
      );
    }
  });

  it('reads BACKUP_DIR, BACKUP_EVERY_HOURS and BACKUP_KEEP, and refuses scheduled backups without a key', () => {
    expect(loadConfig({ BACKUP_KEY: KEY, BACKUP_DIR: '/srv/backups', BACKUP_EVERY_HOURS: '6', BACKUP_KEEP: '30' })).toMatchObject({
      backupDir: '/srv/backups',
      backupEveryHours: 6,
      backupKeep: 30,
    });
    expect(loadConfig({ BACKUP_KEY: KEY, BACKUP_DIR: 'backups' }).backupDir).toBe(resolve('backups'));
    expect(() => loadConfig({ BACKUP_DIR: '/srv/backups' })).toThrow(/^Invalid configuration: BACKUP_DIR: scheduled backups are encrypted, so BACKUP_KEY must be set too/);
    for (const hours of ['0', '169', '1.5', 'daily']) {
      expect(() => loadConfig({ BACKUP_EVERY_HOURS: hours })).toThrow(/^Invalid configuration: BACKUP_EVERY_HOURS: must be a whole number of hours between 1 and 168$/);
    }
    for (const keep of ['0', '1001', 'all']) {
      expect(() => loadConfig({ BACKUP_KEEP: keep })).toThrow(/^Invalid configuration: BACKUP_KEEP: must be a whole number of backups between 1 and 1000$/);
    }
  });

  it('reads TRUST_PROXY as true or false, refusing anything else', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/^Invalid configuration: TRUST_PROXY: must be true or false$/);
  });

  it('reads SESSION_DAYS, refusing anything but 1 to 400 whole days', () => {
    expect(loadConfig({ SESSION_DAYS: '30' }).sessionDays).toBe(30);
    for (const days of ['0', '401', '1.5', 'two']) {
      expect(() => loadConfig({ SESSION_DAYS: days })).toThrow(/^Invalid configuration: SESSION_DAYS: must be a whole number of days between 1 and 400$/);
    }
  });

  it('reads PORT, HOST, DATA_DIR and DATABASE_URL, treating empty values as unset', () => {
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/srv/sportello', DATABASE_URL: 'postgres://u:p@db/s' });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/srv/sportello', databaseUrl: 'postgres://u:p@db/s' });
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({ port: 8080, databaseUrl: undefined });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL rather than quietly using SQLite', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgress://db/sportello' })).toThrow(
      /^Invalid configuration: DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//,
    );
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s with a readable error', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/^Invalid configuration: PORT: must be a whole number between 0 and 65535$/);
  });
});
