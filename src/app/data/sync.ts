import type { SyncEngine, SyncStatus } from '../../sync/engine.ts';
import type { Transport } from '../../sync/transport.ts';

/**
 * The tab's sync engine, loaded after the first screen is up: the engine, the wire schemas and
 * the record validators are not needed to open the front desk, and keeping them out of the
 * initial bundle keeps start-up within budget (docs/architecture.md, "Budgets"). Until it loads, the status is the
 * last one known (pending counts arrive with the first refresh).
 */
let runtime: Promise<{ engine: SyncEngine; transport: Transport }> | null = null;
let status: SyncStatus = {
  state: 'idle', pending: 0, rejected: 0, lastSuccessAt: null, lastError: null, safeToHandOver: false,
};
const listeners = new Set<(s: SyncStatus) => void>();

function load() {
  runtime ??= import('./syncRuntime').then((m) => {
    m.engine.subscribe((next) => {
      status = next;
      for (const listener of listeners) listener(next);
    });
    return m;
  });
  return runtime;
}

export const syncEngine = {
  start: (): void => void load().then(({ engine }) => engine.start()),
  stop: (): void => void runtime?.then(({ engine }) => engine.stop()),
  syncNow: async () => (await load()).engine.syncNow(),
  refreshStatus: async () => (await load()).engine.refreshStatus(),
  subscribe(listener: (s: SyncStatus) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getStatus: (): SyncStatus => status,
};

export async function loadTransport(): Promise<Transport> {
  return (await load()).transport;
}
