import { vocabularyOf, type Vocabulary, type VocabularyEntry } from './vocabulary.ts';

/**
 * Countries (ISO 3166-1 alpha-2, plus XK for Kosovo) and languages (ISO 639) are coded data
 * whose labels come from the platform's CLDR data (Intl.DisplayNames), so every shipped UI
 * language, Arabic included, gets correct names without a hand-kept table per language.
 */
const COUNTRY_CODES = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN
MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`
  .split(/\s+/)
  .filter(Boolean);

/** Languages spoken by the people the desks serve (report section 7), most frequent first. */
const LANGUAGE_CODES = [
  'it', 'en', 'fr', 'es', 'ar', 'pcm', 'yo', 'ig', 'ha', 'ro', 'uk', 'ru', 'sq', 'pt', 'qu', 'wo', 'ff',
  'ak', 'bm', 'ti', 'am', 'so', 'om', 'ber', 'zh', 'bn', 'ur', 'pa', 'hi', 'tl', 'fa', 'ps', 'tr',
  'ku', 'ka', 'pl', 'bg', 'sr', 'de', 'ln', 'sw',
] as const;

/** Codes the platform's CLDR data does not name. */
const LABEL_OVERRIDES: Partial<Record<string, { it: string; en: string }>> = {
  ber: { it: 'berbero (tamazight)', en: 'Berber (Tamazight)' },
};

function displayNames(type: 'region' | 'language', lang: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: 'code' });
  } catch {
    return undefined;
  }
}

function platformVocabulary<const C extends string>(
  name: string,
  type: 'region' | 'language',
  codes: readonly C[],
): Vocabulary<C> {
  const it = displayNames(type, 'it');
  const en = displayNames(type, 'en');
  const entries: VocabularyEntry<C>[] = codes.map((code) => ({
    code,
    labels: LABEL_OVERRIDES[code] ?? { it: it?.of(code) ?? code, en: en?.of(code) ?? code },
  }));
  const vocabulary = vocabularyOf(name, entries);
  const cache = new Map<string, Intl.DisplayNames | undefined>();
  return {
    ...vocabulary,
    label(code, lang) {
      if (lang === 'it' || lang === 'en') return vocabulary.label(code, lang);
      if (!cache.has(lang)) cache.set(lang, displayNames(type, lang));
      const name = LABEL_OVERRIDES[code] ? undefined : cache.get(lang)?.of(code);
      return name ?? vocabulary.label(code, 'en');
    },
  };
}

export const countries = platformVocabulary('countries', 'region', COUNTRY_CODES);
export const languages = platformVocabulary('languages', 'language', LANGUAGE_CODES);
