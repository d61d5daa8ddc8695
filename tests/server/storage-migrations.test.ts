import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations, schemaMigrationsTable } from '../../src/server/storage/migrations.ts';
import { type SchemaDialect, postgresSchema, sqliteSchema } from '../../src/server/storage/schema-dialect.ts';

/**
 * What each shipped migration runs, per dialect: the start of the SHA-256 of its SQL with white
 * space folded. Databases in the field have applied these, so a digest never changes; a new
 * migration adds its own.
 */
const SHIPPED: Record<SchemaDialect['kind'], Record<string, string>> = {
  sqlite: { schema_migrations: '9b89e9d8e1ea203c', 1: 'cb0031242d7ff0fd', 2: '24e085c4b2554f23', 3: 'b4ef6425d388cadd', 4: '7a89e67a14ce43cc', 5: '4a752578fbac10a9' },
  postgres: { schema_migrations: 'd8c63a253ba704d8', 1: '9d768b02cd1a761f', 2: 'e5a7d85e7b4ac267', 3: 'b4ef6425d388cadd', 4: '9506c29323c993bb', 5: '74f97db04d3313f2' },
};

const digest = (sql: string): string => createHash('sha256').update(sql.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);

describe('migrations, written once for both dialects', () => {
  it.each([sqliteSchema, postgresSchema])('run on $kind exactly the SQL they shipped with', (dialect) => {
    const current = Object.fromEntries(migrations.map((migration) => [migration.id, digest(migration.sql(dialect))]));
    expect({ schema_migrations: digest(schemaMigrationsTable(dialect)), ...current }).toEqual(SHIPPED[dialect.kind]);
  });

  it('create, alter and drop the same tables and indexes on both', () => {
    const statements = (sql: string) => sql.match(/\b(CREATE|DROP|ALTER) (TABLE|INDEX) \w+/g);
    for (const migration of migrations) {
      expect(statements(migration.sql(sqliteSchema))?.length).toBeGreaterThan(0);
      expect(statements(migration.sql(sqliteSchema))).toEqual(statements(migration.sql(postgresSchema)));
    }
  });
});
