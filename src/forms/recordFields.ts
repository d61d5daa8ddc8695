import { formatDay } from '../domain/dates.ts';
import { visitForm } from './definitions/visit.ts';
import { PERSON_FORMS } from './personForm.ts';
import { fieldText, formTitle, optionLabel } from './text.ts';
import { currentVersion, type FieldDef, type FormDef } from './types.ts';
import { getPath, setPath, valuesFromRecord, type ChildValue, type FieldValue } from './values.ts';

/**
 * A stored record's fields as its forms define them, for the screens that show a record
 * without a form (the person page, the edit history, the conflict card): the label is the
 * form catalogue's, the value reads as the form's answer would, in the reader's language.
 * A field is named once, in the form catalogues. Tables with no form are not described here.
 */
const FORMS_OF_TABLE: Readonly<Partial<Record<string, readonly FormDef[]>>> = {
  people: PERSON_FORMS,
  visits: [visitForm],
};

/** A path of a record and the form fields stored there. */
export interface RecordField {
  form: FormDef;
  path: string;
  /** The field stored at the path; undefined for a group filled by several ("household"). */
  field: FieldDef | undefined;
  /** The field alone, or the group's fields. */
  fields: readonly FieldDef[];
}

/**
 * The form field stored at a top-level or dotted path of a record of a table — looked up in
 * every version of the forms, newest first, so a retired question still has its label — or
 * the group of fields stored under it ("household" → pregnant, due date, children).
 */
export function fieldOfPath(table: string, path: string): RecordField | undefined {
  const forms = FORMS_OF_TABLE[table] ?? [];
  for (const form of forms) {
    for (const version of [...form.versions].reverse()) {
      const field = version.fields.find((f) => f.id === path);
      if (field) return { form, path, field, fields: [field] };
    }
  }
  for (const form of forms) {
    const group = currentVersion(form).fields.filter((f) => f.id.startsWith(`${path}.`));
    if (group.length > 0) return { form, path, field: undefined, fields: group };
  }
  return undefined;
}

/**
 * The operators' words for it: the field's summary where its label is a question put to her
 * ("Pregnant?" for "Are you pregnant?"), else its label; the form's title for a group;
 * Italian when a language lacks them.
 */
export function fieldLabel(rf: RecordField, lang: string): string {
  return labelOf(rf.form, rf.field, lang) ?? rf.path;
}

function labelOf(form: FormDef, field: FieldDef | undefined, lang: string): string | undefined {
  const own = (l: string) => {
    if (!field) return formTitle(form.id, l);
    const text = fieldText(form.id, field.id, l);
    return text?.summary ?? text?.label;
  };
  return own(lang) ?? own('it');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What describeAnswer tells of a child; any other part (its id) is left to undescribedKeys. */
const CHILD_ANSWERS = ['name', 'birthDate', 'sex'];

/** Whether a stored value has the shape the field's answers take (nothing stored is an empty answer). */
function fitsField(field: FieldDef, stored: unknown): boolean {
  if (stored === undefined || stored === null) return true;
  switch (field.type) {
    case 'boolean':
      return typeof stored === 'boolean';
    case 'year':
      return typeof stored === 'number' || typeof stored === 'string';
    case 'multiChoice':
      return Array.isArray(stored) && stored.every((code) => typeof code === 'string');
    case 'children':
      return Array.isArray(stored) && stored.every((child) =>
        isRecord(child) && CHILD_ANSWERS.every((key) => child[key] === undefined || typeof child[key] === 'string'));
    default:
      return typeof stored === 'string';
  }
}

/**
 * A stored value as label/answer pairs: one for a field, one per question of a group that has
 * an answer — every question of the group, asked or not, so two values that differ never read
 * the same. An empty list when there is nothing to show; undefined when the value is not of
 * the shape the form's fields take (the caller shows it as stored).
 */
export function describeLines(rf: RecordField, stored: unknown, lang: string): [string, string][] | undefined {
  if (!rf.field && stored !== undefined && stored !== null && !isRecord(stored)) return undefined;
  const record = setPath({}, rf.path, stored);
  if (!rf.fields.every((f) => fitsField(f, getPath(record, f.id)))) return undefined;
  const values = valuesFromRecord(rf.fields, record);
  return rf.fields.flatMap((f): [string, string][] => {
    const text = describeAnswer(f, values[f.id], lang);
    return text === undefined ? [] : [[labelOf(rf.form, f, lang) ?? f.id, text]];
  });
}

/**
 * A stored value as readable text: codes as their labels, days written out, yes/no in the
 * language, children one after another; a group as "label: answer" lines. Undefined when
 * there is nothing to show, or the value is not of the field's shape.
 */
export function describeValue(rf: RecordField, stored: unknown, lang: string): string | undefined {
  const lines = describeLines(rf, stored, lang);
  if (!lines || lines.length === 0) return undefined;
  return rf.field ? lines[0]![1] : lines.map(([label, text]) => `${label}: ${text}`).join('\n');
}

/**
 * The parts of a stored value no question asks, by their record path and value: a group's
 * other keys ("consent.noticeVersion") and each child's id ("household.children.0.id"). Shown
 * after the described lines where nothing may be hidden (the conflict card).
 */
export function undescribedKeys(rf: RecordField, stored: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  if (!rf.field && isRecord(stored)) {
    const asked = new Set(rf.fields.map((f) => f.id));
    for (const [key, value] of Object.entries(stored)) {
      if (value !== undefined && !asked.has(`${rf.path}.${key}`)) found.push([`${rf.path}.${key}`, value]);
    }
  }
  const record = setPath({}, rf.path, stored);
  for (const f of rf.fields.filter((field) => field.type === 'children')) {
    const children = getPath(record, f.id);
    if (!Array.isArray(children)) continue;
    children.forEach((child: unknown, i) => {
      if (!isRecord(child)) return;
      for (const [key, value] of Object.entries(child)) {
        if (value !== undefined && !CHILD_ANSWERS.includes(key)) found.push([`${f.id}.${i}.${key}`, value]);
      }
    });
  }
  return found;
}

/** An option's text; the renderer passes one that applies a mediator's corrections. */
export type OptionText = (vocabulary: string, code: string) => string | undefined;

/** A form answer as text in a language; undefined when there is none. */
export function describeAnswer(field: FieldDef, value: FieldValue, lang: string, optionText?: OptionText): string | undefined {
  const text = optionText ?? ((vocabulary, code) => optionLabel(vocabulary, code, lang) ?? optionLabel(vocabulary, code, 'it'));
  const option = (vocabulary: string, code: string) => text(vocabulary, code) ?? code;
  switch (field.type) {
    case 'boolean':
      return value === undefined ? undefined : option('yesNoUnknown', value === true ? 'yes' : 'no');
    case 'choice':
      return typeof value === 'string' && value ? option(field.vocabulary ?? '', value) : undefined;
    case 'multiChoice':
      return Array.isArray(value) && value.length > 0 ? (value as string[]).map((c) => option(field.vocabulary ?? '', c)).join(', ') : undefined;
    case 'children': {
      const children = Array.isArray(value) ? (value as ChildValue[]) : [];
      if (children.length === 0) return undefined;
      return children
        .map((c) => [c.name?.trim() ?? '', c.birthDate ? formatDay(c.birthDate, lang) : '?', c.sex ? option('sexes', c.sex) : ''].filter(Boolean).join(', '))
        .join('; ');
    }
    case 'date':
      return typeof value === 'string' && value ? formatDay(value, lang) : undefined;
    default:
      return typeof value === 'string' && value.trim() ? value : undefined;
  }
}
