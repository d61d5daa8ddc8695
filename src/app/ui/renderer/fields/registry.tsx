import type { ComponentType } from 'react';
import type { FieldType } from '../../../../forms/types.ts';
import { BooleanInput, ChoiceInput, MultiChoiceInput } from './ChoiceFields';
import { ChildrenInput } from './ChildrenField';
import type { FieldProps } from './FieldFrame';
import { CodiceFiscaleInput, DateInput, LongTextInput, PhoneInput, TextInput, YearInput } from './TextFields';

/**
 * One component per field type. The type makes a field type without a component a compile
 * error, and tests/app/forms checks that each renders: the renderer refuses nothing silently.
 */
export const FIELD_COMPONENTS: Record<FieldType, ComponentType<FieldProps>> = {
  text: TextInput,
  longText: LongTextInput,
  date: DateInput,
  year: YearInput,
  phone: PhoneInput,
  codiceFiscale: CodiceFiscaleInput,
  boolean: BooleanInput,
  choice: ChoiceInput,
  multiChoice: MultiChoiceInput,
  children: ChildrenInput,
};
