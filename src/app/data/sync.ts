import type { SportelloDb } from '../../db/database.ts';
import { SyncEngine } from '../../sync/engine.ts';
import { createTransport } from '../../sync/transport.ts';

/** The app and its endpoint share one origin, so the session cookie rides on every request. */
export const transport = createTransport('');

/**
 * The tab's sync engine, made at start-up (main.tsx) for the device database. It owns the
 * sync status and keeps it current by watching the outbox; SessionGate starts it while
 * someone is logged in.
 */
export let syncEngine: SyncEngine;

export function createSyncEngine(db: SportelloDb): SyncEngine {
  syncEngine ??= new SyncEngine(db, transport);
  return syncEngine;
}
