import type { AccountsTx } from './accounts.ts';
import type { AttachmentsTx } from './attachments.ts';
import type { AuditTx } from './audit.ts';
import type { Migration, MigrationRef } from './migrations.ts';
import type { RecordsTx } from './records.ts';

export type StorageKind = 'sqlite' | 'postgres';

/**
 * What one database transaction can do, by concern. Adapters implement plain row I/O here; the
 * sync rules (conflicts, idempotent retries) are written once on top of it, so both databases
 * behave alike. Callers that need one concern take that part alone.
 */
export interface StorageTx extends RecordsTx, AccountsTx, AttachmentsTx, AuditTx {}

export interface Storage {
  readonly kind: StorageKind;
  /** Where the data lives, safe to print (never a password). */
  readonly location: string;
  /**
   * Applies the shipped migrations not yet applied, each in its own transaction; returns those it
   * applied, in order. A failing one throws a MigrationError and leaves the database as it was
   * before it. `shipped` is for tests (an old database, a failing step).
   */
  migrate(shipped?: readonly Migration[]): Promise<MigrationRef[]>;
  /** Lists the migrations recorded as applied, in order. */
  appliedMigrations(): Promise<MigrationRef[]>;
  /** Runs `work` in one write transaction: commits if it resolves, rolls back and rethrows if it throws. */
  transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
