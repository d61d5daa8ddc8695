import type Database from 'better-sqlite3';

/** A prepared statement for a SQL text, prepared once per connection and kept. */
export type Statements = (text: string) => Database.Statement;

export function statementCache(db: Database.Database): Statements {
  const prepared = new Map<string, Database.Statement>();
  return (text) => {
    let statement = prepared.get(text);
    if (!statement) {
      statement = db.prepare(text);
      prepared.set(text, statement);
    }
    return statement;
  };
}

/** `?, ?, …`: one placeholder for each column of a comma-separated list. */
export const placeholdersFor = (columnList: string): string => columnList.split(',').map(() => '?').join(', ');

/** Maps the row a statement's `get` returned, if it found one. */
export const found = <Row, Out>(row: unknown, map: (row: Row) => Out): Out | undefined => (row === undefined ? undefined : map(row as Row));
