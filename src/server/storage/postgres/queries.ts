import type pg from 'pg';

/** One pooled client's queries, each a round trip, inside the transaction that client runs. */
export interface Queries {
  rows<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  /** The `n` of a `SELECT COUNT(*) AS n …`: pg returns a BIGINT count as a string. */
  count(text: string, values: unknown[]): Promise<number>;
  run(text: string, values?: unknown[]): Promise<void>;
}

export function queries(client: pg.PoolClient): Queries {
  const rows = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> =>
    (await client.query<R>(text, values)).rows;
  return {
    rows,
    count: async (text, values) => Number((await rows<{ n: string }>(text, values))[0]?.n ?? 0),
    run: async (text, values = []) => {
      await client.query(text, values);
    },
  };
}

