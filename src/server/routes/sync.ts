import type { Hono } from 'hono';
import { z } from 'zod';
import {
  MAX_PULL_PAGE, MIN_SCHEMA_VERSION, type PullResponse, type PushResponse, SCHEMA_VERSION, pushEnvelopeSchema,
} from '../../domain/sync/protocol.ts';
import { type AppEnv, requireSession } from '../auth/middleware.ts';
import { HttpError } from '../http/errors.ts';
import { readJsonBody, validateInput } from '../http/json-body.ts';
import { logSafe } from '../http/log.ts';
import type { Storage } from '../storage/storage.ts';
import { pullPage } from '../sync/pull.ts';
import { applyPush } from '../sync/push.ts';
import { answersFor } from '../sync/seq-binding.ts';
import { validateMutations } from '../sync/validate-mutations.ts';

const DEFAULT_PULL_LIMIT = 500;

/**
 * A push body may nest far deeper than MAX_JSON_DEPTH, so that a mutation nested past
 * MAX_VALUE_DEPTH is rejected on its own rather than sinking its batch; parsing stays linear
 * (V8's JSON.parse does not recurse) and the body is size-limited anyway.
 */
const MAX_PUSH_JSON_DEPTH = 10_000;

/** Read first and alone, so an app too old to speak today's protocol hears "update" rather than "bad request". */
const versionOnly = z.looseObject({ schemaVersion: z.int('invalid_type') });

const whole = z.string().regex(/^\d{1,15}$/, 'invalid_value').transform(Number);
const pullQuery = z.strictObject({
  cursor: whole.optional().default(0),
  limit: whole.pipe(z.number().min(1, 'invalid_value').max(MAX_PULL_PAGE, 'too_many')).optional().default(DEFAULT_PULL_LIMIT),
});

export function syncRoutes(api: Hono<AppEnv>, deps: { storage: Storage }): void {
  const session = requireSession(deps.storage);

  api.post('/sync/push', session, async (c) => {
    const { user, session: current } = c.get('auth');
    const body = await readJsonBody(c, versionOnly, MAX_PUSH_JSON_DEPTH);
    const { schemaVersion } = body;
    if (schemaVersion < MIN_SCHEMA_VERSION || schemaVersion > SCHEMA_VERSION) {
      const message =
        schemaVersion < MIN_SCHEMA_VERSION
          ? 'This version of the app is too old for the server: update the app, then sync again.'
          : 'This app is newer than the server: the server must be updated before this tablet can sync.';
      throw new HttpError(426, 'upgrade_required', message, { minVersion: MIN_SCHEMA_VERSION, maxVersion: SCHEMA_VERSION });
    }
    const request = validateInput(pushEnvelopeSchema, body);
    if (request.deviceId !== current.deviceId) {
      throw new HttpError(403, 'device_mismatch', 'This session belongs to another device; log in again on this one.');
    }
    const { valid, refused } = validateMutations(request.mutations);
    const results = answersFor(schemaVersion, await applyPush(deps.storage, { user, deviceId: current.deviceId }, valid, refused));
    const renumbered = results.find((result) => result.status === 'renumber');
    if (renumbered) console.warn(`push from device ${logSafe(current.deviceId)} (${logSafe(user.username)}): ${logSafe(renumbered.reason ?? '')}`);
    const rejected = results.filter((result) => result.status === 'rejected');
    if (rejected.length > 0) {
      const reasons = rejected.slice(0, 5).map((result) => `seq ${result.seq}: ${logSafe(result.reason ?? '')}`);
      const from = `device ${logSafe(current.deviceId)} (${logSafe(user.username)})`;
      console.warn(`push from ${from}: ${rejected.length} of ${results.length} rejected — ${reasons.join('; ')}`);
    }
    const response: PushResponse = { results };
    return c.json(response);
  });

  api.get('/sync/pull', session, async (c) => {
    const { cursor, limit } = validateInput(pullQuery, c.req.query());
    const body: PullResponse = await pullPage(deps.storage, c.get('auth').user, cursor, limit);
    return c.json(body);
  });
}
