/**
 * Names of the communities the desks serve (DESIGN §1): about 200 first names and 200
 * surnames in all, as they are usually written in Latin script in Italian documents.
 */
export type Origin = 'IT' | 'NG' | 'MA' | 'PE' | 'RO' | 'UA';

export interface OriginNames {
  /** Share of the people on the device. */
  weight: number;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  languages: readonly (readonly string[])[];
  /** Codice fiscale "comune" code: Torino for people born in Italy, Z-codes for foreign states. */
  belfiore: string;
}

export const ORIGINS: Record<Origin, OriginNames> = {
  IT: {
    weight: 0.22,
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Alessia', 'Federica', 'Elisa', 'Silvia', 'Laura', 'Paola',
      'Anna', 'Maria Grazia', 'Elena', 'Roberta', 'Simona', 'Daniela', 'Giorgia', 'Ilaria', 'Serena', 'Beatrice', 'Noemi', 'Rosaria'],
    male: ['Marco', 'Luca', 'Giuseppe', 'Francesco', 'Andrea', 'Alessandro', 'Matteo', 'Davide', 'Stefano', 'Giovanni'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo',
      'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani',
      'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale'],
    languages: [['it'], ['it', 'en']],
    belfiore: 'L219',
  },
  NG: {
    weight: 0.2,
    female: ['Aisha', 'Amina', 'Blessing', 'Chioma', 'Ngozi', 'Adaeze', 'Funmilayo', 'Folake', 'Yetunde', 'Oluwaseun', 'Precious',
      'Favour', 'Joy', 'Mercy', 'Esther', 'Grace', 'Patience', 'Chiamaka', 'Ifeoma', 'Nkechi', 'Halima', 'Zainab', 'Hauwa', 'Bisola'],
    male: ['Emeka', 'Chinedu', 'Oluwatobi', 'Ibrahim', 'Musa', 'Tunde', 'Segun', 'Uche', 'Femi', 'Obinna'],
    surnames: ['Okafor', 'Okonkwo', 'Adeyemi', 'Bello', 'Ogunleye', 'Eze', 'Nwosu', 'Abubakar', 'Olawale', 'Balogun', 'Chukwu',
      'Ibrahim', 'Mohammed', 'Okeke', 'Onyeka', 'Adebayo', 'Ogunbiyi', 'Afolabi', 'Akinola', 'Nwachukwu', 'Obi', 'Olatunji', 'Uchenna',
      'Yusuf', 'Danjuma', 'Ekwueme', 'Osagie', 'Igbinedion', 'Omoregie', 'Edosomwan', 'Aigbe', 'Iyamu', 'Ehigiator', 'Osaro'],
    languages: [['en', 'pcm'], ['en', 'yo'], ['en', 'ig'], ['ha', 'en'], ['pcm']],
    belfiore: 'Z335',
  },
  MA: {
    weight: 0.2,
    female: ['Fatima', 'Khadija', 'Aicha', 'Meryem', 'Salma', 'Nadia', 'Samira', 'Naima', 'Latifa', 'Hanane', 'Souad', 'Zineb', 'Imane',
      'Hafsa', 'Asmae', 'Siham', 'Loubna', 'Rachida', 'Malika', 'Yasmina', 'Hajar', 'Kawtar', 'Ikram', 'Oumaima'],
    male: ['Mohamed', 'Mohammed', 'Ahmed', 'Youssef', 'Hassan', 'Rachid', 'Abdelkader', 'Mustapha', 'Said', 'Karim'],
    surnames: ['El Amrani', 'Benali', 'Alaoui', 'Bennani', 'El Idrissi', 'Tazi', 'Chraibi', 'Berrada', 'El Fassi', 'Ouali', 'Benjelloun',
      'Lahlou', 'Amrani', 'Bouzid', 'El Khattabi', 'Haddad', 'Mansouri', 'Naciri', 'Ziani', 'Belhaj', 'Cherkaoui', 'Azzouzi', 'Boukhari',
      'El Mansouri', 'Hamdaoui', 'Kabbaj', 'Lamrani', 'Ouazzani', 'Sebti', 'Slaoui', 'Tahiri', 'Zerouali', 'Bakkali', 'Rami'],
    languages: [['ar'], ['ar', 'fr'], ['ar', 'ber'], ['ar', 'it']],
    belfiore: 'Z330',
  },
  PE: {
    weight: 0.14,
    female: ['María', 'Rosa', 'Carmen', 'Luz', 'Milagros', 'Gladys', 'Yolanda', 'Elizabeth', 'Jessica', 'Karina', 'Roxana', 'Maribel',
      'Flor', 'Nancy', 'Sonia', 'Ana', 'Lucía', 'Patricia', 'Marleni', 'Yesenia', 'Rocío', 'Giovanna', 'Katherine', 'Doris'],
    male: ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Víctor', 'Miguel', 'Wilmer', 'Edwin', 'César'],
    surnames: ['Quispe', 'Mamani', 'Flores', 'Huamán', 'Rodríguez', 'García', 'Sánchez', 'Chávez', 'Ramos', 'Torres', 'Vásquez', 'Rojas',
      'Castillo', 'Mendoza', 'Díaz', 'Gutiérrez', 'Espinoza', 'Condori', 'Ccahuana', 'Huanca', 'Gonzales', 'Cruz', 'Pérez', 'Ticona',
      'Paredes', 'Salazar', 'Vargas', 'Cárdenas', 'Villanueva', 'Apaza', 'Ccori', 'Cusi', 'Limachi', 'Yupanqui'],
    languages: [['es'], ['es', 'qu'], ['es', 'it']],
    belfiore: 'Z611',
  },
  RO: {
    weight: 0.12,
    female: ['Ioana', 'Elena', 'Andreea', 'Alexandra', 'Mihaela', 'Cristina', 'Gabriela', 'Nicoleta', 'Florentina', 'Ramona', 'Georgiana',
      'Alina', 'Raluca', 'Oana', 'Irina', 'Loredana', 'Bianca', 'Adriana', 'Camelia', 'Larisa', 'Denisa', 'Luminița', 'Ștefania', 'Viorica'],
    male: ['Ion', 'Andrei', 'Mihai', 'Alexandru', 'Constantin', 'Gheorghe', 'Vasile', 'Florin', 'Marian', 'Adrian'],
    surnames: ['Popescu', 'Ionescu', 'Popa', 'Pop', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu', 'Munteanu',
      'Constantin', 'Mihai', 'Marin', 'Tudor', 'Florea', 'Dobre', 'Barbu', 'Nistor', 'Moldovan', 'Lazăr', 'Ene', 'Toma', 'Cristea', 'Sandu',
      'Ursu', 'Preda', 'Lungu', 'Oprea', 'Diaconu', 'Voicu', 'Neagu'],
    languages: [['ro'], ['ro', 'it']],
    belfiore: 'Z129',
  },
  UA: {
    weight: 0.12,
    female: ['Olena', 'Oksana', 'Nataliia', 'Iryna', 'Tetiana', 'Svitlana', 'Yuliia', 'Kateryna', 'Olha', 'Halyna', 'Liudmyla', 'Mariia',
      'Anastasiia', 'Viktoriia', 'Daria', 'Khrystyna', 'Nadiia', 'Valentyna', 'Larysa', 'Inna', 'Zoriana', 'Yaroslava', 'Sofiia', 'Uliana'],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Volodymyr', 'Mykola', 'Dmytro', 'Taras', 'Petro', 'Yurii', 'Vasyl'],
    surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Kovalchuk', 'Oliinyk', 'Shevchuk',
      'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Moroz', 'Pavlenko', 'Tkachuk', 'Kuzmenko', 'Petrenko', 'Koval',
      'Ponomarenko', 'Kharchenko', 'Levchenko', 'Karpenko', 'Honcharenko', 'Vasylenko', 'Zinchenko', 'Hrytsenko', 'Mazur', 'Romanenko',
      'Didenko', 'Yurchenko', 'Ostapenko'],
    languages: [['uk'], ['uk', 'ru'], ['ru']],
    belfiore: 'Z138',
  },
};

/** What operators type at the desk, one character at a time. `{cf}` is replaced by a real code's first 9 characters. */
export const TYPED_QUERIES = [
  'mohamed', 'aisha bello', 'quispe', 'okafor amina', '+39 345', '{cf}', 'fatima el amrani', 'maria flores', 'ioana popescu',
  'olena shevchenko', 'chioma', 'rossi giulia', 'khadija', 'mamani rosa', 'adeyemi', 'muhammad', 'aicha', 'popa elena', 'kovalenko',
  'blessing okonkwo', 'huaman', 'el idrissi', 'ngozi eze', 'yesenia', 'bennani salma', '333 12', '+234 80', 'tkachenko iryna',
  'gutierrez', 'nistor', 'abubakar', 'ayesha',
] as const;
