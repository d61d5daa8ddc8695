import { addDays, localDate } from '../../src/domain/dates.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Person, Visit } from '../../src/domain/records/index.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../../src/domain/vocab/visits.ts';
import type { Fields } from '../../src/db/repository.ts';
import { makeCodiceFiscale } from './codiceFiscale.ts';
import { ORIGINS, type Origin } from './names.ts';
import type { Rng } from './rng.ts';

/** Realistic records for the device database, as they would arrive from the server or a form. */
export interface Context {
  operatorId: string;
  /** Sites the records are spread over (weighted towards the first). */
  siteIds: readonly string[];
  today: string;
  /** Server version of the records (0 for records made on this device and not yet pushed). */
  synced: boolean;
}

const MOBILE_PREFIXES = ['320', '327', '328', '329', '331', '333', '334', '338', '339', '340', '342', '345', '347', '348', '349', '350',
  '351', '366', '370', '375', '377', '380', '388', '389', '391', '392', '393'];

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function phone(rng: Rng, origin: Origin): string {
  if (origin === 'NG' && rng.chance(0.1)) return `+234 80${rng.int(2, 9)} ${digits(rng, 3)} ${digits(rng, 4)}`;
  const prefix = rng.pick(MOBILE_PREFIXES);
  const rest = digits(rng, 7);
  const style = rng.int(0, 3);
  if (style === 0) return `+39 ${prefix} ${rest}`;
  if (style === 1) return `${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`;
  return `${prefix}${rest}`;
}

function isoInstant(rng: Rng, today: string, daysBack: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${addDays(today, -rng.int(1, daysBack))}T${two(rng.int(7, 17))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}.000Z`;
}

const ORIGIN_WEIGHTS = Object.fromEntries(Object.entries(ORIGINS).map(([k, v]) => [k, v.weight])) as Record<Origin, number>;

export function makePerson(rng: Rng, ctx: Context, version: number): Person {
  const origin = rng.weighted(ORIGIN_WEIGHTS);
  const names = ORIGINS[origin];
  const female = rng.chance(0.7);
  const firstName = rng.pick(female ? names.female : names.male);
  const lastName = rng.pick(names.surnames);
  const year = Number(ctx.today.slice(0, 4)) - (female ? rng.int(17, 46) : rng.int(20, 60));
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const hasBirthDate = rng.chance(0.75);
  const pregnant = female && rng.chance(0.15);
  const children = female && rng.chance(0.45)
    ? Array.from({ length: rng.int(1, 3) }, () => ({ id: newId(), birthDate: addDays(ctx.today, -rng.int(30, 1500)) }))
    : [];
  const createdAt = isoInstant(rng, ctx.today, 700);
  const consentDate = createdAt.slice(0, 10);
  const person: Person = {
    id: newId(),
    siteId: ctx.siteIds[rng.chance(0.6) ? 0 : rng.int(0, ctx.siteIds.length - 1)]!,
    version: ctx.synced ? version : 0,
    createdAt,
    updatedAt: createdAt,
    updatedBy: ctx.operatorId,
    deleted: false,
    firstName,
    lastName,
    sex: female ? 'female' : 'male',
    ...(hasBirthDate ? { birthDate } : { birthYear: year }),
    countryOfBirth: origin,
    citizenship: origin,
    languages: [...rng.pick(names.languages)] as Person['languages'],
    household: { pregnant, ...(pregnant ? { dueDate: addDays(ctx.today, rng.int(10, 260)) } : {}), children },
    knownToSocialServices: rng.weighted({ yes: 25, no: 65, unknown: 10 }),
    receivesAdi: rng.weighted({ yes: 11, no: 80, unknown: 9 }),
    employment: rng.weighted({ employed: 15, irregular: 12, unemployed: 55, homemaker: 10, student: 3, unknown: 5 }),
    consent: { status: 'given', date: consentDate, noticeVersion: 1, language: names.languages[0]![0] as Person['languages'][number] },
  };
  if (rng.chance(0.85)) person.phone = phone(rng, origin);
  if (hasBirthDate && rng.chance(0.6)) person.codiceFiscale = makeCodiceFiscale(firstName, lastName, female, birthDate, names.belfiore);
  return person;
}

export function makeVisitFields(rng: Rng, personId: string, operatorId: string, date = localDate()): Fields<'visits'> {
  const topics = new Set([rng.pick(visitTopics.codes), ...(rng.chance(0.4) ? [rng.pick(visitTopics.codes)] : [])]);
  const referrals = rng.chance(0.5) ? [rng.pick(referralTargets.codes)] : [];
  return {
    personId,
    operatorId,
    date,
    arrival: rng.chance(0.83) ? 'direct' : rng.pick(arrivalChannels.codes),
    topics: [...topics],
    referrals,
    guidance: 'Informata sui servizi del consultorio e sulla domanda di Assegno Unico; appuntamento fissato.',
    ...(rng.chance(0.3) ? { note: 'Da ricontattare la prossima settimana.' } : {}),
  };
}

export function makeVisit(rng: Rng, ctx: Context, personId: string, version: number): Visit {
  const createdAt = isoInstant(rng, ctx.today, 700);
  return {
    ...makeVisitFields(rng, personId, ctx.operatorId, createdAt.slice(0, 10)),
    id: newId(),
    siteId: ctx.siteIds[0]!,
    version: ctx.synced ? version : 0,
    createdAt,
    updatedAt: createdAt,
    updatedBy: ctx.operatorId,
    deleted: false,
  };
}
