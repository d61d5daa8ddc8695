import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from 'hono';
import { newId } from '../../src/domain/ids.ts';
import type { LoginPolicy } from '../../src/server/auth/login-policy.ts';
import { DEFAULT_LOGIN_POLICY } from '../../src/server/auth/login-policy.ts';
import { verifyPassword } from '../../src/server/auth/passwords.ts';
import { TEST_PASSWORD, type TestServer, type TestServerOptions, addUser, backends, startTestServer } from './helpers.ts';

/**
 * The login limits of src/server/auth/login-policy.ts against the running server. Which client
 * a request comes from is the test's `x-test-client` header (the server's default is the TCP
 * peer's address, tested last); time is a clock the test moves, so no test sleeps through a
 * delay or depends on how fast scrypt runs; the password checks are the real ones, counted.
 */
const START = Date.parse('2026-03-02T09:00:00.000Z');
const CAP_SECONDS = DEFAULT_LOGIN_POLICY.accountMaxDelayMs / 1000;
const CLIENT_WINDOW_SECONDS = DEFAULT_LOGIN_POLICY.clientWindowMs / 1000;

interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: number | undefined;
}

describe.each(backends())('login limits on $kind', (backend) => {
  let server: TestServer | undefined;
  let now = START;
  let checks = 0;
  /** While set, every password check waits for it: lets a test hold checks in flight. */
  let gate: Promise<void> | undefined;

  beforeEach(() => {
    now = START;
    checks = 0;
    gate = undefined;
    // Every refused login logs one line; hundreds of them here say nothing.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server?.close();
    server = undefined;
  });

  async function start(policy: Partial<LoginPolicy> = {}, app: TestServerOptions['app'] = {}): Promise<TestServer> {
    server = await startTestServer({
      backend,
      app: {
        clientKey: (c: Context) => c.req.header('x-test-client') ?? 'no-client-named',
        login: {
          policy,
          clock: () => now,
          verify: async (password, stored) => {
            checks++;
            await gate;
            return verifyPassword(password, stored);
          },
        },
        ...app,
      },
    });
    await Promise.all([addUser(server.storage, 'admin', 'admin', ['barrito']), addUser(server.storage, 'amina', 'operator', ['barrito'])]);
    return server;
  }

  async function attempt(username: string, password: string, client: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${server?.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-client': client, ...headers },
      body: JSON.stringify({ username, password, deviceId: newId() }),
    });
    const body = (await response.json()) as { error?: { code: string } };
    const retryAfter = response.headers.get('retry-after');
    return { status: response.status, code: body.error?.code, retryAfter: retryAfter === null ? undefined : Number(retryAfter) };
  }

  /** Holds every password check from now until the returned function is called. */
  function holdChecks(): () => void {
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    return release;
  }

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  const statuses = (answers: Answer[]) => answers.map((answer) => answer.status);
  const count = (answers: Answer[], status: number) => answers.filter((answer) => answer.status === status).length;

  it('a stranger cannot lock the first administrator out: after any number of wrong passwords the owner waits at most the cap', async () => {
    await start();
    // The worst stranger: 30 wrong passwords from three addresses, waiting out every delay it is told.
    const refusals: Answer[] = [];
    for (let guess = 0; guess < 30; guess++) {
      for (;;) {
        const answer = await attempt('admin', `guess-number-${guess}`, `stranger-${guess % 3}`);
        if (answer.status === 401) break;
        expect(answer).toMatchObject({ status: 429, code: 'too_many_attempts' });
        refusals.push(answer);
        now += (answer.retryAfter ?? 0) * 1000;
      }
    }
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) expect(refusal.retryAfter).toBeLessThanOrEqual(CAP_SECONDS);

    // The owner, right after the stranger's last guess, from her own tablet.
    const first = await attempt('admin', TEST_PASSWORD, 'owner');
    expect(first).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(first.retryAfter).toBeGreaterThanOrEqual(1);
    expect(first.retryAfter).toBeLessThanOrEqual(CAP_SECONDS);
    now += (first.retryAfter ?? 0) * 1000;
    expect((await attempt('admin', TEST_PASSWORD, 'owner')).status).toBe(200);
    // Only the 30 guesses and the owner's login were checked: no refused attempt ran scrypt.
    expect(checks).toBe(31);
  }, 60_000);

  it('checks at most the client limit of passwords from one client, whatever the usernames, then refuses it for every username', async () => {
    await start();
    const usernames = Array.from({ length: 40 }, (_, i) => `user.${i}`);
    const { clientConcurrent, clientFailures } = DEFAULT_LOGIN_POLICY;
    // 40 at once, the checks held: those past the limit are refused at once, and of the others
    // no more than the client's concurrent share is being checked at any time.
    const release = holdChecks();
    let answered = 0;
    const burst = usernames.map((username) => attempt(username, 'wrong-password', 'sprayer').finally(() => answered++));
    await until(() => answered >= 40 - clientFailures || checks > clientConcurrent);
    await until(() => checks >= clientConcurrent);
    expect(checks).toBe(clientConcurrent);
    release();
    const parallel = await Promise.all(burst);
    expect(checks).toBe(clientFailures);
    expect(count(parallel, 401)).toBe(clientFailures);
    expect(parallel.filter((answer) => answer.status === 429)).toEqual(Array(40 - clientFailures).fill({ status: 429, code: 'too_many_attempts', retryAfter: CLIENT_WINDOW_SECONDS }));
    // 40 more one after the other: all refused, none checked.
    const sequential: Answer[] = [];
    for (const username of usernames) sequential.push(await attempt(`${username}.b`, 'wrong-password', 'sprayer'));
    expect(statuses(sequential)).toEqual(Array(40).fill(429));
    expect(checks).toBe(clientFailures);

    // Refused for a real account with its right password too; another client is not affected.
    expect((await attempt('amina', TEST_PASSWORD, 'sprayer')).status).toBe(429);
    expect((await attempt('amina', TEST_PASSWORD, 'desk')).status).toBe(200);
    // Once the window has passed, the client may try again.
    now += DEFAULT_LOGIN_POLICY.clientWindowMs;
    expect((await attempt('user.x', 'wrong-password', 'sprayer')).status).toBe(401);
  }, 60_000);

  it('gives 60 parallel guesses on one account no more checks than the limit, and refuses the right password that comes after them', async () => {
    // Room for every guess to be checked at once: only the account's limit may hold them back.
    await start({ totalConcurrent: 64 });
    const free = DEFAULT_LOGIN_POLICY.accountFreeFailures;
    // 59 wrong guesses from 59 clients; the checks they reach are held until the right one is in.
    const release = holdChecks();
    let answered = 0;
    const wrong = Array.from({ length: 59 }, (_, i) => attempt('admin', `guess-number-${i}`, `guesser-${i}`).finally(() => answered++));
    await until(() => answered >= 59 - free || checks > free);
    const right = checks > free ? undefined : await attempt('admin', TEST_PASSWORD, 'guesser-59');
    release();
    const answers = await Promise.all(wrong);
    expect(right).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(count(answers, 401)).toBe(free);
    expect(count(answers, 429)).toBe(59 - free);
    expect(checks).toBe(free);
  }, 60_000);

  it('lets at most the limit of 60 parallel guesses, the right one last, be checked at all', async () => {
    await start();
    const guesses = [...Array.from({ length: 59 }, (_, i) => `guess-number-${i}`), TEST_PASSWORD];
    const answers = await Promise.all(guesses.map((password, i) => attempt('admin', password, `guesser-${i}`)));
    const checked = count(answers, 401) + count(answers, 200);
    expect(checked).toBe(checks);
    expect(checked).toBeLessThanOrEqual(DEFAULT_LOGIN_POLICY.accountFreeFailures);
    expect(count(answers, 429)).toBe(60 - checked);
  }, 60_000);

  it("a successful login clears the account's delay", async () => {
    await start();
    const free = DEFAULT_LOGIN_POLICY.accountFreeFailures;
    const before: Answer[] = [];
    for (let i = 0; i <= free; i++) before.push(await attempt('amina', `guess-number-${i}`, 'stranger'));
    expect(statuses(before)).toEqual([...Array<number>(free).fill(401), 429]);
    const owner = await attempt('amina', TEST_PASSWORD, 'owner');
    expect(owner.status).toBe(429);
    now += (owner.retryAfter ?? 0) * 1000;
    expect((await attempt('amina', TEST_PASSWORD, 'owner')).status).toBe(200);
    expect(await server?.db.query("SELECT * FROM login_failures WHERE username = 'amina'")).toEqual([]);
    // The next guesses start from nothing again.
    const after: Answer[] = [];
    for (let i = 0; i <= free; i++) after.push(await attempt('amina', `guess-again-${i}`, 'stranger-2'));
    expect(statuses(after)).toEqual([...Array<number>(free).fill(401), 429]);
  }, 60_000);

  it('answers an unknown username exactly as a known one, delays included, after the same check', async () => {
    await start();
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt('amina', `guess-number-${i}`, 'a'));
      unknown.push(await attempt('nobody.here', `guess-number-${i}`, 'b'));
    }
    expect(unknown).toEqual(known);
    expect(statuses(known)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(checks).toBe(10);
  }, 60_000);

  it('turns a login away with 503 when too many checks are already running and waiting, and counts no failure for its client', async () => {
    await start({ totalConcurrent: 1, queueLength: 0, clientFailures: 1 });
    const release = holdChecks();
    const held = attempt('amina', 'wrong-password', 'first');
    await until(() => checks === 1);
    expect(await attempt('admin', 'wrong-password', 'second')).toEqual({ status: 503, code: 'busy', retryAfter: 1 });
    release();
    expect((await held).status).toBe(401);
    // The turned-away client still has its one allowed failure.
    expect((await attempt('admin', 'wrong-password', 'second')).status).toBe(401);
    expect((await attempt('admin', 'wrong-password', 'second')).status).toBe(429);
  }, 60_000);

  it('keys clients by the TCP peer and ignores X-Forwarded-For unless TRUST_PROXY says a proxy wrote it', async () => {
    // The default client key: the loopback address, whatever the header says.
    await start({ clientFailures: 3 }, { clientKey: undefined });
    const spoofed: number[] = [];
    for (let i = 0; i < 4; i++) spoofed.push((await attempt(`user.${i}`, 'wrong-password', '', { 'x-forwarded-for': `203.0.113.${i}` })).status);
    expect(spoofed).toEqual([401, 401, 401, 429]);
    await server?.close();

    await start({ clientFailures: 3 }, { clientKey: undefined, trustProxy: true });
    const proxied: number[] = [];
    for (let i = 0; i < 4; i++) proxied.push((await attempt(`user.${i}`, 'wrong-password', '', { 'x-forwarded-for': `198.51.100.7, 203.0.113.${i}` })).status);
    expect(proxied).toEqual([401, 401, 401, 401]);
    // The first entries are the client's own writing: only the proxy's last one counts.
    const sameLast: number[] = [];
    for (let i = 0; i < 4; i++) sameLast.push((await attempt(`other.${i}`, 'wrong-password', '', { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` })).status);
    expect(sameLast).toEqual([401, 401, 401, 429]);
  }, 60_000);
});
