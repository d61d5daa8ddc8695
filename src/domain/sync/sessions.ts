import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../records/common.ts';

/**
 * `GET /api/sessions` (coordinators and administrators): every login, so a lost tablet can be
 * found by its device name and cut off with `POST /api/sessions/:id/revoke`.
 */
export const sessionInfoSchema = z.strictObject({
  id: Id,
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  deviceId: Id,
  deviceName: z.nullable(z.string()),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: z.nullable(IsoDateTime),
  /** The session making this request. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const sessionListSchema = z.strictObject({ sessions: z.array(sessionInfoSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

export const revokeSessionResponseSchema = z.strictObject({ session: sessionInfoSchema });
export type RevokeSessionResponse = z.infer<typeof revokeSessionResponseSchema>;
