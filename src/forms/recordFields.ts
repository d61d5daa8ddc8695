import { formatDay } from '../domain/dates.ts';
import { visitForm } from './definitions/visit.ts';
import { PERSON_FORMS } from './personForm.ts';
import { fieldText, formTitle, optionLabel } from './text.ts';
import { currentVersion, type FieldDef, type FormDef } from './types.ts';
import { setPath, shownFields, valuesFromRecord, type ChildValue, type FieldValue } from './values.ts';

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

/** The form's words for it: the field's label, or the form's title for a group; Italian when a language lacks them. */
export function fieldLabel(rf: RecordField, lang: string): string {
  return labelOf(rf.form, rf.field, lang) ?? labelOf(rf.form, rf.field, 'it') ?? rf.path;
}

function labelOf(form: FormDef, field: FieldDef | undefined, lang: string): string | undefined {
  return field ? fieldText(form.id, field.id, lang)?.label : formTitle(form.id, lang);
}

/**
 * A stored value as readable text: codes as their labels, days written out, yes/no in the
 * language, children one after another; a group as one "label: answer" line per question it
 * asks. Undefined when there is nothing to show.
 */
export function describeValue(rf: RecordField, stored: unknown, lang: string): string | undefined {
  const values = valuesFromRecord(rf.fields, setPath({}, rf.path, stored));
  if (rf.field) return describeAnswer(rf.field, values[rf.field.id], lang);
  const lines = shownFields(rf.fields, values).flatMap((f) => {
    const text = describeAnswer(f, values[f.id], lang);
    return text === undefined ? [] : [`${labelOf(rf.form, f, lang) ?? labelOf(rf.form, f, 'it') ?? f.id}: ${text}`];
  });
  return lines.length > 0 ? lines.join('\n') : undefined;
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
