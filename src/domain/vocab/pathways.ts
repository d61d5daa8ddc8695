import labels from './labels.json' with { type: 'json' };
import { defineVocabulary } from './vocabulary.ts';

/** Fragilities found in pathways (report sections 3 and 5). */
export const fragilities = defineVocabulary('fragilities', labels.fragilities);

/** The four intervention areas of report section 5. */
export const interventionAreas = defineVocabulary('interventionAreas', labels.interventionAreas);
export type InterventionArea = (typeof interventionAreas.codes)[number];

export const interventionTypes = defineVocabulary('interventionTypes', labels.interventionTypes);

/** The area an intervention type counts under by default; the operator may choose another. */
export const defaultAreaOfIntervention: Record<(typeof interventionTypes.codes)[number], InterventionArea> = {
  midwife: 'mother_child_health',
  paediatric_nurse: 'mother_child_health',
  gynaecologist: 'mother_child_health',
  paediatrician: 'mother_child_health',
  breastfeeding_support: 'mother_child_health',
  cultural_mediator: 'guidance_access',
  accompaniment: 'guidance_access',
  paperwork_support: 'guidance_access',
  psychologist: 'relational_social',
  home_visiting: 'relational_social',
  group_activity: 'relational_social',
  grant: 'economic_material',
  other: 'relational_social',
};

export const goalStatuses = defineVocabulary('goalStatuses', labels.goalStatuses);

export const pathwayStatuses = defineVocabulary('pathwayStatuses', labels.pathwayStatuses);

export const grantExpenseTypes = defineVocabulary('grantExpenseTypes', labels.grantExpenseTypes);

/** proposed → approved → paid → accounted; a proposal may be cancelled before payment. */
export const grantStatuses = defineVocabulary('grantStatuses', labels.grantStatuses);
