import { defineVocabulary, entry } from './vocabulary.ts';

/** How the person came to the desk (report: 83% came on their own). */
export const arrivalChannels = defineVocabulary('arrivalChannels', [
  entry('direct', 'Accesso diretto', 'Came on her own'),
  entry('social_services', 'Inviata dai servizi sociali', 'Sent by social services'),
  entry('health_services', 'Inviata da ASL / consultorio', 'Sent by ASL / family clinic'),
  entry('paediatrician', 'Inviata dal pediatra', 'Sent by the paediatrician'),
  entry('school', 'Inviata da nido / scuola', 'Sent by nursery / school'),
  entry('association', 'Inviata da un’associazione', 'Sent by an association'),
  entry('other_casa', 'Inviata da un’altra Casa del Quartiere', 'Sent by another Casa del Quartiere'),
  entry('word_of_mouth', 'Passaparola', 'Word of mouth'),
  entry('other', 'Altro', 'Other'),
]);

export const visitTopics = defineVocabulary('visitTopics', [
  entry('pregnancy', 'Gravidanza', 'Pregnancy'),
  entry('birth', 'Parto e nascita', 'Birth'),
  entry('early_childhood', 'Prima infanzia (0-3)', 'Early childhood (0-3)'),
  entry('breastfeeding', 'Allattamento', 'Breastfeeding'),
  entry('health', 'Salute e accesso alle cure', 'Health and access to care'),
  entry('paperwork', 'Pratiche amministrative', 'Paperwork'),
  entry('residence_permit', 'Permesso di soggiorno e documenti', 'Residence permit and documents'),
  entry('benefits', 'Prestazioni e bonus (ADI, Assegno Unico…)', 'Benefits (ADI, child allowance…)'),
  entry('economic_support', 'Sostegno economico', 'Economic support'),
  entry('housing', 'Casa e utenze', 'Housing and utilities'),
  entry('employment', 'Lavoro e formazione', 'Work and training'),
  entry('school_enrolment', 'Iscrizione a nido e scuola', 'Nursery and school enrolment'),
  entry('digital_help', 'Supporto digitale (SPID, portali)', 'Digital help (SPID, portals)'),
  entry('language', 'Lingua italiana', 'Italian language'),
  entry('legal', 'Questioni legali', 'Legal matters'),
  entry('relational', 'Ascolto e relazioni', 'Listening and relationships'),
  entry('other', 'Altro', 'Other'),
]);

export const referralTargets = defineVocabulary('referralTargets', [
  entry('asl', 'ASL', 'ASL (local health authority)'),
  entry('consultorio', 'Consultorio familiare', 'Family clinic (consultorio)'),
  entry('social_services', 'Servizi sociali', 'Social services'),
  entry('paediatrics', 'Pediatria / pediatra di libera scelta', 'Paediatrics / family paediatrician'),
  entry('nursery', 'Nido e servizi 0-6', 'Nursery and early-years services'),
  entry('employment_services', 'Centro per l’impiego e servizi al lavoro', 'Employment services'),
  entry('caf_patronato', 'CAF / patronato', 'CAF / patronato (benefits advice)'),
  entry('registry_office', 'Anagrafe', 'Registry office'),
  entry('inps', 'INPS', 'INPS (social security)'),
  entry('school', 'Scuola', 'School'),
  entry('housing_services', 'Servizi per la casa', 'Housing services'),
  entry('legal_aid', 'Consulenza legale', 'Legal aid'),
  entry('antiviolence', 'Centro antiviolenza', 'Anti-violence centre'),
  entry('mediation', 'Mediazione linguistico-culturale', 'Linguistic and cultural mediation'),
  entry('association', 'Associazioni del territorio', 'Local associations'),
  entry('other', 'Altro', 'Other'),
]);
