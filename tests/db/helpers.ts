import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type SportelloDb } from '../../src/db/database.ts';
import type { Author } from '../../src/db/repository.ts';
import type { SchemaVersion } from '../../src/db/schema.ts';
import { newId } from '../../src/domain/ids.ts';
import { SITE } from '../domain/factories.ts';

/**
 * A device of its own: a fresh in-memory IndexedDB per test, so tests never share data.
 * `reopen` opens the same database again (as the app does after a restart).
 */
export interface TestDevice {
  db: SportelloDb;
  name: string;
  reopen(versions?: SchemaVersion[]): SportelloDb;
}

export function testDevice(versions?: SchemaVersion[]): TestDevice {
  const indexedDB = new IDBFactory();
  const name = `sportello-test-${newId()}`;
  const open = (v?: SchemaVersion[]) => openDatabase(name, { indexedDB, IDBKeyRange, ...(v ? { versions: v } : {}) });
  return { db: open(versions), name, reopen: open };
}

export function author(siteId = SITE): Author {
  return { operatorId: newId(), siteId };
}
