import * as z from 'zod/mini';
import { Id, IsoDateTime, storableText, storableValue } from '../records/common.ts';
import { TABLE_NAMES, type TableName } from '../records/index.ts';
import { roles } from '../vocab/activities.ts';

/**
 * The wire messages between a device and the server (docs/architecture.md, "Sync"). Both sides validate with
 * these schemas. Bump SCHEMA_VERSION when a message or record shape changes; the server
 * accepts this version and the one before.
 */
export const SCHEMA_VERSION = 2;
export const MIN_SCHEMA_VERSION = 1;
/**
 * Version 2 added the result status 'renumber' (with `nextSeq`). A version-1 device validates
 * answers with a strict schema that knows neither, so the server answers it 'rejected' with
 * the same reason instead: its row stays in the outbox, shown, and is never lost.
 */
export const RENUMBER_SINCE_SCHEMA_VERSION = 2;
export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_PAGE = 1000;

export const tableName = z.enum(TABLE_NAMES as [TableName, ...TableName[]], 'invalid_value');

export const mutationSchema = z.strictObject({
  /** The device's outbox sequence number: the server's idempotency key with the device id. */
  seq: z.int().check(z.positive()),
  table: tableName,
  recordId: Id,
  op: z.enum(['create', 'update', 'delete']),
  /** The server version the edit was made on; null for a create. */
  baseVersion: z.nullable(z.int().check(z.gte(0))),
  /** The changed fields; the whole record for a create. null clears an optional field. */
  changes: z.record(z.string(), z.unknown()).check(storableValue()),
  at: IsoDateTime,
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  schemaVersion: z.int(),
  deviceId: Id,
  mutations: z
    .array(mutationSchema)
    .check(
      z.maxLength(MAX_PUSH_BATCH, 'too_many'),
      z.refine((ms) => ms.every((m, i) => i === 0 || m.seq > ms[i - 1]!.seq), 'seq_not_increasing'),
    ),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * What the server checks of a push before its mutations: each mutation only needs a readable
 * seq here, and is then validated on its own, so one the server cannot take is answered
 * `rejected` by its seq and never sinks the batch (docs/architecture.md, "A server push").
 */
export const pushEnvelopeSchema = z.strictObject({
  schemaVersion: z.int(),
  deviceId: Id,
  mutations: z
    .array(z.looseObject({ seq: mutationSchema.shape.seq }))
    .check(
      z.maxLength(MAX_PUSH_BATCH, 'too_many'),
      z.refine((ms) => ms.every((m, i) => i === 0 || m.seq > ms[i - 1]!.seq), 'seq_not_increasing'),
    ),
});

/**
 * 'renumber': the device's seq was already used on this device for another change (another
 * account with this device id, or a device whose counter went back): nothing was applied or
 * acknowledged; the device moves the row to `nextSeq` or later and sends it again.
 */
export const mutationStatus = z.enum(['applied', 'merged', 'conflict', 'rejected', 'renumber']);
export type MutationStatus = z.infer<typeof mutationStatus>;

export const mutationResultSchema = z.strictObject({
  seq: z.int(),
  status: mutationStatus,
  /** The record's server version after this mutation (absent when rejected). */
  version: z.optional(z.int()),
  /** Why a mutation was rejected, in plain English, e.g. "birthDate: The date cannot be in the future". */
  reason: z.optional(z.string()),
  /** With 'rejected' by a rule (domain/policy/changePolicy.ts RefusalCode): what the device says in its operator's language. */
  code: z.optional(z.string().check(z.maxLength(60))),
  /** Fields the server kept its own value for; a conflict record holds both values. */
  conflictFields: z.optional(z.array(z.string())),
  /** With 'renumber': the smallest seq greater than every seq the server holds for this device. */
  nextSeq: z.optional(z.int().check(z.positive())),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.strictObject({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const changeSchema = z.strictObject({
  table: tableName,
  record: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.strictObject({
  changes: z.array(changeSchema),
  cursor: z.int().check(z.gte(0)),
  hasMore: z.boolean(),
  /** The cursor is older than the kept tombstones: drop local synced data and pull from 0. */
  reset: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** 32 random bytes in base64url. */
export const DEVICE_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const loginRequestSchema = z.strictObject({
  username: z.string().check(z.minLength(1, 'required'), z.maxLength(60, 'too_long'), storableText()),
  password: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long'), storableText()),
  deviceId: Id,
  /**
   * The tablet's own random secret, made with its device id: the server binds the id to it at the
   * first login, so another account cannot log in under this tablet's id. Optional for apps of
   * schema version 1; an id once bound needs it.
   */
  deviceSecret: z.optional(z.string().check(z.regex(DEVICE_SECRET_PATTERN, 'invalid_value'))),
  deviceName: z.optional(z.string().check(z.maxLength(120, 'too_long'), storableText())),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.strictObject({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles.codes),
  siteIds: z.array(Id),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.strictObject({ user: sessionUserSchema, expiresAt: IsoDateTime });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** The error body of every 4xx/5xx answer under /api/ (docs/architecture.md, "Surfaces"). */
export const apiErrorSchema = z.strictObject({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
