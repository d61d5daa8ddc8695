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
    const unique = new Map(keys.map((key) => [keyOf(key.table, key.id), key]));
    for (const row of await tx.getRecords([...unique.values()])) batch.#rows.set(keyOf(row.table, row.id), row);
    return batch;
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
