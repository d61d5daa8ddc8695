import type { LoginPolicy } from './login-policy.ts';

/** One counted attempt of a client: `forgive` when it succeeded, `end` when it is over, always. */
export interface ClientAttempt {
  /** Runs the attempt's work when fewer than `clientConcurrent` of the client's attempts run. */
  run<T>(work: () => Promise<T>): Promise<T>;
  forgive(): void;
  end(): void;
}

interface ClientState {
  /** When each counted attempt began, oldest first. */
  failures: number[];
  inFlight: number;
  turns: WorkLimit;
}

/**
 * The per-client half of the policy in `login-policy.ts`, in this process's memory. `begin` checks
 * and counts in one synchronous step, so parallel requests cannot slip past the limit. Counted
 * attempts beyond the client's concurrent share wait their turn rather than being refused: the
 * tablets of one house behind one address may well log in at the same moment, and the waiting
 * ones are bounded by the failures the client may still make.
 */
export class ClientLimits {
  readonly #clients = new Map<string, ClientState>();
  #lastSweep = 0;

  constructor(private readonly policy: LoginPolicy) {}

  /** Counts an attempt of `key` as failed until forgiven, or says how long it must wait. */
  begin(key: string, now: number): ClientAttempt | { waitMs: number } {
    this.#sweep(now);
    const state = this.#clients.get(key) ?? { failures: [], inFlight: 0, turns: new WorkLimit(this.policy.clientConcurrent, Infinity) };
    this.#clients.set(key, state);
    this.#forgetOld(state, now);
    const [oldest] = state.failures;
    if (oldest !== undefined && state.failures.length >= this.policy.clientFailures) {
      return { waitMs: oldest + this.policy.clientWindowMs - now };
    }
    state.failures.push(now);
    state.inFlight++;
    let ended = false;
    return {
      run: (work) => state.turns.run(work),
      forgive: () => {
        const at = state.failures.indexOf(now);
        if (at >= 0) state.failures.splice(at, 1);
      },
      end: () => {
        if (ended) return;
        ended = true;
        state.inFlight--;
        if (state.inFlight === 0 && state.failures.length === 0) this.#clients.delete(key);
      },
    };
  }

  #forgetOld(state: ClientState, now: number): void {
    const since = now - this.policy.clientWindowMs;
    while (state.failures[0] !== undefined && state.failures[0] <= since) state.failures.shift();
  }

  /** Drops clients with nothing left to remember, once per window, so the map stays small. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.policy.clientWindowMs) return;
    this.#lastSweep = now;
    for (const [key, state] of this.#clients) {
      this.#forgetOld(state, now);
      if (state.inFlight === 0 && state.failures.length === 0) this.#clients.delete(key);
    }
  }
}

/** At most `max` tasks at once, the others waiting in turn; `full` once `queueLength` wait too. */
export class WorkLimit {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly queueLength: number,
  ) {}

  get full(): boolean {
    return this.#running >= this.max && this.#waiting.length >= this.queueLength;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.max) {
      // The finishing task hands its slot over: #running stays counted for this one.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
