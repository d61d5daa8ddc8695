import { consentForm } from './definitions/consent.ts';
import { householdForm } from './definitions/household.ts';
import { registrationForm } from './definitions/registration.ts';
import { visitForm } from './definitions/visit.ts';

export * from './types.ts';
export { consentForm, householdForm, registrationForm, visitForm };

/** Every shipped form. */
export const FORMS = [registrationForm, householdForm, consentForm, visitForm];
export * from './catalogues.ts';
export * from './text.ts';
export * from './validateForms.ts';
