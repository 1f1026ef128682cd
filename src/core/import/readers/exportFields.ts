/** Month names as news databases print them (English, German, French, Spanish), to 1–12. */
const MONTHS: Record<string, number> = {};
const NAMES = [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  // Russian, as a date prints it ("3 марта 2024") and as a month alone.
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
];
for (const list of NAMES) {
  list.split(' ').forEach((name, i) => {
    MONTHS[name] = i + 1;
    MONTHS[name.slice(0, 3)] = i + 1;
  });
}
MONTHS['sept'] = 9;
MONTHS['jän'] = 1;
MONTHS['jänner'] = 1;
MONTHS['maerz'] = 3;

/** Weekdays in the languages of the month names: an interface prints them before or after the date. */
const WEEKDAYS = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miércoles jueves viernes sábado domingo',
  'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  'понедельник вторник среда четверг пятница суббота воскресенье',
]
  .join(' ')
  .replace(/ /g, '|');
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAYS}),?\\s+`, 'u');
const TRAILING_WEEKDAY = new RegExp(`\\s+(${WEEKDAYS})$`, 'u');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as exports print it — "March 3, 2022 Thursday", "3 March 2022", "3. März 2022",
 * "03.03.2022", "2022-03-03" — as an ISO date, or undefined when the line is not (only) a date.
 */
export function exportDate(line: string): string | undefined {
  const text = line
    .trim()
    .toLowerCase()
    // "March 3, 2022 Thursday 12:01 AM GMT": the time goes first, then the weekday.
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?(\s*(am|pm))?(\s*[a-z]{2,4})?$/, '')
    .replace(LEADING_WEEKDAY, '')
    .replace(TRAILING_WEEKDAY, '')
    .replace(/\s+\d{1,2}:\d{2}(\s*(am|pm))?(\s*[a-z]{2,4})?$/, '')
    // "3 марта 2024 г." / "3 марта 2024 года"
    .replace(/\s+(г\.?|года)$/u, '');
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return valid(+match[1]!, +match[2]!, +match[3]!);
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return valid(+match[3]!, +match[2]!, +match[1]!);
  match = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  if (match && MONTHS[match[1]!]) return valid(+match[3]!, MONTHS[match[1]!]!, +match[2]!);
  match = /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})$/u.exec(text);
  if (match && MONTHS[match[2]!]) return valid(+match[3]!, MONTHS[match[2]!]!, +match[1]!);
  return undefined;
}

const LANGUAGES: Record<string, string> = {
  english: 'en',
  englisch: 'en',
  german: 'de',
  deutsch: 'de',
  french: 'fr',
  français: 'fr',
  französisch: 'fr',
  spanish: 'es',
  español: 'es',
  italian: 'it',
  russian: 'ru',
  russisch: 'ru',
  dutch: 'nl',
  portuguese: 'pt',
  polish: 'pl',
  turkish: 'tr',
  ukrainian: 'uk',
  chinese: 'zh',
  japanese: 'ja',
  arabic: 'ar',
  swedish: 'sv',
  danish: 'da',
  norwegian: 'no',
  finnish: 'fi',
  czech: 'cs',
  hungarian: 'hu',
  greek: 'el',
  // Languages of the outlets a researcher of the Caucasus, Central Asia or Eastern Europe meets,
  // as the databases name them in English, German and the language itself.
  azerbaijani: 'az',
  aserbaidschanisch: 'az',
  azərbaycan: 'az',
  kazakh: 'kk',
  uzbek: 'uz',
  georgian: 'ka',
  armenian: 'hy',
  belarusian: 'be',
  romanian: 'ro',
  bulgarian: 'bg',
  serbian: 'sr',
  croatian: 'hr',
  slovak: 'sk',
  slovenian: 'sl',
  lithuanian: 'lt',
  latvian: 'lv',
  estonian: 'et',
  persian: 'fa',
  farsi: 'fa',
  hebrew: 'he',
  hindi: 'hi',
  korean: 'ko',
  vietnamese: 'vi',
  indonesian: 'id',
  catalan: 'ca',
  italiano: 'it',
  italienisch: 'it',
  spanisch: 'es',
  português: 'pt',
  türkçe: 'tr',
  türkisch: 'tr',
  polnisch: 'pl',
  ukrainisch: 'uk',
  русский: 'ru',
  українська: 'uk',
};

/** "ENGLISH", "German", "de" → an ISO 639-1 code. */
export function exportLanguage(value: string): string | undefined {
  const text =
    value
      .trim()
      .toLowerCase()
      .split(/[;,\s]/)[0] ?? '';
  if (LANGUAGES[text]) return LANGUAGES[text];
  return /^[a-z]{2}$/.test(text) ? text : undefined;
}

/** "1,234 words" / "Length: 512 words" / "512 Wörter" → 1234. */
export function exportWordCount(value: string): number | undefined {
  const match = /(\d[\d,.\s]*)\s*(?:words|wörter|mots|palabras|слова|слов)/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]!.replace(/[,.\s]/g, ''));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
