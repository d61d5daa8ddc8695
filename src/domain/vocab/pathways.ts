import { defineVocabulary, entry } from './vocabulary.ts';

/** Fragilities found in pathways (report sections 3 and 5). */
export const fragilities = defineVocabulary('fragilities', [
  entry('unemployment', 'Disoccupazione', 'Unemployment'),
  entry('care_load', 'Carico di cura', 'Care load'),
  entry('economic_hardship', 'Difficoltà economica', 'Economic hardship'),
  entry('language_barrier', 'Barriere linguistiche', 'Language barriers'),
  entry('service_navigation', 'Difficoltà di orientamento tra i servizi', 'Difficulty finding one’s way among services'),
  entry('mother_child_health', 'Salute materno-infantile', 'Mother-and-child health needs'),
  entry('housing', 'Difficoltà abitative', 'Housing'),
  entry('domestic_violence', 'Violenza domestica', 'Domestic violence'),
  entry('health_problems', 'Problemi sanitari', 'Health problems'),
  entry('isolation', 'Isolamento sociale', 'Social isolation'),
  entry('single_parent', 'Monogenitorialità', 'Single parenthood'),
  entry('other', 'Altro', 'Other'),
]);

/** The four intervention areas of report section 5. */
export const interventionAreas = defineVocabulary('interventionAreas', [
  entry('economic_material', 'Sostegno economico e materiale', 'Economic and material support'),
  entry('guidance_access', 'Orientamento e accesso ai servizi', 'Guidance and access to services'),
  entry('mother_child_health', 'Supporto alla salute materno-infantile', 'Mother-and-child health'),
  entry('relational_social', 'Accompagnamento relazionale e sociale', 'Relational and social accompaniment'),
]);
export type InterventionArea = (typeof interventionAreas.codes)[number];

export const interventionTypes = defineVocabulary('interventionTypes', [
  entry('midwife', 'Consulenza ostetrica', 'Midwife consultation'),
  entry('paediatric_nurse', 'Infermiera pediatrica', 'Paediatric nurse'),
  entry('gynaecologist', 'Ginecologo/a', 'Gynaecologist'),
  entry('paediatrician', 'Pediatra', 'Paediatrician'),
  entry('cultural_mediator', 'Mediazione culturale', 'Cultural mediator'),
  entry('psychologist', 'Psicologo/a', 'Psychologist'),
  entry('breastfeeding_support', 'Sostegno all’allattamento', 'Breastfeeding support'),
  entry('home_visiting', 'Visita domiciliare', 'Home visiting'),
  entry('accompaniment', 'Accompagnamento ai servizi', 'Accompaniment to services'),
  entry('paperwork_support', 'Supporto nelle pratiche', 'Help with paperwork'),
  entry('group_activity', 'Attività di gruppo', 'Group activity'),
  entry('grant', 'Dote di inclusione', 'Inclusion grant'),
  entry('other', 'Altro', 'Other'),
]);

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

export const goalStatuses = defineVocabulary('goalStatuses', [
  entry('open', 'Aperto', 'Open'),
  entry('in_progress', 'In corso', 'In progress'),
  entry('reached', 'Raggiunto', 'Reached'),
  entry('dropped', 'Abbandonato', 'Dropped'),
]);

export const pathwayStatuses = defineVocabulary('pathwayStatuses', [
  entry('open', 'Aperto', 'Open'),
  entry('closed', 'Chiuso', 'Closed'),
]);

export const grantExpenseTypes = defineVocabulary('grantExpenseTypes', [
  entry('newborn_kit', 'Kit neonato', 'Newborn kit'),
  entry('utility_bills', 'Utenze domestiche', 'Utility bills'),
  entry('school_fees', 'Tasse scolastiche', 'School fees'),
  entry('baby_equipment', 'Attrezzature per l’infanzia', 'Baby equipment'),
  entry('other', 'Altro', 'Other'),
]);

/** proposed → approved → paid → accounted; a proposal may be cancelled before payment. */
export const grantStatuses = defineVocabulary('grantStatuses', [
  entry('proposed', 'Proposta', 'Proposed'),
  entry('approved', 'Approvata', 'Approved'),
  entry('paid', 'Erogata', 'Paid'),
  entry('accounted', 'Rendicontata', 'Accounted for'),
  entry('cancelled', 'Annullata', 'Cancelled'),
]);
