import { createRecord, type Author } from '../../src/db/repository.ts';
import type { SportelloDb } from '../../src/db/database.ts';
import type { Person } from '../../src/domain/records/person.ts';
import type { Visit } from '../../src/domain/records/visit.ts';
import { fieldsOf, person, visit, type PersonVariant } from '../domain/factories.ts';

/** Shared seeding for the front-desk tests: real writes through the repository. */
export async function addPerson(db: SportelloDb, who: Author, overrides: Partial<Person> = {}, variant: PersonVariant = 'nigerian'): Promise<Person> {
  return createRecord(db, who, 'people', { ...fieldsOf(person(variant)), ...overrides });
}

export async function addVisit(db: SportelloDb, who: Author, overrides: Partial<Visit> & { personId: string }): Promise<Visit> {
  return createRecord(db, who, 'visits', { ...fieldsOf(visit()), operatorId: who.operatorId, ...overrides });
}
