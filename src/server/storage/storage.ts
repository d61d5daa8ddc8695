import type { MigrationRef } from './migrations.ts';

export type StorageKind = 'sqlite' | 'postgres';

/**
 * What one database transaction can do. Adapters implement plain row I/O here; the sync rules
 * (conflicts, idempotent retries) are written once on top of it, so both databases behave alike.
 */
export interface StorageTx {
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Takes the next value of the single global version counter. The counter row stays locked until
   * the transaction ends, so commit order equals version order and a pull never skips a late commit.
   */
  nextVersion(): Promise<number>;
}

export interface Storage {
  readonly kind: StorageKind;
  /** Where the data lives, safe to print (never a password). */
  readonly location: string;
  /** Applies the shipped migrations not yet applied; returns those it applied, in order. */
  migrate(): Promise<MigrationRef[]>;
  /** Lists the migrations recorded as applied, in order. */
  appliedMigrations(): Promise<MigrationRef[]>;
  /** Runs `work` in one write transaction: commits if it resolves, rolls back and rethrows if it throws. */
  transaction<T>(work: (tx: StorageTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
