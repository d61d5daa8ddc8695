import { describe, expect, it, vi } from 'vitest';
import { problemOf } from '../../../src/app/admin/api';
import { SyncError } from '../../../src/sync/transport.ts';

describe('an accounts request that fails is one problem the screen can say', () => {
  it.each([
    [new SyncError('offline', 'network error'), 'offline'],
    [new SyncError('unauthorised', 'revoked', 401, undefined, 'session_revoked'), 'unauthorised'],
    [new SyncError('forbidden', 'no', 403, undefined, 'forbidden'), 'forbidden'],
    [new SyncError('invalid', 'taken', 409, undefined, 'username_taken'), 'username_taken'],
    [new SyncError('invalid', 'last', 409, undefined, 'last_admin'), 'last_admin'],
    [new SyncError('invalid', 'self', 409, undefined, 'own_account'), 'own_account'],
    [new SyncError('invalid', 'sites', 400, undefined, 'unknown_site'), 'unknown_site'],
    [new SyncError('invalid', 'gone', 404, undefined, 'not_found'), 'not_found'],
    [new SyncError('invalid', 'bad', 400, undefined, 'invalid_request'), 'invalid'],
    [new SyncError('server', 'boom', 500, undefined, 'internal_error'), 'server'],
  ] as const)('%s → %s', (error, problem) => {
    expect(problemOf(error)).toBe(problem);
  });

  it('a bug of the app reads "server" and is logged', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(problemOf(new TypeError('oops'))).toBe('server');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
