import type { SportelloDb } from '../db/database.ts';
import { onChangeQueued, outboxCounts } from '../db/outbox.ts';
import { watchQuery } from '../db/watch.ts';
import { retryDelayMs } from './backoff.ts';
import { readMeta, writeMeta } from './syncMeta.ts';
import type { SyncReport } from './syncOnce.ts';
import { SyncError, type Transport } from './transport.ts';

/**
 * Runs sync when the device comes online, every few minutes while online, and on demand, and
 * keeps the status the UI shows at all times: it watches the outbox itself, so a screen that
 * writes never refreshes it. One engine per tab; a Web Lock keeps two tabs of the same device
 * from syncing at once. See docs/architecture.md, "Sync".
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

/** What the status shows of the device database: the outbox's counts and the last round's outcome. */
type StoredStatus = Pick<SyncStatus, 'pending' | 'rejected' | 'lastSuccessAt' | 'lastError'>;

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
  /** The round asked for while one runs; it starts as soon as that one ends. */
  private followUp: Promise<SyncReport | null> | null = null;
  /** A change was queued while the running round ran: it may have come after the push. */
  private queuedDuringRound = false;
  private stopWatching: (() => void) | null = null;
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

  /** Starts the schedule, watches the outbox and listens for the device coming online. */
  start(): void {
    this.stopped = false;
    globalThis.addEventListener?.('online', this.onOnline);
    this.stopWatching ??= watchQuery(() => this.readStored(), (stored) => this.update(stored));
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    this.stopWatching?.();
    this.stopWatching = null;
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

  /**
   * Runs a round now and resolves with its report, or null when it failed. Asked while a round
   * runs, it runs one more right after that one (a change written past the running round's
   * push would otherwise wait for the next scheduled round) and resolves with that one's.
   */
  syncNow(): Promise<SyncReport | null> {
    if (!this.running) return this.startRound();
    this.followUp ??= this.running.then((report) => {
      this.followUp = null;
      return this.mayFollowUp(report) ? (this.running ?? this.startRound()) : report;
    });
    return this.followUp;
  }

  private startRound(): Promise<SyncReport | null> {
    // The hook runs inside the writing transaction: it only takes note.
    this.queuedDuringRound = false;
    const stopNoting = onChangeQueued(this.db, () => {
      this.queuedDuringRound = true;
    });
    const round = this.withLock(() => this.runOnce()).finally(() => {
      stopNoting();
      this.running = null;
    });
    this.running = round;
    // Registered before any caller's follow-up, so a caller joins the round this one starts.
    void round.then(
      (report) => {
        if (this.queuedDuringRound && this.mayFollowUp(report)) void this.syncNow();
      },
      () => undefined,
    );
    return round;
  }

  /** A failed round has scheduled its retry already; a stopped engine starts no more rounds. */
  private mayFollowUp(report: SyncReport | null): boolean {
    return report !== null && !this.stopped;
  }

  /** The outbox's counts (through indexes) and the last round's outcome, as stored. */
  private async readStored(): Promise<StoredStatus> {
    const [counts, lastSuccessAt, lastError] = await Promise.all([
      outboxCounts(this.db),
      readMeta(this.db, 'lastSuccessAt', null),
      readMeta(this.db, 'lastError', null),
    ]);
    return { pending: counts.waiting, rejected: counts.refused, lastSuccessAt, lastError };
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
      // The round's code (wire schemas, record checks) loads with the first round, outside the
      // app's initial JavaScript (docs/architecture.md, "Budgets").
      const { syncOnce } = await import('./syncOnce.ts');
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
      // Current when the round's promise resolves, whether or not the outbox is watched.
      this.update(await this.readStored());
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
