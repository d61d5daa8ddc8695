import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import { login, refusalText } from '../../../src/app/session/login.ts';
import { createTransport } from '../../../src/sync/transport.ts';
import { testDevice } from '../../db/helpers.ts';
import { TEST_PASSWORD, type TestServer, addUser, startTestServer } from '../../server/helpers.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'it', resources: { it: { translation: catalogues.it }, en: { translation: catalogues.en } }, initAsync: false });

describe('the login screen after too many attempts', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The server's login clock stands still, so the delay it announces is exactly its first step.
    const frozen = Date.now();
    server = await startTestServer({ app: { login: { clock: () => frozen } } });
    await addUser(server.storage, 'amina', 'operator', ['barrito']);
    vi.stubGlobal('navigator', { userAgent: 'Sportello test tablet' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await server.close();
  });

  it('learns from the server how long to wait, and says so in every language', async () => {
    const { db } = testDevice();
    const transport = createTransport(server.url);
    for (let i = 0; i < 5; i++) expect(await login(db, transport, 'amina', `guess-number-${i}`)).toEqual({ problem: 'wrong_credentials' });
    const refused = await login(db, transport, 'amina', TEST_PASSWORD);
    expect(refused).toEqual({ problem: 'too_many_attempts', retryAfterSeconds: 1 });
    if (!('problem' in refused)) throw new Error('logged in');

    expect(refusalText(i18n.getFixedT('it'), refused)).toBe('Troppi tentativi: riprova tra 1 secondo.');
    expect(refusalText(i18n.getFixedT('en'), refused)).toBe('Too many attempts: try again in 1 second.');
  });

  it.each([
    ['it', 45, 'Troppi tentativi: riprova tra 45 secondi.'],
    ['it', 900, 'Troppi tentativi: riprova tra 15 minuti.'],
    ['it', 61, 'Troppi tentativi: riprova tra 2 minuti.'],
    ['en', 60, 'Too many attempts: try again in 1 minute.'],
    ['en', undefined, 'Too many attempts: try again in a few minutes.'],
  ])('in %s, a wait of %s s reads "%s"', (lang, seconds, text) => {
    expect(refusalText(i18n.getFixedT(lang), { problem: 'too_many_attempts', retryAfterSeconds: seconds })).toBe(text);
  });

  it('keeps the other problems as they were', () => {
    expect(refusalText(i18n.getFixedT('en'), { problem: 'wrong_credentials' })).toBe('Wrong username or password.');
  });
});
