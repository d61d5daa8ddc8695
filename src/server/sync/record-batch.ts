import type { TableName } from '../../domain/records/index.ts';
import type { RecordKey, RecordRow, RecordsTx } from '../storage/records.ts';
import type { RecordWriter } from './server-records.ts';

const keyOf = (table: TableName, id: string): string => `${table}/${id}`;

/**
 * The records one push batch touches: read in one query before the batch, written in one at its
 * end (on PostgreSQL each query is a round trip; a 500-mutation batch would otherwise make
 * thousands). A mutation sees the writes of the mutations before it in the same batch.
 */
export class RecordBatch implements RecordWriter {
  readonly #tx: RecordsTx;
  readonly #rows = new Map<string, RecordRow>();
  readonly #written = new Map<string, RecordRow>();

  private constructor(tx: RecordsTx) {
    this.#tx = tx;
  }

  static async load(tx: RecordsTx, keys: readonly RecordKey[]): Promise<RecordBatch> {
    const batch = new RecordBatch(tx);
    await batch.include(keys);
    return batch;
  }

  /** Reads the records among `keys` not held yet (those the rules look at beside the touched ones). */
  async include(keys: readonly RecordKey[]): Promise<void> {
    const missing = new Map(keys.filter((key) => !this.#rows.has(keyOf(key.table, key.id))).map((key) => [keyOf(key.table, key.id), key]));
    if (missing.size > 0) this.hold(await this.#tx.getRecords([...missing.values()]));
  }

  /** Holds rows read elsewhere; a row this batch already holds (perhaps changed) is kept. */
  hold(rows: readonly RecordRow[]): void {
    for (const row of rows) {
      const key = keyOf(row.table, row.id);
      if (!this.#rows.has(key)) this.#rows.set(key, row);
    }
  }

  /** The held rows of one table, in their latest state. */
  rowsOf(table: TableName): RecordRow[] {
    return [...this.#rows.values()].filter((row) => row.table === table);
  }

  get(table: TableName, id: string): RecordRow | undefined {
    return this.#rows.get(keyOf(table, id));
  }

  nextVersion(): Promise<number> {
    return this.#tx.nextVersion();
  }

  async putRecords(rows: readonly RecordRow[]): Promise<void> {
    for (const row of rows) {
      this.#rows.set(keyOf(row.table, row.id), row);
      this.#written.set(keyOf(row.table, row.id), row);
    }
  }

  /** Writes every record put since load, each once, in its latest state. */
  flush(): Promise<void> {
    return this.#tx.putRecords([...this.#written.values()]);
  }
}
