import { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { migrateWithBackup } from './backup/before-migrating.ts';
import { BackupFileError } from './backup/backup-file.ts';
import { scheduleBackups } from './backup/schedule.ts';
import { ensureFirstAdmin } from './auth/users.ts';
import { ClientBuildError, ensureClientBuilt } from './client-build.ts';
import { ConfigError, loadConfig } from './config.ts';
import { readPackageVersion } from './paths.ts';
import { MigrationError, MigrationHistoryError } from './storage/migrations.ts';
import { openStorage } from './storage/open.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const version = readPackageVersion();
  await ensureClientBuilt(config.distDir);

  const storage = openStorage(config);
  try {
    // An older database is copied first (docs/architecture.md, "Server storage").
    await migrateWithBackup(storage, config, (line) => console.log(line));
  } catch (error) {
    await storage.close();
    throw error;
  }

  const firstAdmin = await ensureFirstAdmin(storage);
  const backups = scheduleBackups(config, storage);

  const app = createApp({ storage, version, distDir: config.distDir, sessionDays: config.sessionDays, trustProxy: config.trustProxy });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    console.log(
      [
        `Sportello ${version} listening on http://${shownHost}:${info.port}`,
        `  storage: ${storage.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${storage.location}`,
        `  data folder: ${config.dataDir}`,
        ...(config.backupDir ? [`  backups: every ${config.backupEveryHours} h into ${config.backupDir}, keeping ${config.backupKeep}`] : []),
        // The only place this password ever appears: it is not stored, and never logged again.
        ...(firstAdmin
          ? [
              `  first administrator created: username ${firstAdmin.user.username}, password ${firstAdmin.password}`,
              '  (shown only this once: write it down, then create the other accounts with `npm run sportello -- create-user`)',
            ]
          : []),
      ].join('\n'),
    );
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'is already in use' : error.code === 'EACCES' ? 'needs more privileges' : error.message;
    console.error(`Sportello could not listen on ${config.host}:${config.port}: the port ${reason}. Set PORT to another port.`);
    void storage.close().finally(() => process.exit(1));
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    backups.stop();
    console.log(`${signal} received: stopping Sportello…`);
    // close() ends idle keep-alive sockets itself; a request still running gets a grace period, then is cut.
    const force = setTimeout(() => {
      if (server instanceof Server) server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      storage
        .close()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error('Could not close the storage cleanly:', error);
          process.exit(1);
        });
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const explained = [ConfigError, MigrationHistoryError, MigrationError, ClientBuildError, BackupFileError];
  if (explained.some((kind) => error instanceof kind)) {
    console.error((error as Error).message);
  } else {
    console.error('Sportello could not start:', error);
  }
  process.exit(1);
});
