import { defineVocabulary, entry } from './vocabulary.ts';

export const mediationSettings = defineVocabulary('mediationSettings', [
  entry('social_services_interview', 'Colloquio con i servizi sociali', 'Interview with social services'),
  entry('health_services_interview', 'Colloquio con i servizi sanitari', 'Interview with health services'),
  entry('consultorio', 'Consultorio', 'Family clinic (consultorio)'),
  entry('hospital', 'Ospedale / punto nascita', 'Hospital / maternity unit'),
  entry('front_desk', 'Sportello della Casa del Quartiere', 'Casa del Quartiere front desk'),
  entry('school', 'Nido / scuola', 'Nursery / school'),
  entry('home', 'Domicilio', 'Home'),
  entry('phone', 'Telefono', 'Phone'),
  entry('other', 'Altro', 'Other'),
]);

export const eventThemes = defineVocabulary('eventThemes', [
  entry('pregnancy', 'Gravidanza e parto', 'Pregnancy and birth'),
  entry('breastfeeding', 'Allattamento', 'Breastfeeding'),
  entry('nutrition', 'Alimentazione e svezzamento', 'Nutrition and weaning'),
  entry('child_development', 'Sviluppo del bambino', 'Child development'),
  entry('reading', 'Lettura (Nati per Leggere)', 'Reading (Nati per Leggere)'),
  entry('parenting', 'Genitorialità', 'Parenting'),
  entry('wellbeing', 'Benessere della madre', 'Mother’s wellbeing'),
  entry('health_prevention', 'Salute e prevenzione', 'Health and prevention'),
  entry('rights_services', 'Diritti e servizi', 'Rights and services'),
  entry('play', 'Gioco e socialità', 'Play and socialising'),
  entry('other', 'Altro', 'Other'),
]);

export const roles = defineVocabulary('roles', [
  entry('operator', 'Operatore/operatrice', 'Operator'),
  entry('mediator', 'Mediatrice', 'Mediator'),
  entry('coordinator', 'Coordinatore/coordinatrice', 'Coordinator'),
  entry('admin', 'Amministratore', 'Administrator'),
]);
