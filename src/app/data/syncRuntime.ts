import { SyncEngine } from '../../sync/engine.ts';
import { createTransport } from '../../sync/transport.ts';
import { db } from './db';

/** The app and its endpoint share one origin, so the session cookie rides on every request. */
export const transport = createTransport('');

export const engine = new SyncEngine(db, transport);
