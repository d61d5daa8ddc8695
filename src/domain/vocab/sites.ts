import { defineVocabulary, entry } from './vocabulary.ts';

/** The eight Case del Quartiere of Turin, the default sites. Codes are stable ids. */
export const defaultSites = defineVocabulary('sites', [
  entry('bagni-aglie', 'Bagni Pubblici di Via Agliè (Barriera di Milano)', 'Bagni Pubblici di Via Agliè (Barriera di Milano)'),
  entry('san-salvario', 'Casa del Quartiere di San Salvario', 'Casa del Quartiere di San Salvario'),
  entry('roccafranca', 'Cascina Roccafranca (Mirafiori Nord)', 'Cascina Roccafranca (Mirafiori Nord)'),
  entry('casa-nel-parco', 'Casa nel Parco (Mirafiori Sud)', 'Casa nel Parco (Mirafiori Sud)'),
  entry('cecchi-point', 'Cecchi Point (Aurora)', 'Cecchi Point (Aurora)'),
  entry('spazio-quattro', '+SpazioQuattro (San Donato)', '+SpazioQuattro (San Donato)'),
  entry('vallette', 'Casa di Quartiere Vallette', 'Casa di Quartiere Vallette'),
  entry('barrito', 'Casa del Quartiere Il Barrito (Nizza Millefonti)', 'Casa del Quartiere Il Barrito (Nizza Millefonti)'),
]);
