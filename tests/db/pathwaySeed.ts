import { openPathway, addIntervention } from '../../src/db/pathways.ts';
import { createRecord, type Author } from '../../src/db/repository.ts';
import type { SportelloDb } from '../../src/db/database.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Intervention, Pathway } from '../../src/domain/records/pathway.ts';
import type { Person } from '../../src/domain/records/person.ts';
import { fieldsOf, person, type PersonVariant } from '../domain/factories.ts';

/** Seeding for the pathway tests: real writes through the repository and src/db/pathways.ts. */
export async function addPerson(db: SportelloDb, who: Author, variant: PersonVariant = 'nigerian'): Promise<Person> {
  return createRecord(db, who, 'people', fieldsOf(person(variant)));
}

export async function addPathway(
  db: SportelloDb,
  who: Author,
  personId: string,
  overrides: Partial<Pick<Pathway, 'caseManagerId' | 'openedOn' | 'siteId'>> = {},
): Promise<Pathway> {
  return openPathway(db, who, {
    personId,
    caseManagerId: overrides.caseManagerId ?? who.operatorId,
    siteId: overrides.siteId ?? who.siteId,
    openedOn: overrides.openedOn ?? '2026-01-12',
    fragilities: ['unemployment', 'care_load'],
    mainRequest: 'Sostegno per le bollette e il corredino',
    goals: [
      { id: newId(), text: 'Iscrizione al nido', status: 'open' },
      { id: newId(), text: 'Domanda ADI', status: 'in_progress' },
    ],
  });
}

export async function addConsultation(
  db: SportelloDb,
  who: Author,
  pathway: Pathway,
  overrides: Partial<Pick<Intervention, 'date' | 'followUpOn' | 'type'>> = {},
): Promise<Intervention> {
  return addIntervention(db, who, pathway, {
    date: overrides.date ?? '2026-02-02',
    type: overrides.type ?? 'midwife',
    area: 'mother_child_health',
    who: 'Ostetrica del consultorio',
    ...(overrides.followUpOn ? { followUpOn: overrides.followUpOn } : {}),
  });
}
