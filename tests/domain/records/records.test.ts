import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { addDays, localDate } from '../../../src/domain/dates.ts';
import { validationMessages } from '../../../src/domain/messages.ts';
import {
  personEntryProblems, personSchema, recordSchemas, TABLE_NAMES, type TableName,
} from '../../../src/domain/records/index.ts';
import { fieldErrors, formatIssues, type FieldError } from '../../../src/domain/validation.ts';
import {
  arrivalChannels, employmentStatuses, fragilities, grantStatuses, mediationSettings, referralTargets, sexes, visitTopics,
} from '../../../src/domain/vocab/index.ts';
import { personArb } from '../arbitraries.ts';
import { factories, grant, intervention, pathway, person, visit, withCheckLetter, without } from '../factories.ts';

const en = validationMessages;
const KNOWN_MESSAGES = new Set<string>(Object.values(validationMessages).map((m) => m.en));

type Outcome = { ok: true; data: unknown } | { ok: false; message: string; errors: FieldError[] };

function check(schema: z.ZodMiniType, value: unknown): Outcome {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, message: formatIssues(result.error.issues), errors: fieldErrors(result.error.issues) };
}

function parse(table: TableName, value: unknown): Outcome {
  return check(recordSchemas[table], value);
}

function rejected(outcome: Outcome): Extract<Outcome, { ok: false }> {
  if (outcome.ok) throw new Error(`expected the record to be rejected, but it parsed: ${JSON.stringify(outcome.data)}`);
  return outcome;
}

function accepted(outcome: Outcome): unknown {
  if (!outcome.ok) throw new Error(`expected the record to parse, but: ${outcome.message}`);
  return outcome.data;
}

/** The English messages given for one field. */
function messagesAt(outcome: Outcome, path: string): string[] {
  return rejected(outcome).errors.filter((e) => e.path === path).map((e) => en[e.key].en);
}

/** Fields a record cannot do without: those whose schema refuses `undefined`. */
function requiredKeys(table: TableName): string[] {
  const shape = (recordSchemas[table] as unknown as { shape: Record<string, z.ZodMiniType> }).shape;
  return Object.entries(shape).filter(([, s]) => !s.safeParse(undefined).success).map(([k]) => k);
}

// One field per table given a value of the wrong type.
const WRONG_TYPE: Record<TableName, { field: string; value: unknown }> = {
  sites: { field: 'active', value: 'sì' },
  operators: { field: 'active', value: 1 },
  people: { field: 'firstName', value: 42 },
  visits: { field: 'topics', value: 'pregnancy' },
  pathways: { field: 'goals', value: 'trovare lavoro' },
  interventions: { field: 'who', value: 7 },
  grants: { field: 'receiptAttachmentIds', value: { file: 'ricevuta.pdf' } },
  mediations: { field: 'note', value: { text: 'x' } },
  events: { field: 'title', value: 2025 },
  trainings: { field: 'operatorIds', value: 'chiara' },
  attachments: { field: 'name', value: false },
  conflicts: { field: 'field', value: 12 },
  settings: { field: 'deleted', value: 'no' },
  translationCorrections: { field: 'text', value: ['x'] },
};

// One field per table holding a code that is not in its vocabulary (or enumeration).
const BAD_CODE: Partial<Record<TableName, { field: string; value: unknown; path?: string }>> = {
  operators: { field: 'role', value: 'superuser' },
  people: { field: 'countryOfBirth', value: 'UK' },
  visits: { field: 'topics', value: ['pregnancy', 'pregnant'], path: 'topics.1' },
  pathways: { field: 'status', value: 'suspended' },
  interventions: { field: 'type', value: 'dentist' },
  grants: { field: 'expenseType', value: 'rent' },
  mediations: { field: 'language', value: 'nigerian' },
  events: { field: 'theme', value: 'cooking' },
  attachments: { field: 'mimeType', value: 'image/gif' },
  conflicts: { field: 'status', value: 'ignored' },
  settings: { field: 'key', value: 'theme' },
  translationCorrections: { field: 'status', value: 'approved' },
};

// One date (or date-time) field per table holding a malformed value.
const BAD_DATE: Record<TableName, { field: string; value: string; message: string }> = {
  sites: { field: 'createdAt', value: 'ieri', message: en.invalid_datetime.en },
  operators: { field: 'updatedAt', value: '2025-03-14 09:30', message: en.invalid_datetime.en },
  people: { field: 'birthDate', value: '1993-02-30', message: en.invalid_date.en },
  visits: { field: 'date', value: '2025-3-14', message: en.invalid_date.en },
  pathways: { field: 'openedOn', value: '2025-13-01', message: en.invalid_date.en },
  interventions: { field: 'followUpOn', value: '2025-04-31', message: en.invalid_date.en },
  grants: { field: 'proposedOn', value: '2025-02-29', message: en.invalid_date.en },
  mediations: { field: 'date', value: '2025/03/12', message: en.invalid_date.en },
  events: { field: 'date', value: '', message: en.invalid_date.en },
  trainings: { field: 'date', value: '2025-01-28T10:00:00Z', message: en.invalid_date.en },
  attachments: { field: 'createdAt', value: '2025-03-14', message: en.invalid_datetime.en },
  conflicts: { field: 'updatedAt', value: 'adesso', message: en.invalid_datetime.en },
  settings: { field: 'updatedAt', value: 'oggi', message: en.invalid_datetime.en },
  translationCorrections: { field: 'createdAt', value: 'ieri', message: en.invalid_datetime.en },
};

describe('every record schema', () => {
  it('has a factory and the test tables above for each table', () => {
    expect(Object.keys(factories).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(WRONG_TYPE).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(BAD_DATE).sort()).toEqual([...TABLE_NAMES].sort());
  });

  describe.each(TABLE_NAMES)('%s', (table) => {
    it('accepts a realistic record unchanged', () => {
      const record = factories[table]();
      expect(accepted(parse(table, record))).toEqual(record);
    });

    it('rejects the record when any required field is missing, naming the field', () => {
      const keys = requiredKeys(table);
      expect(keys).toEqual(expect.arrayContaining(['id', 'siteId', 'version', 'updatedAt', 'deleted']));
      for (const key of keys) {
        const outcome = rejected(parse(table, without(factories[table](), key)));
        expect(outcome.errors.map((e) => e.path), key).toContain(key);
        expect(outcome.message, key).toMatch(new RegExp(`^${key}: `));
        for (const m of messagesAt(outcome, key)) expect(KNOWN_MESSAGES, `${key}: ${m}`).toContain(m);
      }
    });

    it('rejects a value of the wrong type, naming the field', () => {
      const { field, value } = WRONG_TYPE[table];
      const outcome = rejected(parse(table, { ...factories[table](), [field]: value }));
      expect(outcome.errors).toHaveLength(1);
      expect(outcome.errors[0]!.path).toBe(field);
      expect(KNOWN_MESSAGES).toContain(messagesAt(outcome, field)[0]);
    });

    it('rejects an unknown extra field (strict objects)', () => {
      const outcome = rejected(parse(table, { ...factories[table](), nickname: 'Mimì' }));
      expect(outcome.message).toBe('nickname: Unexpected field');
      expect(outcome.errors).toEqual([{ path: 'nickname', key: 'unknown_field' }]);
    });

    it('rejects a malformed date', () => {
      const { field, value, message } = BAD_DATE[table];
      const outcome = rejected(parse(table, { ...factories[table](), [field]: value }));
      expect(outcome.message).toContain(`${field}: ${message}`);
    });
  });

  it.each(Object.entries(BAD_CODE))('%s: rejects a code that is not in the vocabulary', (table, spec) => {
    const { field, value, path = field } = spec!;
    const t = table as TableName;
    const outcome = rejected(parse(t, { ...factories[t](), [field]: value }));
    expect(outcome.message).toBe(`${path}: Invalid value`);
    expect(outcome.errors).toEqual([{ path, key: 'invalid_value' }]);
  });

  it('accepts every code of the vocabulary a field is bound to', () => {
    for (const arrival of arrivalChannels.codes) accepted(parse('visits', { ...visit(), arrival }));
    accepted(parse('visits', { ...visit(), topics: [...visitTopics.codes], referrals: [...referralTargets.codes] }));
    for (const sex of sexes.codes) accepted(parse('people', { ...person(), sex }));
    for (const employment of employmentStatuses.codes) accepted(parse('people', { ...person(), employment }));
    accepted(parse('pathways', { ...pathway(), fragilities: [...fragilities.codes] }));
    for (const status of grantStatuses.codes) accepted(parse('grants', { ...grant(), status }));
    for (const setting of mediationSettings.codes) accepted(parse('mediations', { ...factories.mediations(), setting }));
  });

  it('reports an unknown field inside a nested object at its own path', () => {
    const p = person('peruvian');
    const outcome = rejected(parse('people', { ...p, household: { ...p.household, twins: true } }));
    expect(outcome.message).toBe('household.twins: Unexpected field');
  });

  it('stores text trimmed', () => {
    const data = accepted(parse('people', { ...person(), firstName: '  Amina ', lastName: ' Okafor\t' })) as { firstName: string; lastName: string };
    expect([data.firstName, data.lastName]).toEqual(['Amina', 'Okafor']);
  });

  it('refuses a text made only of spaces where a text is required', () => {
    const outcome = rejected(parse('people', { ...person(), lastName: '   ' }));
    expect(outcome.message).toBe('lastName: This field is required');
  });

  it('refuses ids that are not ids', () => {
    const outcome = rejected(parse('visits', { ...visit(), personId: 'Amina Okafor' }));
    expect(outcome.message).toBe('personId: Invalid identifier');
  });
});

/**
 * The words of the messages. An operator reads these: a missing field must say "required", a
 * value of the wrong kind must say so, and a bad date must be reported once, as a bad date.
 */
describe('validation messages say what is wrong', () => {
  it('a missing required field reads "This field is required", whatever the field type', () => {
    const wrong: string[] = [];
    for (const table of TABLE_NAMES) {
      for (const key of requiredKeys(table)) {
        const outcome = rejected(parse(table, without(factories[table](), key)));
        if (outcome.message !== `${key}: ${en.required.en}`) wrong.push(`${table}: ${outcome.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lastName missing reads "lastName: This field is required"', () => {
    expect(rejected(parse('people', without(person(), 'lastName'))).message).toBe('lastName: This field is required');
  });

  it('a value of the wrong type reads "Wrong type of value"', () => {
    const wrong: string[] = [];
    for (const table of TABLE_NAMES) {
      const { field, value } = WRONG_TYPE[table];
      const outcome = rejected(parse(table, { ...factories[table](), [field]: value }));
      if (outcome.message !== `${field}: ${en.invalid_type.en}`) wrong.push(`${table}: ${outcome.message}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a malformed date is reported once, as a malformed date', () => {
    const p = person('italian');
    const cases: [TableName, Record<string, unknown>, string][] = [
      ['people', { ...p, birthDate: '21/07/1993' }, 'birthDate'],
      ['people', { ...p, household: { ...p.household, children: [{ id: p.household.children[0]!.id, birthDate: '11/02/2023' }] } },
        'household.children.0.birthDate'],
      ['visits', { ...visit(), date: 'oggi' }, 'date'],
      ['pathways', { ...pathway(), openedOn: 'febbraio', closedOn: '2025-03-01', status: 'closed' }, 'openedOn'],
    ];
    for (const [table, value, path] of cases) {
      expect(rejected(parse(table, value)).errors, `${table} ${path}`).toEqual([{ path, key: 'invalid_date' }]);
    }
  });
});

describe('person rules', () => {
  const tomorrow = addDays(localDate(), 1);

  it('accepts each realistic person (Nigerian, Peruvian, Moroccan, Italian)', () => {
    for (const variant of ['nigerian', 'peruvian', 'moroccan', 'italian'] as const) accepted(parse('people', person(variant)));
  });

  it('rejects a birth date in the future', () => {
    const outcome = rejected(parse('people', { ...without(person(), 'birthYear'), birthDate: tomorrow }));
    expect(outcome.errors).toEqual([{ path: 'birthDate', key: 'date_in_future' }]);
    expect(outcome.message).toBe('birthDate: The date cannot be in the future');
  });

  it('accepts a birth today', () => {
    accepted(parse('people', { ...without(person(), 'birthYear'), birthDate: localDate() }));
  });

  it('rejects a child born in the future', () => {
    const p = person('peruvian');
    const children = [p.household.children[0]!, { ...p.household.children[1]!, birthDate: tomorrow }];
    const outcome = rejected(parse('people', { ...p, household: { ...p.household, children } }));
    expect(outcome.errors).toEqual([{ path: 'household.children.1.birthDate', key: 'date_in_future' }]);
  });

  it('rejects an implausible birth year', () => {
    const outcome = rejected(parse('people', { ...without(person(), 'birthDate'), birthYear: 1850 }));
    expect(outcome.errors).toEqual([{ path: 'birthYear', key: 'birth_year_range' }]);
  });

  it.each(['+39 333 123 4567', '0039 333-123-4567', '(011) 436.88.99', '3331234567', '+234 803 123 4567'])(
    'accepts the phone %s', (phone) => {
      accepted(parse('people', { ...person(), phone }));
    },
  );

  it.each(['chiamare la sorella', '12345', '+39 333 12a 4567', '++39 333 1234567'])('rejects the phone %s', (phone) => {
    const outcome = rejected(parse('people', { ...person(), phone }));
    expect(outcome.message).toBe('phone: Invalid phone number');
  });

  it('accepts a valid codice fiscale, in lower case too', () => {
    const cf = withCheckLetter('FRRGLI90D52L219');
    accepted(parse('people', { ...person('italian'), codiceFiscale: cf }));
    accepted(parse('people', { ...person('italian'), codiceFiscale: cf.toLowerCase() }));
  });

  it('rejects a codice fiscale with a wrong check letter with cf_checksum', () => {
    const cf = withCheckLetter('FRRGLI90D52L219');
    const wrong = cf.slice(0, 15) + (cf[15] === 'A' ? 'B' : 'A');
    const outcome = rejected(parse('people', { ...person('italian'), codiceFiscale: wrong }));
    expect(outcome.errors).toEqual([{ path: 'codiceFiscale', key: 'cf_checksum' }]);
    expect(outcome.message).toBe('codiceFiscale: Invalid codice fiscale (wrong check character)');
  });

  it('rejects a codice fiscale of the wrong length or shape', () => {
    expect(rejected(parse('people', { ...person('italian'), codiceFiscale: 'FRRGLI90D52L21' })).errors)
      .toEqual([{ path: 'codiceFiscale', key: 'cf_length' }]);
    expect(rejected(parse('people', { ...person('italian'), codiceFiscale: 'FRRGLI90Z52L219X' })).errors)
      .toEqual([{ path: 'codiceFiscale', key: 'cf_format' }]);
  });

  it('reports every problem of a record at once', () => {
    const outcome = rejected(parse('people', { ...without(person(), 'birthYear'), birthDate: tomorrow, phone: 'n/d' }));
    expect(outcome.errors).toEqual(expect.arrayContaining([
      { path: 'birthDate', key: 'date_in_future' },
      { path: 'phone', key: 'phone_invalid' },
    ]));
  });

  describe('personEntryProblems (checks while typing), with a fixed today', () => {
    const today = '2025-06-15';
    const base = { household: { pregnant: true, children: [] } };

    it('accepts a due date up to a month in the past', () => {
      expect(personEntryProblems({ household: { ...base.household, dueDate: '2025-05-15' } }, today)).toEqual([]);
      expect(personEntryProblems({ household: { ...base.household, dueDate: '2025-09-01' } }, today)).toEqual([]);
    });

    it('flags a due date more than a month in the past', () => {
      expect(personEntryProblems({ household: { ...base.household, dueDate: '2025-05-14' } }, today))
        .toEqual([{ path: ['household', 'dueDate'], message: 'due_date_too_old' }]);
      expect(personEntryProblems({ household: { ...base.household, dueDate: '2024-12-01' } }, today))
        .toEqual([{ path: ['household', 'dueDate'], message: 'due_date_too_old' }]);
    });

    it('does not flag an old due date once she is no longer pregnant', () => {
      expect(personEntryProblems({ household: { pregnant: false, dueDate: '2024-12-01', children: [] } }, today)).toEqual([]);
    });

    it('flags a birth year that does not match the birth date', () => {
      expect(personEntryProblems({ ...base, birthDate: '1993-07-21', birthYear: 1994 }, today))
        .toEqual([{ path: ['birthYear'], message: 'birth_year_mismatch' }]);
      expect(personEntryProblems({ ...base, birthDate: '1993-07-21', birthYear: 1993 }, today)).toEqual([]);
    });

    it('includes the invariants, measured against the given today', () => {
      expect(personEntryProblems({ ...base, birthDate: '2025-06-16' }, today))
        .toEqual([{ path: ['birthDate'], message: 'date_in_future' }]);
      expect(personEntryProblems({ ...base, birthDate: '2025-06-15' }, today)).toEqual([]);
      expect(personEntryProblems({ household: { pregnant: false, children: [{ id: 'c1', birthDate: '2025-07-01' }] } }, today))
        .toEqual([{ path: ['household', 'children', 0, 'birthDate'], message: 'date_in_future' }]);
    });
  });
});

describe('grant rules', () => {
  it.each([12.5, 0.1, 350.75])('rejects a non-integer amount of cents (%s)', (amountCents) => {
    const outcome = rejected(parse('grants', { ...grant(), amountCents }));
    expect(outcome.errors.map((e) => e.path)).toEqual(['amountCents']);
    expect(outcome.message).toMatch(/^amountCents: /);
  });

  it.each([0, -100, -70_000])('rejects a zero or negative amount (%s)', (amountCents) => {
    const outcome = rejected(parse('grants', { ...grant(), amountCents }));
    expect(outcome.message).toBe('amountCents: The amount must be more than zero');
  });

  it('accepts one cent and the household cap of € 700', () => {
    accepted(parse('grants', { ...grant(), amountCents: 1 }));
    accepted(parse('grants', { ...grant(), amountCents: 70_000 }));
  });

  it('rejects expense type "other" without a description', () => {
    const outcome = rejected(parse('grants', { ...grant(), expenseType: 'other' }));
    expect(outcome.message).toBe('expenseOther: Please describe “Other”');
    const blank = rejected(parse('grants', { ...grant(), expenseType: 'other', expenseOther: '   ' }));
    expect(blank.errors).toEqual([{ path: 'expenseOther', key: 'other_text_required' }]);
  });

  it('accepts expense type "other" with a description', () => {
    accepted(parse('grants', { ...grant(), expenseType: 'other', expenseOther: 'Visita oculistica per la bambina' }));
  });
});

describe('pathway rules', () => {
  it('rejects a closing date before the opening date', () => {
    const outcome = rejected(parse('pathways', { ...pathway(), status: 'closed', openedOn: '2025-02-03', closedOn: '2025-02-02' }));
    expect(outcome.message).toBe('closedOn: Closed before it was opened');
  });

  it('accepts a pathway closed the day it opened, or later', () => {
    accepted(parse('pathways', { ...pathway(), status: 'closed', openedOn: '2025-02-03', closedOn: '2025-02-03' }));
    accepted(parse('pathways', { ...pathway(), status: 'closed', openedOn: '2025-02-03', closedOn: '2025-11-28', outcome: 'Obiettivi raggiunti' }));
  });

  it('rejects a goal with an unknown status', () => {
    const p = pathway();
    const outcome = rejected(parse('pathways', { ...p, goals: [{ ...p.goals[0]!, status: 'done' }] }));
    expect(outcome.message).toBe('goals.0.status: Invalid value');
  });
});

describe('intervention rules', () => {
  it.each([
    ['the day after', '2025-03-10', '2025-03-11', null],
    ['the same day', '2025-03-10', '2025-03-10', null],
    ['a month later', '2025-03-10', '2025-04-10', null],
    ['the day before', '2025-03-10', '2025-03-09', 'follow_up_before_intervention'],
    ['the year before', '2025-01-05', '2024-12-31', 'follow_up_before_intervention'],
  ] as const)('a follow-up %s the intervention: %s', (_name, date, followUpOn, key) => {
    const outcome = parse('interventions', { ...intervention(), date, followUpOn });
    if (key === null) accepted(outcome);
    else expect(rejected(outcome).errors).toEqual([{ path: 'followUpOn', key }]);
  });

  it('says so in both languages, on the follow-up field', () => {
    const outcome = rejected(parse('interventions', { ...intervention(), date: '2025-03-10', followUpOn: '2025-03-01' }));
    expect(outcome.message).toBe('followUpOn: The follow-up cannot be before the date of the intervention');
    expect(en.follow_up_before_intervention.it).toBe('Il follow-up non può precedere la data dell’intervento');
  });

  it('is judged beside the other fields’ problems, and not on a malformed date', () => {
    const alsoUntyped = rejected(parse('interventions', { ...without(intervention(), 'type'), date: '2025-03-10', followUpOn: '2025-03-01' }));
    expect(alsoUntyped.errors).toEqual(expect.arrayContaining([{ path: 'type', key: 'required' }, { path: 'followUpOn', key: 'follow_up_before_intervention' }]));
    expect(rejected(parse('interventions', { ...intervention(), date: '2025-3-10', followUpOn: '2025-03-01' })).errors)
      .toEqual([{ path: 'date', key: 'invalid_date' }]);
  });

  it('lets an intervention have no follow-up', () => {
    accepted(parse('interventions', without(intervention(), 'followUpOn')));
  });
});

describe('visit rules', () => {
  it('rejects a visit dated in the future', () => {
    const outcome = rejected(parse('visits', { ...visit(), date: addDays(localDate(), 1) }));
    expect(outcome.message).toBe('date: The date cannot be in the future');
  });

  it('requires at least one topic', () => {
    const outcome = rejected(parse('visits', { ...visit(), topics: [] }));
    expect(outcome.message).toBe('topics: This field is required');
  });
});

describe('properties', () => {
  it('any person built from vocabulary codes parses', () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const outcome = check(personSchema, p);
        if (!outcome.ok) throw new Error(`${outcome.message}\n${JSON.stringify(p)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('a person without one of its required fields never parses, and the error names the field', () => {
    const keys = requiredKeys('people');
    fc.assert(
      fc.property(personArb, fc.constantFrom(...keys), (p, key) => {
        const outcome = check(personSchema, without(p, key));
        expect(outcome.ok).toBe(false);
        expect(rejected(outcome).errors.map((e) => e.path)).toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  it('any record of any table without one of its required fields never parses', () => {
    const pairs = TABLE_NAMES.flatMap((table) => requiredKeys(table).map((key) => [table, key] as const));
    expect(pairs.length).toBeGreaterThan(TABLE_NAMES.length * 8);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([table, key]) => {
        const outcome = parse(table, without(factories[table](), key));
        expect(outcome.ok).toBe(false);
        expect(rejected(outcome).errors.map((e) => e.path)).toContain(key);
      }),
      { numRuns: 200 },
    );
  });
});
