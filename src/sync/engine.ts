import type { SportelloDb } from '../db/database.ts';
import { retryDelayMs } from './backoff.ts';
import { readMeta, writeMeta } from './syncMeta.ts';
import { syncOnce, type SyncReport } from './syncOnce.ts';
import { SyncError, type Transport } from './transport.ts';

/**
 * Runs sync when the device comes online, every few minutes while online, and on demand, and
 * keeps a status the UI shows at all times. One engine per tab; a Web Lock keeps two tabs of
 * the same device from syncing at once.
 */
export interface SyncStatus {
  state: 'idle' | 'syncing' | 'offline' | 'error';
  pending: number;
  rejected: number;
  lastSuccessAt: string | null;
  lastError: { kind: string; message: string; at: string } | null;
  /** Nothing waits to be sent and nothing was refused: the tablet can be handed over. */
  safeToHandOver: boolean;
}

export interface EngineOptions {
  periodMs?: number;
  /** Injected for tests; the browser's by default. */
  isOnline?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class SyncEngine {
  private status: SyncStatus = {
    state: 'idle', pending: 0, rejected: 0, lastSuccessAt: null, lastError: null, safeToHandOver: false,
  };
  private listeners = new Set<(s: SyncStatus) => void>();
  private failures = 0;
  private timer: unknown = null;
  private running: Promise<SyncReport | null> | null = null;
  private stopped = false;
  private readonly periodMs: number;
  private readonly isOnline: () => boolean;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly db: SportelloDb,
    private readonly transport: Transport,
    options: EngineOptions = {},
  ) {
    this.periodMs = options.periodMs ?? 3 * 60_000;
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Starts the schedule and listens for the device coming online. */
  start(): void {
    this.stopped = false;
    globalThis.addEventListener?.('online', this.onOnline);
    void this.refreshStatus();
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  /** Runs one round now (or joins the one running). Resolves with its report, or null on failure. */
  syncNow(): Promise<SyncReport | null> {
    if (this.running) return this.running;
    this.running = this.withLock(() => this.runOnce()).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Recounts pending and rejected rows; call after local writes so the UI is current. */
  async refreshStatus(): Promise<void> {
    // Counted through indexes: the outbox can hold many rows after weeks offline.
    const [total, rejected] = await Promise.all([
      this.db.outbox.count(),
      this.db.outbox.where('rejected.at').above('').count(),
    ]);
    const [lastSuccessAt, lastError] = await Promise.all([
      readMeta(this.db, 'lastSuccessAt', null),
      readMeta(this.db, 'lastError', null),
    ]);
    this.update({ pending: total - rejected, rejected, lastSuccessAt, lastError });
  }

  private onOnline = (): void => {
    this.failures = 0;
    void this.syncNow();
  };

  private async runOnce(): Promise<SyncReport | null> {
    if (!this.isOnline()) {
      this.update({ state: 'offline' });
      this.schedule(this.periodMs);
      return null;
    }
    this.update({ state: 'syncing' });
    try {
      const report = await syncOnce(this.db, this.transport);
      this.failures = 0;
      this.update({ state: 'idle' });
      this.schedule(this.periodMs);
      return report;
    } catch (error) {
      const e = error instanceof SyncError ? error : new SyncError('server', error instanceof Error ? error.message : String(error));
      const lastError = { kind: e.kind, message: e.message, at: new Date().toISOString() };
      await writeMeta(this.db, 'lastError', lastError);
      this.failures++;
      this.update({ state: e.kind === 'offline' ? 'offline' : 'error', lastError });
      // Retry for ever: soon with backoff when the network or server failed; at the normal
      // pace when a person must act (log in again, update the app), so sync resumes by itself.
      this.schedule(e.isRetryable ? retryDelayMs(this.failures) : this.periodMs);
      return null;
    } finally {
      await this.refreshStatus();
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
  }

  private withLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = globalThis.navigator?.locks;
    return locks ? locks.request('sportello-sync', fn) : fn();
  }

  private update(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    next.safeToHandOver = next.pending === 0 && next.rejected === 0 && next.state !== 'syncing';
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }
}
